import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, currentTotp, DEMO_ACCOUNTS_FILE } from '../../db/index.js'
import { runInProcess } from '../testing/run-in-process.js'

// Each test boots PGlite in a new folder (initdb, migrations, the demo): slow on a busy machine.
const BOOT_TIMEOUT = 180_000

/*
 * `demo load` and `users totp` on an embedded data folder, as the README's tour uses them. The
 * commands read the environment, so this file sets EFFECTWIJZER_DATA_DIR for its runs.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'ew-cli-demo-'))
const password = 'a-scripted-demo-password'
const saved = { ...process.env }

beforeAll(() => {
  process.env.EFFECTWIJZER_DATA_DIR = dataDir
  process.env.EFFECTWIJZER_DEMO_PASSWORD = password
  delete process.env.DATABASE_URL
  delete process.env.EFFECTWIJZER_SECRET_KEY
})
afterAll(() => {
  process.env = saved
  rmSync(dataDir, { recursive: true, force: true })
})

/** The administrator's line of demo-accounts.txt: e-mail, role, password, TOTP secret. */
function adminLine(): string[] {
  const line = readFileSync(join(dataDir, DEMO_ACCOUNTS_FILE), 'utf8')
    .split('\n')
    .find((candidate) => candidate.startsWith('beheerder@voorbeeldstad.example '))
  return line?.split(/\s+/) ?? []
}

describe('demo load and users totp', { timeout: BOOT_TIMEOUT }, () => {
  it('loads the demo with EFFECTWIJZER_DEMO_PASSWORD and writes the accounts to demo-accounts.txt (0600)', async () => {
    const run = await runInProcess(['demo', 'load'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(DEMO_ACCOUNTS_FILE)
    expect(statSync(join(dataDir, DEMO_ACCOUNTS_FILE)).mode & 0o777).toBe(0o600)
    const [email, role, linePassword, secret] = adminLine()
    expect([email, role, linePassword]).toEqual([
      'beheerder@voorbeeldstad.example',
      'administrator',
      password,
    ])
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect((await runInProcess(['demo', 'load'])).code).toBe(2) // not into a database with data
  })

  it('refuses users totp, in Dutch and English, while the server holds the data folder; prints the code once it is stopped', async () => {
    // the server opens the folder with createDb, as here (src/server/start.db.test.ts starts one)
    const server = createDb({ dataDir })
    await server.db.selectFrom('users').select('id').limit(1).execute()
    try {
      const refused = await runInProcess(['users', 'totp', 'beheerder@voorbeeldstad.example'])
      expect(refused.code).toBe(2)
      expect(refused.stderr).toMatch(/De datamap .* is in gebruik/)
      expect(refused.stderr).toMatch(/The data folder .* is in use/)
      expect(refused.stdout).toBe('')
    } finally {
      await server.close()
    }
    const before = new Date()
    const run = await runInProcess(['users', 'totp', 'beheerder@voorbeeldstad.example'])
    const after = new Date()
    expect(run.code).toBe(0)
    const secret = adminLine()[3] as string
    // the code of the 30 s step the run fell in (two, should a step end during it)
    expect([currentTotp(secret, before), currentTotp(secret, after)]).toContain(run.stdout.trim())
  })
})
