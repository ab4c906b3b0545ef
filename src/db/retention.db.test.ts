import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clockAt, todayInAmsterdam } from '../domain/index.js'
import type { DatabaseHandle } from './create-db.js'
import { newSecretKey, SecretBox } from './credentials/secret-box.js'
import { countRows } from './dump.js'
import { correctParticipant } from './repositories/privacy-repository.js'
import {
  checkRetention,
  destroyDue,
  findDue,
  lastRetentionCheck,
  listDestructionStatements,
} from './repositories/retention-repository.js'
import { type DemoFixture, type DemoTenant, loadDemo } from './seed/demo.js'
import { testDialects } from './test-dialects.js'
import { verifyStoredAuditChain } from './verify-audit.js'

/**
 * Retention with the clock moved forward from 2 December 2026. The test reopens every demo
 * enrolment (the demo ends some, to show follow-ups), so no file is due except the two it
 * closes on 1 December 2026: a
 * Participatiewet file (10 years), a Jeugdwet file (20 years), and the project itself ends on
 * 30 June 2026, so its table conversations (research, 5 years) are due from 30 June 2031.
 */
const START = '2026-12-02'
const years = (n: number) => `${2026 + n}-12-02`

for (const dialect of testDialects()) {
  describe(`retention with a moved clock on ${dialect.name}`, () => {
    let handle: DatabaseHandle
    let demo: DemoFixture
    let v: DemoTenant
    let participatiewet: string
    let jeugdwet: string

    const officer = () => ({
      id: v.users['privacy-officer'],
      name: 'Privacyfunctionaris Voorbeeldstad',
      role: 'privacy-officer',
      organisationId: v.organisations.municipality,
    })

    /** Runs what `retention run --approved-by` runs on that day; returns the rows that went. */
    async function runOn(day: string) {
      const before = await countRows(handle.db)
      const due = await findDue(handle.db, v.municipalityId, day)
      await handle.db.transaction().execute((trx) =>
        destroyDue(trx, {
          municipalityId: v.municipalityId,
          due,
          approvedBy: officer(),
          referenceDate: day,
          at: clockAt(day)(),
          origin: 'test',
        }),
      )
      const after = await countRows(handle.db)
      const gone = Object.fromEntries(
        Object.keys(before)
          .map((table) => [table, (before[table] ?? 0) - (after[table] ?? 0)] as const)
          .filter(([, n]) => n !== 0),
      )
      return { due, gone }
    }

    /**
     * Every row that names the resident, per table, from the database's own catalogue (not the
     * registry under test): what destroying their file must remove, and all it may remove.
     */
    async function fileRows(participantId: string): Promise<Record<string, number>> {
      const tables = await sql<{ table_name: string }>`select table_name
        from information_schema.columns
        where column_name = 'participant_id' and table_schema = current_schema()`.execute(handle.db)
      const counts: Record<string, number> = { participants: 1 }
      for (const { table_name } of tables.rows) {
        const n = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}
          where participant_id = ${participantId}`.execute(handle.db)
        if (Number(n.rows[0]?.n) > 0) counts[table_name] = Number(n.rows[0]?.n)
      }
      return counts
    }

    const exists = async (table: 'participants', id: string) =>
      (await handle.db.selectFrom(table).select('id').where('id', '=', id).execute()).length === 1

    beforeAll(async () => {
      handle = await dialect.create()
      demo = await loadDemo(handle.db, { secretBox: new SecretBox(newSecretKey()) })
      v = demo.voorbeeldstad
      // the demo shares this one with team Noord and has its inspection request
      participatiewet = v.participantIds.Zuid[0] as string
      jeugdwet = v.participantIds.Zuid[2] as string
      await correctParticipant(handle.db, {
        participantId: jeugdwet,
        correction: { field: 'careFramework', value: 'jeugdwet', reason: 'Jeugdhulp' },
        by: v.users['privacy-officer'],
        at: clockAt(START)(),
      })
      await handle.db
        .updateTable('enrolments')
        .set({ end_date: null, end_reason: null })
        .where('participant_id', 'in', [...v.participantIds.Noord, ...v.participantIds.Zuid])
        .execute()
      await handle.db
        .updateTable('enrolments')
        .set({ end_date: '2026-12-01', end_reason: 'Doelen bereikt' })
        .where('participant_id', 'in', [participatiewet, jeugdwet])
        .execute()
      await handle.db
        .updateTable('projects')
        .set({ period_end: '2026-06-30' })
        .where('id', '=', v.projectId)
        .execute()
    })
    afterAll(async () => {
      await handle.close()
    })

    it('today nothing is due', async () => {
      expect(await findDue(handle.db, v.municipalityId, START)).toEqual([])
    })

    it('the daily check (the server clock moved 5 years) lists what is due and destroys nothing', async () => {
      const before = await countRows(handle.db)
      await checkRetention(handle.db, clockAt(years(5))())
      const last = await lastRetentionCheck(handle.db, v.municipalityId)
      expect(last?.dueFiles).toBe(v.conversationIds.length)
      expect(todayInAmsterdam(new Date(last?.at as string))).toBe(years(5))
      const after = await countRows(handle.db)
      expect({ ...after, retention_checks: 0 }).toEqual({ ...before, retention_checks: 0 })
    })

    it('after 5 years exactly the project’s table conversations are gone, with their edits and versions', async () => {
      const conversations = await handle.db
        .selectFrom('conversations')
        .innerJoin('projects', 'projects.id', 'conversations.project_id')
        .select('conversations.id')
        .where('projects.municipality_id', '=', v.municipalityId)
        .execute()
      const ids = conversations.map((row) => row.id)
      const edits = await handle.db
        .selectFrom('conversation_edits')
        .select('id')
        .where('conversation_id', 'in', ids)
        .execute()
      const versions = await handle.db
        .selectFrom('conversation_versions')
        .select('version')
        .where('conversation_id', 'in', ids)
        .execute()
      // the quotes from those conversations (findings linked to them) are their research records
      const quotes = await handle.db
        .selectFrom('findings')
        .select('id')
        .where('conversation_id', 'in', ids)
        .execute()
      const { due, gone } = await runOn(years(5))
      expect(due.map((kind) => kind.kind)).toEqual(['research'])
      const expected = {
        conversations: ids.length,
        conversation_edits: edits.length,
        conversation_versions: versions.length,
        findings: quotes.length,
        destruction_statements: -1,
        audit_log: -1,
      }
      expect(gone).toEqual(Object.fromEntries(Object.entries(expected).filter(([, n]) => n !== 0)))
      expect(versions.length).toBeGreaterThan(0)
      expect(quotes.length).toBeGreaterThan(0)
      expect(await exists('participants', participatiewet)).toBe(true)
      expect(await exists('participants', jeugdwet)).toBe(true)
    })

    it('after 15 years the Participatiewet file is gone, every row of it, and nothing else', async () => {
      const file = await fileRows(participatiewet)
      // the demo's shares (with team Noord, on consent) and its inspection request are part of the file
      expect(file.shares).toBeGreaterThanOrEqual(1)
      expect(file.privacy_requests).toBe(1)
      const { due, gone } = await runOn(years(15))
      expect(due.map((kind) => [kind.kind, kind.ids])).toEqual([
        ['participatiewet', [participatiewet]],
      ])
      expect(gone).toEqual({ ...file, destruction_statements: -1, audit_log: -1 })
      expect(await exists('participants', jeugdwet)).toBe(true)
    })

    it('after 20 years the Jeugdwet file is gone, with its correction history', async () => {
      expect(await findDue(handle.db, v.municipalityId, '2046-11-30')).toEqual([])
      const file = await fileRows(jeugdwet)
      expect(file).toMatchObject({ participant_corrections: 1 })
      const { due, gone } = await runOn(years(20))
      expect(due.map((kind) => [kind.kind, kind.ids])).toEqual([['jeugdwet', [jeugdwet]]])
      expect(gone).toEqual({ ...file, destruction_statements: -1, audit_log: -1 })
    })

    it('keeps a destruction statement per run with kinds, counts, rule and approver, and the audit chain verifies', async () => {
      const statements = await listDestructionStatements(handle.db, v.municipalityId)
      expect(
        statements.map((s) => [s.referenceDate, s.items.map((i) => [i.kind, i.files])]),
      ).toEqual([
        [years(20), [['jeugdwet', 1]]],
        [years(15), [['participatiewet', 1]]],
        [years(5), [['research', v.conversationIds.length]]],
      ])
      expect(statements[0]?.approvedBy).toBe('Privacyfunctionaris Voorbeeldstad')
      expect(statements[0]?.items[0]?.rule).toMatch(
        /jeugdwet: 20 years from file-closed \(Jeugdwet art\. 7\.3\.9/,
      )
      const verdict = await verifyStoredAuditChain(handle.db)
      expect(verdict.valid).toBe(true)
      const entries = await handle.db
        .selectFrom('audit_log')
        .select(['action', 'object_type', 'person_pseudonym'])
        .where('action', '=', 'retention destroy')
        .execute()
      expect(entries).toEqual(
        Array(3).fill({
          action: 'retention destroy',
          object_type: 'destruction-statement',
          person_pseudonym: null,
        }),
      )
      // the other municipality kept everything
      expect(await findDue(handle.db, demo.proefdorp.municipalityId, years(20))).toEqual([
        expect.objectContaining({ kind: 'research' }),
      ])
    })
  })
}
