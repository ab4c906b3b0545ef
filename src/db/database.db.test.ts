import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Kysely, type KyselyPlugin, SelectQueryNode, sql, TableNode } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from './create-db.js'
import { newSecretKey, SecretBox } from './credentials/secret-box.js'
import { countRows, dumpDatabase, InvalidAuditChainError, restoreDatabase } from './dump.js'
import {
  appendAuditEntry,
  countAuditEntries,
  readChainHead,
  sealAllAuditEntries,
} from './repositories/audit-repository.js'
import { findParticipant, listParticipants } from './repositories/participant-repository.js'
import type { Database } from './schema.js'
import { type DemoFixture, loadDemo } from './seed/demo.js'
import { testAuditFields } from './test-audit-fields.js'
import { testDialects } from './test-dialects.js'
import { verifyStoredAuditChain } from './verify-audit.js'

function verify(handle: DatabaseHandle) {
  return verifyStoredAuditChain(handle.db)
}

/** A plugin that runs `then` once, when the first select from `table` has its rows. */
function afterReading(table: string, then: () => Promise<void>): KyselyPlugin {
  const queries = new Set<string>()
  let done = false
  return {
    transformQuery({ node, queryId }) {
      if (
        SelectQueryNode.is(node) &&
        node.from?.froms.some((from) => TableNode.is(from) && from.table.identifier.name === table)
      )
        queries.add(queryId.queryId)
      return node
    },
    async transformResult({ result, queryId }) {
      if (!done && queries.has(queryId.queryId)) {
        done = true
        await then()
      }
      return result
    },
  }
}

for (const dialect of testDialects()) {
  describe(`database on ${dialect.name}`, () => {
    let handle: DatabaseHandle
    let demo: DemoFixture

    beforeAll(async () => {
      handle = await dialect.create()
      demo = await loadDemo(handle.db, { secretBox: new SecretBox(newSecretKey()) })
    })
    afterAll(async () => {
      await handle.close()
    })

    it('loads the demo: two municipalities, 40 + 12 participants, dates as strings', async () => {
      const counts = await countRows(handle.db)
      expect(counts.municipalities).toBe(2)
      expect(counts.participants).toBe(52)
      const project = await handle.db
        .selectFrom('projects')
        .select('period_start')
        .executeTakeFirstOrThrow()
      expect(project.period_start).toBe('2026-01-01')
    })

    it('scopes a team to its own participants plus the one shared with it on a law article', async () => {
      const t = demo.voorbeeldstad
      const rows = await listParticipants(
        handle.db,
        {
          municipalityId: t.municipalityId,
          team: { organisationId: t.organisations.wijkteam, team: 'Noord' },
        },
        {},
      )
      const ids = new Set(rows.map((row) => row.id))
      expect(ids.size).toBe(21)
      for (const id of t.participantIds.Noord) expect(ids.has(id)).toBe(true)
      expect(ids.has(t.sharedWithNoordId)).toBe(true)
      const zuidOnly = t.participantIds.Zuid[1] as string
      const found = await findParticipant(
        handle.db,
        {
          municipalityId: t.municipalityId,
          team: { organisationId: t.organisations.wijkteam, team: 'Noord' },
        },
        zuidOnly,
      )
      expect(found?.visible).toBe(false)
      const otherTenant = await findParticipant(
        handle.db,
        { municipalityId: demo.proefdorp.municipalityId, team: null },
        zuidOnly,
      )
      expect(otherTenant).toBeUndefined()
    })

    it('rejects UPDATE, DELETE and TRUNCATE on the audit log', async () => {
      await handle.db.transaction().execute((trx) => appendAuditEntry(trx, testAuditFields(0)))
      await expect(sql`update audit_log set purpose = 'x'`.execute(handle.db)).rejects.toThrow(
        /append-only/,
      )
      await expect(sql`delete from audit_log`.execute(handle.db)).rejects.toThrow(/append-only/)
      await expect(sql`truncate audit_log`.execute(handle.db)).rejects.toThrow(/append-only/)
      expect((await verify(handle)).valid).toBe(true)
    })

    it('keeps one unforked chain under 40 concurrent appenders', async () => {
      const before = (await verify(handle)).entries
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          handle.db.transaction().execute((trx) => appendAuditEntry(trx, testAuditFields(i + 1))),
        ),
      )
      const verdict = await verify(handle)
      expect(verdict).toEqual({ valid: true, entries: before + 40 })
    })

    it('rolls the audit entry back with the write it records', async () => {
      const before = await countAuditEntries(handle.db)
      await expect(
        handle.db.transaction().execute(async (trx) => {
          await appendAuditEntry(trx, testAuditFields(99))
          throw new Error('write failed')
        }),
      ).rejects.toThrow('write failed')
      expect(await countAuditEntries(handle.db)).toBe(before)
    })

    it('detects an entry altered by someone who bypasses the triggers', async () => {
      const copy = await dialect.create()
      try {
        await copy.db.transaction().execute(async (trx) => {
          for (let i = 0; i < 5; i++) await appendAuditEntry(trx, testAuditFields(i))
        })
        expect((await verify(copy)).valid).toBe(true)
        await sql`alter table audit_log disable trigger audit_log_seal_only`.execute(copy.db)
        await sql`update audit_log set allowed = false where seq = 3`.execute(copy.db)
        const verdict = await verify(copy)
        expect(verdict).toMatchObject({ valid: false, seq: 3 })
      } finally {
        await copy.close()
      }
    })

    it('dumps and restores into an empty database with equal row counts and a valid chain', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ew-dump-'))
      try {
        const file = join(dir, 'dump.ndjson')
        const dumped = await dumpDatabase(handle.db, file)
        const fresh = await dialect.create()
        try {
          const restored = (await restoreDatabase(fresh.db, file)).counts
          expect(restored).toEqual(
            Object.fromEntries(Object.entries(dumped).filter(([, n]) => n > 0)),
          )
          expect(await countRows(fresh.db)).toEqual(await countRows(handle.db))
          expect((await verify(fresh)).valid).toBe(true)
          await expect(restoreDatabase(fresh.db, file)).rejects.toThrow(/empty database/)
        } finally {
          await fresh.close()
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })

    /** Dumps `source`, and restores the dump into a fresh database that `check` then reads. */
    async function roundTrip(
      source: DatabaseHandle,
      check: (fresh: DatabaseHandle, file: string) => Promise<void>,
      dumpThrough: Kysely<Database> = source.db,
    ) {
      const dir = mkdtempSync(join(tmpdir(), 'ew-dump-'))
      const fresh = await dialect.create()
      try {
        const file = join(dir, 'dump.ndjson')
        await dumpDatabase(dumpThrough, file)
        await check(fresh, file)
      } finally {
        await fresh.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }

    it('dumps one snapshot: audited writes during the dump leave its chain head and entries in agreement', async () => {
      const source = await dialect.create()
      try {
        for (let i = 0; i < 5; i++) await appendAuditEntry(source.db, testAuditFields(i))
        let writes: Promise<unknown> = Promise.resolve()
        // the moment the dump has read the chain head, 40 audited requests append entries
        const writeAfterHead = afterReading('audit_chain_head', async () => {
          writes = Promise.all(
            Array.from({ length: 40 }, (_, i) =>
              source.db
                .transaction()
                .execute((trx) => appendAuditEntry(trx, testAuditFields(10 + i))),
            ),
          )
          // on PGlite the dump holds the one connection: waiting for the writes would never end
          if (dialect.name === 'postgres') await writes
        })
        await roundTrip(
          source,
          async (fresh, file) => {
            const { auditChain } = await restoreDatabase(fresh.db, file)
            expect(auditChain.valid).toBe(true)
            expect((await readChainHead(fresh.db)).lastSeq).toBe(auditChain.entries)
          },
          source.db.withPlugin(writeAfterHead),
        )
        await writes
        await sealAllAuditEntries(source.db)
        expect((await readChainHead(source.db)).lastSeq).toBe(45)
      } finally {
        await source.close()
      }
    })

    it('keeps timestamps to the microsecond through a dump and restore', async () => {
      const at = '2026-05-01T09:00:00.123456+00:00'
      await sql`update municipalities set created_at = ${at}::timestamptz`.execute(handle.db)
      await roundTrip(handle, async (fresh, file) => {
        await restoreDatabase(fresh.db, file)
        const stamps = await sql<{ at: string }>`
          select to_json(created_at) #>> '{}' as at from municipalities`.execute(fresh.db)
        expect(stamps.rows.map((row) => row.at)).toEqual([at, at])
      })
    })

    it('refuses a dump whose audit chain does not verify and rolls back, unless forced', async () => {
      const tampered = await dialect.create()
      try {
        for (let i = 0; i < 5; i++) await appendAuditEntry(tampered.db, testAuditFields(i))
        await sealAllAuditEntries(tampered.db)
        await sql`alter table audit_log disable trigger audit_log_seal_only`.execute(tampered.db)
        await sql`update audit_log set allowed = false where seq = 3`.execute(tampered.db)
        await roundTrip(tampered, async (fresh, file) => {
          await expect(restoreDatabase(fresh.db, file)).rejects.toThrow(InvalidAuditChainError)
          expect((await countRows(fresh.db)).audit_log).toBe(0)
          expect((await readChainHead(fresh.db)).lastSeq).toBe(0)
          const forced = await restoreDatabase(fresh.db, file, { force: true })
          expect(forced.auditChain).toMatchObject({ valid: false, seq: 3 })
          expect((await countRows(fresh.db)).audit_log).toBe(5)
        })
      } finally {
        await tampered.close()
      }
    })
  })
}
