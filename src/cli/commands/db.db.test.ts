import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  appendAuditEntry,
  createDb,
  destroyDue,
  dumpDatabase,
  findDue,
  loadDemo,
  newSecretKey,
  restrictParticipant,
  SecretBox,
  sealAllAuditEntries,
  testAuditFields,
  testDialects,
} from '../../db/index.js'
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
          await appendAuditEntry(source.db, testAuditFields(i))
        }
        await sealAllAuditEntries(source.db)
        await sql`alter table audit_log disable trigger audit_log_seal_only`.execute(source.db)
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

if (first) {
  describe('effectwijzer db dump and restore keep the resident rights records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-rights-restore-'))
    const dump = join(dir, 'rights.ndjson')
    const saved = { dataDir: process.env.EFFECTWIJZER_DATA_DIR, url: process.env.DATABASE_URL }
    const read = (db: ReturnType<typeof createDb>['db']) =>
      Promise.all([
        db
          .selectFrom('participant_restrictions')
          .select(['id', 'participant_id', 'kind', 'reason', sql<string>`from_at::text`.as('from')])
          .orderBy('id')
          .execute(),
        db
          .selectFrom('destruction_statements')
          .select([
            'id',
            'reference_date',
            'rule',
            'approved_by',
            'items',
            sql<string>`at::text`.as('at'),
          ])
          .orderBy('id')
          .execute(),
      ])
    let before: Awaited<ReturnType<typeof read>>

    beforeAll(async () => {
      const source = await first.create()
      try {
        const demo = await loadDemo(source.db, { secretBox: new SecretBox(newSecretKey()) })
        const v = demo.voorbeeldstad
        await restrictParticipant(source.db, {
          participantId: v.participantIds.Noord[1] as string,
          kind: 'objection',
          reason: 'Bezwaar tegen onderzoek',
          by: v.users['privacy-officer'],
          at: new Date('2026-12-02T10:11:12.345678Z'),
        })
        const due = await findDue(source.db, v.municipalityId, '2033-01-01')
        await source.db.transaction().execute((trx) =>
          destroyDue(trx, {
            municipalityId: v.municipalityId,
            due,
            approvedBy: {
              id: v.users['privacy-officer'],
              name: 'Privacyfunctionaris Voorbeeldstad',
              role: 'privacy-officer',
              organisationId: v.organisations.municipality,
            },
            referenceDate: '2033-01-01',
            at: new Date('2033-01-01T09:00:00Z'),
            origin: 'test',
          }),
        )
        before = await read(source.db)
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

    it('restores the restriction flags and the destruction statements as they were', async () => {
      const restored = await runInProcess(['db', 'restore', '--in', dump])
      expect(restored.code).toBe(0)
      expect(restored.stdout).toMatch(/audit chain valid/)
      expect(before[0]).toHaveLength(1)
      expect(before[1]).toHaveLength(1)
      const handle = createDb({ dataDir: join(dir, 'data') })
      try {
        expect(await read(handle.db)).toEqual(before)
      } finally {
        await handle.close()
      }
    }, 180_000)
  })
}
