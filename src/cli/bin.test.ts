import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const CLI = new URL('../../bin/effectwijzer.js', import.meta.url).pathname

// The command tests run the CLI in their own process (testing/run-in-process.ts); this one
// starts bin/effectwijzer.js for real, for what only a new process shows: that the TypeScript
// loader starts the program and that the exit code set for bad input becomes the process's.
describe('bin/effectwijzer.js', () => {
  it('runs in a new process and exits with code 2 on bad input, with one line on stderr', async () => {
    const args = ['power', 'survival', '--n-pilot', '100', '--n-comparison', '100']
    const failure = (await run(process.execPath, [CLI, ...args]).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: unknown) => error,
    )) as { code: number; stdout: string; stderr: string }
    expect(failure.code).toBe(2)
    expect(failure.stdout).toBe('')
    expect(failure.stderr).toBe(
      'effectwijzer: give --event-prob, or --event-rate with --follow-up\n',
    )
  }, 60_000)
})
