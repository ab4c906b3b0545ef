import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  countParticipantsBy,
  createSession,
  testDialects,
  verifyStoredAuditChain,
} from '../db/index.js'
import {
  type AggregateResponse,
  type InspectionPackage,
  PERSON_DATA_SOURCES,
  type PrivacyRequest,
} from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`the resident's rights over HTTP on ${dialect.name}`, () => {
    let t: TestApp
    let now = new Date('2026-12-02T10:00:00Z')
    const v = () => t.demo.voorbeeldstad
    /** A session started on the app's clock, which this test moves. */
    const as = async (role: keyof TestApp['demo']['voorbeeldstad']['users']) => {
      const { sessionId, csrfToken } = await createSession(t.handle.db, v().users[role], now)
      return { cookie: `ew_session=${sessionId}`, 'x-csrf-token': csrfToken }
    }
    const call = async (
      role: keyof TestApp['demo']['voorbeeldstad']['users'],
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      payload?: object,
    ) => t.app.inject({ method, url, headers: await as(role), ...(payload ? { payload } : {}) })

    beforeAll(async () => {
      t = await createTestApp(dialect, { now: () => now })
    })
    afterAll(() => t.close())

    describe('requests register', () => {
      let request: PrivacyRequest
      it('registers a request with the statutory deadline one month after receipt (AVG art. 12(3))', async () => {
        const id = v().participantIds.Noord[5] as string
        const created = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id}/privacy-requests`,
          {
            kind: 'objection',
            receivedOn: '2026-11-30',
          },
        )
        expect(created.statusCode).toBe(201)
        request = created.json().request
        expect(request).toMatchObject({
          kind: 'objection',
          deadline: '2026-12-30',
          daysLeft: 28,
          status: 'open',
        })
      })

      it('lists open requests with the days left by the clock, overdue ones negative', async () => {
        now = new Date('2027-01-04T10:00:00Z')
        const listed = await call('privacy-officer', 'GET', '/api/v1/privacy/requests')
        expect(listed.statusCode).toBe(200)
        const mine = (listed.json().requests as PrivacyRequest[]).find((r) => r.id === request.id)
        expect(mine?.daysLeft).toBe(-5)
        now = new Date('2026-12-02T10:00:00Z')
        expect((await call('administrator', 'GET', '/api/v1/privacy/requests')).statusCode).toBe(
          403,
        )
      })

      it('extends once by two months with a reason, then refuses a second extension', async () => {
        const url = `/api/v1/privacy/requests/${request.id}/extend`
        const extended = await call('privacy-officer', 'POST', url, { reason: 'Drie organisaties' })
        expect(extended.json().request).toMatchObject({
          deadline: '2027-02-28',
          extensionReason: 'Drie organisaties',
        })
        expect(
          (await call('privacy-officer', 'POST', url, { reason: 'Nog eens' })).statusCode,
        ).toBe(409)
      })

      it('closes a request, which leaves the open list', async () => {
        const closed = await call(
          'privacy-officer',
          'POST',
          `/api/v1/privacy/requests/${request.id}/close`,
          {
            status: 'granted',
            outcome: 'Bezwaar toegewezen',
          },
        )
        expect(closed.json().request).toMatchObject({
          status: 'granted',
          closedOn: '2026-12-02',
          daysLeft: null,
        })
        const open = (await call('privacy-officer', 'GET', '/api/v1/privacy/requests')).json()
          .requests as PrivacyRequest[]
        expect(open.map((r) => r.id)).not.toContain(request.id)
        const all = (
          await call('privacy-officer', 'GET', '/api/v1/privacy/requests?status=all')
        ).json().requests as PrivacyRequest[]
        expect(all.map((r) => r.id)).toContain(request.id)
      })
    })

    describe('inspection package', () => {
      const id = () => v().participantIds.Noord[0] as string

      it('has a section per source with every row of every table that names the resident, and only theirs', async () => {
        await call('professional', 'GET', `/api/v1/participants/${id()}`) // to be seen in the access log
        const response = await call(
          'privacy-officer',
          'GET',
          `/api/v1/participants/${id()}/inspection`,
        )
        expect(response.statusCode).toBe(200)
        const pkg = response.json() as InspectionPackage
        expect(pkg.sections.map((s) => s.table)).toEqual(PERSON_DATA_SOURCES.map((s) => s.table))
        // against the database: every table with a participant id, counted for this resident
        const tables = await sql<{ table: string }>`select distinct table_name as table
          from information_schema.columns where table_schema = current_schema()
          and column_name = 'participant_id'`.execute(t.handle.db)
        expect(tables.rows.length).toBeGreaterThanOrEqual(8)
        for (const { table } of tables.rows) {
          const counted = await sql<{
            n: number
          }>`select count(*)::int as n from ${sql.table(table)}
            where participant_id = ${id()}`.execute(t.handle.db)
          const section = pkg.sections.find((s) => s.table === table)
          expect(section?.rows.length, table).toBe(Number(counted.rows[0]?.n))
        }
        expect(pkg.sections.find((s) => s.table === 'conversations')?.rows.length).toBeGreaterThan(
          0,
        )
        // who viewed the file: the professional's read, by role and organisation; their name
        // only where the municipality's policy says so (off by default, CJEU C-579/21)
        expect(pkg.staffNamesShown).toBe(false)
        const read = pkg.accessLog.find((e) => e.action === 'GET /api/v1/participants/:id')
        expect(read).toMatchObject({ actorName: null, actorRole: 'professional', allowed: true })
        expect(read?.organisation).toBeTruthy()
        expect(JSON.stringify(pkg)).not.toContain('Professional Noord Voorbeeldstad')
        const policy = { staffNamesInInspection: true }
        expect(
          (await call('privacy-officer', 'PUT', '/api/v1/municipality/policy', policy)).statusCode,
        ).toBe(403)
        expect(
          (await call('administrator', 'PUT', '/api/v1/municipality/policy', policy)).statusCode,
        ).toBe(200)
        expect(
          (await call('privacy-officer', 'GET', '/api/v1/municipality/policy')).json(),
        ).toEqual({ policy })
        const named = (
          await call('privacy-officer', 'GET', `/api/v1/participants/${id()}/inspection`)
        ).json() as InspectionPackage
        expect(named.staffNamesShown).toBe(true)
        expect(named.accessLog).toContainEqual(
          expect.objectContaining({
            action: 'GET /api/v1/participants/:id',
            actorName: 'Professional Noord Voorbeeldstad',
          }),
        )
        // the other municipality's policy is its own
        const foreign = await t.app.inject({
          url: '/api/v1/municipality/policy',
          headers: await t.headersFor(t.demo.proefdorp.users.administrator),
        })
        expect(foreign.json()).toEqual({ policy: { staffNamesInInspection: false } })
        await call('administrator', 'PUT', '/api/v1/municipality/policy', {
          staffNamesInInspection: false,
        })
        // every share of the file is a recipient (the demo shares some on consent)
        const shares = await t.handle.db
          .selectFrom('shares')
          .select('id')
          .where('participant_id', '=', id())
          .execute()
        expect(pkg.recipients).toHaveLength(shares.length)
        // no other resident: no other pseudonym or id anywhere in the package
        const others = await t.handle.db
          .selectFrom('participants')
          .select(['id', 'pseudonym'])
          .where('id', '!=', id())
          .execute()
        const text = JSON.stringify(pkg)
        expect(others.filter((o) => text.includes(o.pseudonym) || text.includes(o.id))).toEqual([])
        const retention = pkg.sections.find((s) => s.table === 'participants')?.retention
        expect(retention).toMatchObject({ kind: 'participatiewet', years: 10, dueDate: null })
      })

      it('lists the recipients of a shared resident, and is for the privacy officer and administrator only', async () => {
        const shared = v().sharedWithNoordId
        const pkg = (
          await call('administrator', 'GET', `/api/v1/participants/${shared}/inspection`)
        ).json()
        expect(pkg.recipients).toContainEqual(
          expect.objectContaining({
            team: 'Noord',
            basis: 'law',
            lawArticle: 'Participatiewet art. 7 lid 1 onder a',
          }),
        )
        expect(
          (await call('professional', 'GET', `/api/v1/participants/${id()}/inspection`)).statusCode,
        ).toBe(403)
      })

      it('prints as a PDF in plain Dutch', async () => {
        const response = await call(
          'privacy-officer',
          'GET',
          `/api/v1/participants/${id()}/inspection?format=pdf`,
        )
        expect(response.statusCode).toBe(200)
        expect(response.headers['content-type']).toBe('application/pdf')
        expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
      }, 60_000)
    })

    describe('correction', () => {
      it('changes the field and keeps the old value with who, when and why', async () => {
        const id = v().participantIds.Noord[1] as string
        const before = (await call('professional', 'GET', `/api/v1/participants/${id}`)).json()
          .participant
        const corrected = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id}/corrections`,
          {
            field: 'district',
            value: 'Haven',
            reason: 'Inwoner woont sinds 2025 in Haven',
          },
        )
        expect(corrected.statusCode).toBe(201)
        expect(corrected.json().correction).toMatchObject({
          field: 'district',
          oldValue: before.district,
          newValue: 'Haven',
          correctedBy: v().users['privacy-officer'],
          correctedAt: now.toISOString(),
        })
        const after = (await call('professional', 'GET', `/api/v1/participants/${id}`)).json()
          .participant
        expect(after.district).toBe('Haven')
        const pkg = (
          await call('privacy-officer', 'GET', `/api/v1/participants/${id}/inspection`)
        ).json()
        const history = pkg.sections.find(
          (s: { table: string }) => s.table === 'participant_corrections',
        )
        expect(history.rows).toEqual([
          expect.objectContaining({ old_value: before.district, new_value: 'Haven' }),
        ])
        const wrong = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id}/corrections`,
          {
            field: 'ladderRung',
            value: 9,
            reason: 'x',
          },
        )
        expect(wrong.statusCode).toBe(400)
      })
    })

    describe('restriction and objection', () => {
      const id = () => v().participantIds.Noord[2] as string
      const aggregate = async () =>
        (
          await call(
            'researcher',
            'GET',
            `/api/v1/research/participants/aggregate?projectId=${v().projectId}`,
          )
        ).json() as AggregateResponse
      const exactTotal = async (at: Date) =>
        (
          await countParticipantsBy(t.handle.db, {
            municipalityId: v().municipalityId,
            projectId: v().projectId,
            dimension: 'district',
            at,
          })
        ).reduce((sum, cell) => sum + cell.count, 0)
      const businessCase = async () =>
        (
          await call(
            'pilot-manager',
            'GET',
            `/api/v1/projects/${v().projectId}/business-case?cases=all`,
          )
        ).json() as { total: number; restricted: number }

      it('leaves the resident out of research aggregates and the export from that moment, and says how many', async () => {
        const before = now
        const totalBefore = await exactTotal(before)
        expect((await aggregate()).leftOut.restricted).toBe(0)
        const ownConversations = await t.handle.db
          .selectFrom('conversations')
          .select('id')
          .where('participant_id', '=', id())
          .execute()
        expect(ownConversations.length).toBeGreaterThan(0)
        const caseBefore = await businessCase()
        expect(caseBefore.restricted).toBe(0)
        now = new Date('2026-12-02T11:00:00Z')
        const restricted = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id()}/restrictions`,
          {
            kind: 'objection',
            reason: 'Bezwaar tegen onderzoek',
          },
        )
        expect(restricted.statusCode).toBe(201)
        expect((await aggregate()).leftOut.restricted).toBe(1)
        expect(await exactTotal(now)).toBe(totalBefore - 1)
        // a count as of before the objection still had them: the flag works from its moment on
        expect(await exactTotal(before)).toBe(totalBefore)
        const exported = (
          await call(
            'pilot-manager',
            'GET',
            `/api/v1/projects/${v().projectId}/conversations/export?names=pseudonyms`,
          )
        ).json()
        expect(exported.leftOut.restricted).toBe(ownConversations.length)
        const pseudonym = (await call('professional', 'GET', `/api/v1/participants/${id()}`)).json()
          .participant.pseudonym
        expect(exported.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(pseudonym)
        // the project's business case is evaluation too: their conversations leave it, and it says so
        const caseAfter = await businessCase()
        expect(caseAfter.restricted).toBe(ownConversations.length)
        expect(caseAfter.total).toBe(caseBefore.total - ownConversations.length)
        const report = await call(
          'pilot-manager',
          'GET',
          `/api/v1/projects/${v().projectId}/business-case/report?cases=all`,
        )
        expect(report.body).toContain(
          ownConversations.length === 1
            ? '1 tafelgesprek telt niet mee'
            : `${ownConversations.length} tafelgesprekken tellen niet mee`,
        )
        // case work goes on: the professional still sees the resident
        expect((await call('professional', 'GET', `/api/v1/participants/${id()}`)).statusCode).toBe(
          200,
        )
        const again = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id()}/restrictions`,
          {
            kind: 'restriction',
            reason: 'x',
          },
        )
        expect(again.statusCode).toBe(409)
      })

      it('takes them back in once lifted', async () => {
        now = new Date('2026-12-02T12:00:00Z')
        const lifted = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id()}/restrictions/lift`,
          {
            reason: 'Bezwaar ingetrokken',
          },
        )
        expect(lifted.json().restriction).toMatchObject({
          kind: 'objection',
          liftReason: 'Bezwaar ingetrokken',
        })
        expect((await aggregate()).leftOut.restricted).toBe(0)
        expect((await businessCase()).restricted).toBe(0)
      })
    })

    describe('erasure of consent-based data', () => {
      const id = () => v().participantIds.Noord[3] as string

      it('needs the consent withdrawn first', async () => {
        const refused = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id()}/erasure`,
          {
            reason: 'Verzoek inwoner',
          },
        )
        expect(refused.statusCode).toBe(409)
        expect(refused.json().detail).toMatch(/toestemming/)
      })

      it('takes two people; erases the conversations, keeps the consents, and the audit chain verifies without the content', async () => {
        const withdrawn = await call(
          'professional',
          'POST',
          `/api/v1/participants/${id()}/consents`,
          {
            purpose: 'Gegevens delen met Werk & Inkomen voor het gezamenlijke plan',
            partnerOrganisationId: v().organisations.workAndIncome,
            status: 'withdrawn',
            date: '2026-12-01',
          },
        )
        expect(withdrawn.statusCode).toBe(201)
        const conversations = await t.handle.db
          .selectFrom('conversations')
          .select('id')
          .where('participant_id', '=', id())
          .execute()
        expect(conversations.length).toBeGreaterThan(0)
        const asked = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id()}/erasure`,
          {
            reason: 'Toestemming ingetrokken',
          },
        )
        expect(asked.statusCode).toBe(201)
        const self = await call(
          'privacy-officer',
          'POST',
          `/api/v1/participants/${id()}/erasure/approve`,
          {},
        )
        expect(self.statusCode).toBe(409)
        expect(self.json().detail).toMatch(/vier-ogenprincipe/)
        const approved = await call(
          'administrator',
          'POST',
          `/api/v1/participants/${id()}/erasure/approve`,
          {},
        )
        expect(approved.statusCode).toBe(200)
        expect(approved.json().erasure.erased.conversations).toBe(conversations.length)
        const left = await t.handle.db
          .selectFrom('conversations')
          .select('id')
          .where('participant_id', '=', id())
          .execute()
        expect(left).toEqual([])
        const consents = await t.handle.db
          .selectFrom('consents')
          .select('status')
          .where('participant_id', '=', id())
          .execute()
        expect(consents.map((c) => c.status)).toContain('withdrawn')
        expect((await verifyStoredAuditChain(t.handle.db)).valid).toBe(true)
        const entry = await t.handle.db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'POST /api/v1/participants/:id/erasure/approve')
          .where('allowed', '=', true)
          .executeTakeFirstOrThrow()
        expect(entry).toMatchObject({ object_id: id(), actor_user_id: v().users.administrator })
        const pkg = (
          await call('privacy-officer', 'GET', `/api/v1/participants/${id()}/inspection`)
        ).json()
        const erasures = pkg.sections.find((s: { table: string }) => s.table === 'erasures')
        expect(erasures.rows).toEqual([
          expect.objectContaining({
            erased: expect.objectContaining({ conversations: conversations.length }),
          }),
        ])
      })
    })

    it('shows the retention table with sources, what is due today and the last check', async () => {
      const overview = (await call('privacy-officer', 'GET', '/api/v1/privacy/retention')).json()
      expect(overview.rules.map((r: { kind: string; years: number }) => [r.kind, r.years])).toEqual(
        [
          ['participatiewet', 10],
          ['wmo', 10],
          ['jeugdwet', 20],
          ['research', 5],
        ],
      )
      expect(overview).toMatchObject({
        today: '2026-12-02',
        due: [],
        lastCheck: null,
        statements: [],
      })
    })

    it('destroys what is due only as the privacy officer reviewed it, with a statement', async () => {
      now = new Date('2037-01-01T10:00:00Z')
      const overview = async () =>
        (await call('privacy-officer', 'GET', '/api/v1/privacy/retention')).json() as {
          today: string
          due: { kind: string; files: number }[]
          statements: { items: { kind: string; files: number }[] }[]
        }
      const participants = async () =>
        (await t.handle.db.selectFrom('participants').select('id').execute()).length
      const seen = await overview()
      expect(seen.due.length).toBeGreaterThan(0)
      const reviewed = seen.due.map(({ kind, files }) => ({ kind, files }))
      const destroy = (role: Parameters<typeof call>[0], body: object) =>
        call(role, 'POST', '/api/v1/privacy/retention/destroy', body)
      const before = await participants()
      // only the privacy officer approves
      for (const role of ['administrator', 'researcher', 'pilot-manager'] as const)
        expect((await destroy(role, { referenceDate: seen.today, due: reviewed })).statusCode).toBe(
          403,
        )
      // a list that is not what is due now (another count, another day) destroys nothing
      const [first, ...rest] = reviewed
      const miscounted = await destroy('privacy-officer', {
        referenceDate: seen.today,
        due: [{ ...first, files: (first?.files ?? 0) + 1 }, ...rest],
      })
      expect(miscounted.statusCode).toBe(409)
      expect(miscounted.json().detail).toContain('bekijk de lijst opnieuw')
      const yesterday = await destroy('privacy-officer', {
        referenceDate: '2036-12-31',
        due: reviewed,
      })
      expect(yesterday.statusCode).toBe(409)
      expect(await participants()).toBe(before)
      // as reviewed: destroyed, with a statement that lists what went
      const done = await destroy('privacy-officer', { referenceDate: seen.today, due: reviewed })
      expect(done.statusCode, done.body).toBe(201)
      expect(
        done.json().statement.items.map((i: { kind: string; files: number }) => [i.kind, i.files]),
      ).toEqual(expect.arrayContaining(reviewed.map((d) => [d.kind, d.files])))
      const care = reviewed.filter((d) => d.kind !== 'research').reduce((n, d) => n + d.files, 0)
      expect(await participants()).toBe(before - care)
      const after = await overview()
      expect(after.due).toEqual([])
      expect(after.statements).toHaveLength(1)
      // a second click finds nothing of what was reviewed
      expect(
        (await destroy('privacy-officer', { referenceDate: seen.today, due: reviewed })).statusCode,
      ).toBe(409)
      expect((await verifyStoredAuditChain(t.handle.db)).valid).toBe(true)
    })
  })
}
