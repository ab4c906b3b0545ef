import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendAuditEntry, dumpDatabase, testDialects } from '../../db/index.js'
import { runInProcess } from '../testing/run-in-process.js'

const first = testDialects().find((dialect) => dialect.name === 'pglite')

if (first) {
  describe('effectwijzer db restore of a dump whose audit chain was tampered with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-restore-'))
    const dump = join(dir, 'tampered.ndjson')
    const saved = { dataDir: process.env.EFFECTWIJZER_DATA_DIR, url: process.env.DATABASE_URL }

    beforeAll(async () => {
      const source = await first.create()
      try {
        for (let i = 0; i < 3; i++) {
          await appendAuditEntry(source.db, {
            at: new Date(Date.UTC(2026, 5, 1, 12, 0, i)).toISOString(),
            actorUserId: null,
            actorRole: 'professional',
            actorOrganisationId: null,
            action: 'GET /api/v1/participants/:id',
            objectType: 'participant',
            objectId: String(i),
            personPseudonym: null,
            purpose: 'support',
            allowed: true,
            origin: '127.0.0.1',
          })
        }
        await sql`alter table audit_log disable trigger audit_log_no_update_delete`.execute(
          source.db,
        )
        await sql`update audit_log set object_id = 'other' where seq = 2`.execute(source.db)
        await dumpDatabase(source.db, dump)
      } finally {
        await source.close()
      }
      process.env.EFFECTWIJZER_DATA_DIR = join(dir, 'data')
      delete process.env.DATABASE_URL
    })
    afterAll(() => {
      if (saved.dataDir === undefined) delete process.env.EFFECTWIJZER_DATA_DIR
      else process.env.EFFECTWIJZER_DATA_DIR = saved.dataDir
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url
      rmSync(dir, { recursive: true, force: true })
    })

    it('refuses and keeps nothing without --force, and keeps the data with it (exit 1)', async () => {
      const refused = await runInProcess(['db', 'restore', '--in', dump])
      expect(refused.code).toBe(2)
      expect(refused.stderr).toMatch(
        /audit chain does not verify \(entry 2: .+\); nothing was restored/,
      )
      expect(refused.stderr).toMatch(/--force/)
      // restore needs an empty database: the forced one succeeds only if nothing was kept
      const forced = await runInProcess(['db', 'restore', '--in', dump, '--force'])
      expect(forced.code).toBe(1)
      expect(forced.stdout).toMatch(/audit chain INVALID, kept because of --force \(3 entries\)/)
    }, 120_000) // two starts of PGlite on disk
  })
}
