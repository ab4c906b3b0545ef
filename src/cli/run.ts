import { type Command, CommanderError } from 'commander'

/**
 * Runs the program and maps any error to one line on stderr and an exit code:
 * 2 for bad input (validation), 1 for anything else. Never prints a stack trace
 * unless EFFECTWIJZER_DEBUG is set. A CommanderError only arrives here when the program was
 * built with exitOverride (in-process tests); commander has then already printed its message
 * (e.g. a missing option, or the help), so only its exit code is kept — as a real exit would.
 */
export async function runCli(program: Command, argv: readonly string[]): Promise<void> {
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode
      return
    }
    const exitCode = exitCodeFor(error)
    const message = error instanceof Error ? error.message : String(error)
    console.error(`effectwijzer: ${message}`)
    if (process.env.EFFECTWIJZER_DEBUG && error instanceof Error) console.error(error.stack)
    process.exitCode = exitCode
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
    return error.exitCode
  }
  return 1
}
