import { format } from 'node:util'
import { buildProgram } from '../program.js'
import { runCli } from '../run.js'

/** What one CLI run printed, and the code the process would have exited with. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `effectwijzer <args>` inside the test's own process, as bin/effectwijzer.js would in a
 * new one (src/cli/bin.test.ts keeps one real spawn): commander's exits become thrown errors
 * (exitOverride), and what the commands print is captured: console.log → stdout,
 * console.error/warn and process.stderr (the progress bar) → stderr. Runs must not overlap in
 * one process (Vitest runs the tests of a file one after another).
 */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  const stdout: string[] = []
  const stderr: string[] = []
  const program = buildProgram((p) =>
    p.exitOverride().configureOutput({
      writeOut: (text) => stdout.push(text),
      writeErr: (text) => stderr.push(text),
    }),
  )
  const saved = {
    log: console.log,
    error: console.error,
    warn: console.warn,
    write: process.stderr.write,
    exitCode: process.exitCode,
  }
  console.log = (...parts: unknown[]) => stdout.push(`${format(...parts)}\n`)
  console.error = (...parts: unknown[]) => stderr.push(`${format(...parts)}\n`)
  console.warn = console.error
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  }) as typeof process.stderr.write
  process.exitCode = undefined
  try {
    await runCli(program, ['node', 'effectwijzer', ...args])
    return { code: Number(process.exitCode ?? 0), stdout: stdout.join(''), stderr: stderr.join('') }
  } finally {
    console.log = saved.log
    console.error = saved.error
    console.warn = saved.warn
    process.stderr.write = saved.write
    process.exitCode = saved.exitCode
  }
}

/** Like runInProcess, but fails (with what the run printed) unless it exits with code 0. */
export async function runOk(args: readonly string[]): Promise<CliRun> {
  const run = await runInProcess(args)
  if (run.code !== 0)
    throw new Error(`effectwijzer ${args.join(' ')} exited with ${run.code}:\n${run.stderr}`)
  return run
}
