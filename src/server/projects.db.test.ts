import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type {
  ConversationState,
  ConversationSummary,
  ParticipantImportResponse,
  Problem,
  ProjectDetail,
  ProjectEnrolment,
} from '../domain/index.js'
import { createWorkbook, toCsv } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const NEW_PROJECT = {
  name: 'Schuldhulp in de wijk',
  periodStart: '2026-09-01',
  periodEnd: '2027-08-31',
  targetGroup: 'Huishoudens met beginnende betalingsachterstanden',
  theoryOfChange: 'Vroeg erop af voorkomt dat achterstanden uitgroeien tot schulden.',
}

for (const dialect of testDialects()) {
  describe(`projects and participants made in the app on ${dialect.name}`, () => {
    let t: TestApp
    let manager: Record<string, string>
    let projectId: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })

    const auditActions = async (objectId: string) =>
      (
        await t.handle.db
          .selectFrom('audit_log')
          .select(['action', 'allowed'])
          .where('object_id', '=', objectId)
          .orderBy('seq')
          .execute()
      ).map((e) => `${e.action} ${e.allowed}`)

    const importFile = (headers: Record<string, string>, payload: object, id = projectId) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${id}/participants/import`,
        headers,
        payload,
      })
    const enrolments = async (headers = manager) =>
      (
        (
          await t.app.inject({ url: `/api/v1/projects/${projectId}/enrolments`, headers })
        ).json() as { enrolments: ProjectEnrolment[] }
      ).enrolments

    it('creates a project with its partners and starting phase, audited', async () => {
      const v = t.demo.voorbeeldstad
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/projects',
        headers: manager,
        payload: {
          ...NEW_PROJECT,
          phase: 'design',
          organisationIds: [v.organisations.workAndIncome, v.organisations.wijkteam],
        },
      })
      expect(response.statusCode).toBe(201)
      const { project } = response.json() as { project: ProjectDetail }
      projectId = project.id
      expect(project).toMatchObject({ ...NEW_PROJECT, phase: 'design', participantCount: 0 })
      expect(project.organisations.map((o) => o.id).sort()).toEqual(
        [v.organisations.workAndIncome, v.organisations.wijkteam].sort(),
      )
      expect(project.phaseHistory).toEqual([
        { phase: 'design', date: '2026-09-01', reason: null, changedBy: expect.any(String) },
      ])
      const list = await t.app.inject({ url: '/api/v1/projects', headers: manager })
      expect((list.json() as { projects: { id: string }[] }).projects.map((p) => p.id)).toContain(
        projectId,
      )
      expect(await auditActions(projectId)).toEqual(['POST /api/v1/projects true'])
    })

    it('offers the municipality’s own organisations as partners, to the pilot manager only', async () => {
      const response = await t.app.inject({ url: '/api/v1/projects/partners', headers: manager })
      expect(response.statusCode).toBe(200)
      const names = (response.json() as { organisations: { name: string }[] }).organisations.map(
        (o) => o.name,
      )
      expect(names).toContain('Werk & Inkomen Voorbeeldstad')
      expect(names.some((n) => n.includes('Proefdorp'))).toBe(false)
      const facilitator = await t.headersFor(t.demo.voorbeeldstad.users.facilitator)
      expect(
        (await t.app.inject({ url: '/api/v1/projects/partners', headers: facilitator })).statusCode,
      ).toBe(403)
    })

    it('records each phase change with its date and reason, and asks both', async () => {
      const missing = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/projects/${projectId}`,
        headers: manager,
        payload: { phase: 'experiment' },
      })
      expect(missing.statusCode).toBe(400)
      expect((missing.json() as Problem).issues?.map((i) => [i.field, i.message]).sort()).toEqual([
        ['body.phaseDate', 'een nieuwe fase vraagt de datum waarop die ingaat'],
        ['body.phaseReason', 'een nieuwe fase vraagt een reden'],
      ])
      const changed = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/projects/${projectId}`,
        headers: manager,
        payload: {
          name: 'Schuldhulp vroeg erop af',
          phase: 'experiment',
          phaseDate: '2026-11-01',
          phaseReason: 'Ontwerp vastgesteld door de stuurgroep',
          organisationIds: [t.demo.voorbeeldstad.organisations.workAndIncome],
        },
      })
      expect(changed.statusCode).toBe(200)
      const { project } = changed.json() as { project: ProjectDetail }
      expect(project).toMatchObject({ name: 'Schuldhulp vroeg erop af', phase: 'experiment' })
      expect(project.organisations).toHaveLength(1)
      expect(project.phaseHistory.map((c) => [c.phase, c.date, c.reason])).toEqual([
        ['design', '2026-09-01', null],
        ['experiment', '2026-11-01', 'Ontwerp vastgesteld door de stuurgroep'],
      ])
      const reread = await t.app.inject({ url: `/api/v1/projects/${projectId}`, headers: manager })
      expect((reread.json() as { project: ProjectDetail }).project.phaseHistory).toHaveLength(2)
    })

    it('refuses an end before the start, and another municipality’s organisation, naming the field', async () => {
      const backwards = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/projects/${projectId}`,
        headers: { ...manager, 'accept-language': 'en' },
        payload: { periodEnd: '2026-01-01' },
      })
      expect(backwards.statusCode).toBe(400)
      expect((backwards.json() as Problem).issues).toEqual([
        { field: 'body.periodEnd', message: 'the end date is before the start date' },
      ])
      const foreign = await t.app.inject({
        method: 'POST',
        url: '/api/v1/projects',
        headers: manager,
        payload: { ...NEW_PROJECT, organisationIds: [t.demo.proefdorp.organisations.wijkteam] },
      })
      expect(foreign.statusCode).toBe(400)
      expect((foreign.json() as Problem).issues?.[0]?.field).toBe('body.organisationIds.0')
    })

    it('answers 404 for another municipality’s project and 403 for other roles', async () => {
      const other = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/projects/${projectId}`,
        headers: await t.headersFor(t.demo.proefdorp.users['pilot-manager']),
        payload: { name: 'Overgenomen' },
      })
      expect(other.statusCode).toBe(404)
      for (const role of ['facilitator', 'controller', 'researcher'] as const) {
        const refused = await t.app.inject({
          method: 'POST',
          url: '/api/v1/projects',
          headers: await t.headersFor(t.demo.voorbeeldstad.users[role]),
          payload: NEW_PROJECT,
        })
        expect(`${role} ${refused.statusCode}`).toBe(`${role} 403`)
      }
    })

    it('rejects a whole import for one bad row, naming every row and column in Dutch and English', async () => {
      const content = toCsv([
        ['startdatum', 'team', 'leeftijdsgroep', 'trede'],
        ['01-10-2026', 'Noord', '27-44', '2'],
        ['2026-13-01', 'Noord', '27-44', '2,5'],
        ['2026-10-02', 'Zuid', 'oud', '3'],
        ['2025-01-01', 'Zuid', '', ''],
      ])
      const nl = await importFile(manager, { format: 'csv', content })
      expect(nl.statusCode).toBe(400)
      expect((nl.json() as Problem).issues?.map((i) => [i.row, i.column])).toEqual([
        [3, 'start_date'],
        [3, 'ladder_rung'],
        [4, 'age_band'],
        [5, 'start_date'],
      ])
      expect((nl.json() as Problem).issues?.[1]?.message).toBe(
        "'2,5' is geen trede van de Participatieladder (1 t/m 6).",
      )
      const en = await importFile(
        { ...manager, 'accept-language': 'en' },
        { format: 'csv', content },
      )
      expect((en.json() as Problem).issues?.[2]?.message).toMatch(/^Unknown age band 'oud'/)
      expect(await enrolments()).toEqual([])
    })

    it('lists at most 100 problems of a wrong file and counts the rest', async () => {
      const rows = Array.from({ length: 150 }, () => ['gisteren'])
      const response = await importFile(manager, {
        format: 'csv',
        content: toCsv([['start_date'], ...rows]),
      })
      const issues = (response.json() as Problem).issues ?? []
      expect(issues).toHaveLength(101)
      expect(issues[100]?.message).toMatch(/^en nog 50 problemen/)
    })

    it('imports the participants of a CSV and an XLSX file, each enrolled in the project', async () => {
      const csv = await importFile(manager, {
        format: 'csv',
        content: toCsv([
          ['start_date', 'team', 'age_band', 'household_type', 'district', 'ladder_rung'],
          ['2026-10-01', 'Noord', '27-44', 'single', 'Haven', '2'],
          ['2026-10-02', 'Zuid', '', '', '', ''],
          ['2026-10-03', 'Noord', '45-66', 'couple', '', '3'],
        ]),
      })
      expect(csv.statusCode).toBe(201)
      const imported = csv.json() as ParticipantImportResponse
      expect(imported.imported).toBe(3)
      expect(imported.enrolments.map((e) => [e.team, e.startDate]).sort()).toEqual([
        ['Noord', '2026-10-01'],
        ['Noord', '2026-10-03'],
        ['Zuid', '2026-10-02'],
      ])
      const workbook = createWorkbook()
      workbook.sheet('Deelnemers', ['startdatum', 'team'], [['2026-10-04', 'Noord']])
      const xlsx = await importFile(manager, {
        format: 'xlsx',
        content: Buffer.from(await workbook.bytes()).toString('base64'),
      })
      expect(xlsx.statusCode).toBe(201)
      expect(await enrolments()).toHaveLength(4)
    })

    it('keeps a team-scoped importer to their own team', async () => {
      const facilitator = await t.headersFor(t.demo.voorbeeldstad.users.facilitator)
      const response = await importFile(facilitator, {
        format: 'csv',
        content: toCsv([
          ['start_date', 'team'],
          ['2026-10-05', 'Zuid'],
        ]),
      })
      expect(response.statusCode).toBe(400)
      expect((response.json() as Problem).issues?.[0]).toMatchObject({ row: 2, column: 'team' })
    })

    it('enrols an existing participant once, and a new one from the form', async () => {
      const v = t.demo.voorbeeldstad
      const participantId = v.participantIds.Noord[3] as string
      const enrol = (payload: object) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/projects/${projectId}/enrolments`,
          headers: manager,
          payload,
        })
      const first = await enrol({ participantId, startDate: '2026-10-10' })
      expect(first.statusCode).toBe(201)
      expect((await enrol({ participantId, startDate: '2026-10-11' })).statusCode).toBe(409)
      const outside = await enrol({ participantId, startDate: '2028-01-01' })
      expect(outside.statusCode).toBe(400)
      expect((outside.json() as Problem).issues?.[0]?.field).toBe('body.startDate')
      const fresh = await enrol({
        participant: { team: 'Zuid', ageBand: '18-26' },
        startDate: '2026-10-12',
      })
      expect(fresh.statusCode).toBe(201)
      expect((fresh.json() as { enrolment: ProjectEnrolment }).enrolment).toMatchObject({
        team: 'Zuid',
        startDate: '2026-10-12',
        endDate: null,
      })
    })

    it('ends an enrolment with a date and reason, once, and audits it under the person', async () => {
      const participantId = t.demo.voorbeeldstad.participantIds.Noord[3] as string
      const end = (payload: object) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/projects/${projectId}/enrolments/end`,
          headers: manager,
          payload: { participantId, ...payload },
        })
      expect((await end({ endDate: '2026-10-01', reason: 'Verhuisd' })).statusCode).toBe(400)
      const ended = await end({ endDate: '2026-12-01', reason: 'Verhuisd' })
      expect(ended.statusCode).toBe(200)
      expect((ended.json() as { enrolment: ProjectEnrolment }).enrolment).toMatchObject({
        endDate: '2026-12-01',
        endReason: 'Verhuisd',
      })
      expect((await end({ endDate: '2026-12-02', reason: 'Nogmaals' })).statusCode).toBe(409)
      const { pseudonym } = (ended.json() as { enrolment: ProjectEnrolment }).enrolment
      const audited = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'object_id'])
        .where('person_pseudonym', '=', pseudonym)
        .where('action', '=', 'POST /api/v1/projects/:id/enrolments/end')
        .execute()
      // the end and the refused second end (a 409); a 400 for bad input is not an access
      expect(audited.map((a) => a.object_id)).toEqual([projectId, projectId])
    })

    it('starts a case only for a participant enrolled in the project', async () => {
      const v = t.demo.voorbeeldstad
      const facilitator = await t.headersFor(v.users.facilitator)
      const notEnrolled = v.participantIds.Noord[4] as string
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: { ...facilitator, 'accept-language': 'en' },
        payload: { projectId, participantId: notEnrolled, measurement: 'T0' },
      })
      expect(refused.statusCode).toBe(409)
      expect((refused.json() as Problem).detail).toMatch(/not enrolled in this project/)
      const enrolled = (await enrolments(facilitator)).find((e) => e.team === 'Noord')
      const started = await t.app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: facilitator,
        payload: { projectId, participantId: enrolled?.participantId, measurement: 'T0' },
      })
      expect(started.statusCode).toBe(201)
    })

    it('archives a conversation started by mistake: kept, hidden, locked, audited, with a reason', async () => {
      const v = t.demo.voorbeeldstad
      const facilitator = await t.headersFor(v.users.facilitator)
      const list = async () =>
        (
          (
            await t.app.inject({
              url: `/api/v1/projects/${projectId}/conversations`,
              headers: facilitator,
            })
          ).json() as { conversations: ConversationSummary[] }
        ).conversations
      const [conversation] = await list()
      const id = conversation?.id as string
      const archive = (payload: object) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/conversations/${id}/archive`,
          headers: facilitator,
          payload,
        })
      expect((await archive({})).statusCode).toBe(400)
      const archived = await archive({ reason: 'Bij de verkeerde deelnemer gestart' })
      expect(archived.statusCode).toBe(200)
      expect((archived.json() as ConversationState).archivedAt).not.toBeNull()
      expect(await list()).toEqual([])
      const kept = await t.app.inject({ url: `/api/v1/conversations/${id}`, headers: facilitator })
      expect(kept.statusCode).toBe(200)
      const edit = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${id}/edits`,
        headers: facilitator,
        payload: {
          edits: [
            {
              id: '00000000-0000-4000-8000-0000000000aa',
              kind: 'put-card',
              scenario: 'interventie',
              card: {
                type: 'activity',
                id: 'k1',
                item: 'WIJKTEAM-UUR',
                start: '2026-10-01',
                quantity: 1,
              },
              base: null,
            },
          ],
        },
      })
      expect(edit.statusCode).toBe(409)
      expect((await archive({ reason: 'nogmaals' })).statusCode).toBe(409)
      // the case's moment is free again for the right conversation
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: facilitator,
        payload: { projectId, participantId: conversation?.participantId, measurement: 'T0' },
      })
      expect(again.statusCode).toBe(201)
      expect(await auditActions(id)).toContain('POST /api/v1/conversations/:id/archive true')
      const stored = await t.handle.db
        .selectFrom('conversations')
        .select(['archive_reason', 'archived_by'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      expect(stored).toEqual({
        archive_reason: 'Bij de verkeerde deelnemer gestart',
        archived_by: v.users.facilitator,
      })
    })
  })
}
