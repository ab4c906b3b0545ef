import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LOCK_FILE, lockDataFolder } from './folder-lock.js'
import { SetupError } from './setup-error.js'

const dir = mkdtempSync(join(tmpdir(), 'ew-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const lockFile = join(dir, LOCK_FILE)

function refusal(open: () => unknown): SetupError {
  try {
    open()
  } catch (error) {
    if (error instanceof SetupError) return error
    throw error
  }
  throw new Error('the folder was not refused')
}

describe('the data folder lock', () => {
  it('holds the pid while taken, refuses a second taker in Dutch and English, and is gone after release', () => {
    const release = lockDataFolder(dir)
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid))
    const refused = refusal(() => lockDataFolder(dir))
    expect(refused.localised.nl).toContain(
      `in gebruik door een ander Effectwijzer-proces (pid ${process.pid})`,
    )
    expect(refused.localised.en).toContain(
      `in use by another Effectwijzer process (pid ${process.pid})`,
    )
    release()
    expect(existsSync(lockFile)).toBe(false)
    lockDataFolder(dir)()
  })

  it('refuses while another live process holds it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
      stdio: 'ignore',
    })
    try {
      writeFileSync(lockFile, `${other.pid}\n`)
      expect(refusal(() => lockDataFolder(dir)).localised.en).toContain(`pid ${other.pid}`)
    } finally {
      other.kill()
      await new Promise((resolve) => other.once('exit', resolve))
    }
    // that process is gone now: its lock is stale and taken over
    const release = lockDataFolder(dir)
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid))
    release()
  })

  it("takes over a lock with this process's own pid that it did not take (a pid reused after a crash)", () => {
    writeFileSync(lockFile, `${process.pid}\n`)
    const release = lockDataFolder(dir)
    release()
    expect(existsSync(lockFile)).toBe(false)
  })
})
