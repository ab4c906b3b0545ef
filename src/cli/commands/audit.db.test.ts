import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AUDIT_CHECKPOINTS_FILE,
  appendAuditCheckpoint,
  appendAuditEntry,
  createDb,
  migrateToLatest,
  openSecretBox,
  sealAllAuditEntries,
  testAuditFields,
} from '../../db/index.js'
import { runInProcess } from '../testing/run-in-process.js'

// Each run opens PGlite on disk (a few seconds each on a busy machine).
const TIMEOUT = 240_000

/*
 * `audit verify` on an embedded data folder: the chain checked against the checkpoint file the
 * server keeps there, sealed with the data folder's secret key.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'ew-cli-audit-'))
const saved = { ...process.env }

beforeAll(() => {
  process.env.EFFECTWIJZER_DATA_DIR = dataDir
  delete process.env.DATABASE_URL
  delete process.env.EFFECTWIJZER_SECRET_KEY
  delete process.env.EFFECTWIJZER_AUDIT_CHECKPOINTS
})
afterAll(() => {
  process.env = saved
  rmSync(dataDir, { recursive: true, force: true })
})

async function inDatabase(work: (db: ReturnType<typeof createDb>['db']) => Promise<void>) {
  const handle = createDb({ dataDir })
  try {
    await work(handle.db)
  } finally {
    await handle.close()
  }
}

describe('effectwijzer audit verify', { timeout: TIMEOUT }, () => {
  it('agrees with the sealed checkpoints, and exits 1 once the tail after one is cut off', async () => {
    const box = openSecretBox({ envKey: undefined, dataDir })
    await inDatabase(async (db) => {
      await migrateToLatest(db)
      for (let i = 0; i < 4; i++) await appendAuditEntry(db, testAuditFields(i))
      const sealed = await sealAllAuditEntries(db)
      if (!sealed) throw new Error('no other sealer runs here')
      appendAuditCheckpoint(join(dataDir, AUDIT_CHECKPOINTS_FILE), box, sealed.head, new Date())
    })
    const sound = await runInProcess(['audit', 'verify'])
    expect(sound.code).toBe(0)
    expect(sound.stdout).toMatch(/4 entries, agrees with 1 sealed checkpoints/)

    const missing = join(dataDir, 'elsewhere.jsonl')
    const named = await runInProcess(['audit', 'verify', '--checkpoints', missing])
    expect(named.code).toBe(2)
    expect(named.stderr).toContain(`No checkpoint file at ${missing}`)

    // what the database's own user can do: cut the tail and move the head back
    await inDatabase(async (db) => {
      await sql`alter table audit_log disable trigger audit_log_no_delete`.execute(db)
      await sql`delete from audit_log where chain_seq > 2`.execute(db)
      await sql`update audit_chain_head set (last_seq, last_hash) =
        (select chain_seq, hash from audit_log where chain_seq = 2)`.execute(db)
    })
    const cut = await runInProcess(['audit', 'verify'])
    expect(cut.code).toBe(1)
    expect(cut.stdout).toMatch(/INVALID: checkpoint 1 .*entries were removed/)
  })
})
