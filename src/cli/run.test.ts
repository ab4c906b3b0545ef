import { describe, expect, it } from 'vitest'
import { runInProcess } from './testing/run-in-process.js'

describe('runCli', () => {
  it("keeps commander's exit code for a missing option and prints its message once, with the help", async () => {
    const r = await runInProcess(['power', 'proportions', '--n', '150'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: required option '--p1 <p>' not specified\n/)
    expect(r.stderr).toMatch(/Usage: effectwijzer power proportions/)
    expect(r.stderr).not.toMatch(/effectwijzer: /)
  })

  it('prints the help on stdout with code 0', async () => {
    const r = await runInProcess(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: effectwijzer /)
    for (const command of ['mkba', 'business-case', 'power', 'analyse', 'audit'])
      expect(r.stdout).toContain(`  ${command}`)
  })
})
