import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type {
  AttendanceResponse,
  ConferenceAction,
  ConferenceCase,
  ConferenceDetail,
  ConferenceSummary,
  Minutes,
  MyActionsResponse,
  Problem,
} from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`case conferences on ${dialect.name}`, () => {
    let t: TestApp
    let team: Record<string, string>
    let werk: Record<string, string>
    let zuid: Record<string, string>
    let noord: readonly string[]
    /** A Noord participant with no share at all with Work & Income (the demo shares several). */
    let unshared: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      const v = t.demo.voorbeeldstad
      team = await t.headersFor(v.users.facilitator)
      werk = await t.headersFor(v.conferences.workAndIncomeProfessional)
      zuid = await t.headersFor(v.otherTeamUsers.professional)
      noord = v.participantIds.Noord
      const shared = new Set(
        (
          await t.handle.db
            .selectFrom('shares')
            .select('participant_id')
            .where('organisation_id', '=', v.organisations.workAndIncome)
            .execute()
        ).map((r) => r.participant_id),
      )
      unshared = noord.find((id) => !shared.has(id)) as string
    })
    afterAll(async () => {
      await t.close()
    })

    const v = () => t.demo.voorbeeldstad
    const plan = async (body: object = {}) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/case-conferences',
        headers: team,
        payload: {
          projectId: v().projectId,
          date: '2027-01-07',
          chairUserId: v().users.facilitator,
          attendees: [
            { userId: v().users.facilitator },
            { userId: v().conferences.workAndIncomeProfessional },
          ],
          ...body,
        },
      })
      expect(response.statusCode, response.body).toBe(201)
      return (response.json() as { conferences: ConferenceSummary[] }).conferences
    }
    const bringIn = (
      headers: Record<string, string>,
      conferenceId: string,
      participantId: string,
    ) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/case-conferences/${conferenceId}/cases`,
        headers,
        payload: { participantId, question: 'Hoe kan werk samengaan met de schuldhulp?' },
      })
    const addAction = (caseId: string, ownerUserId: string, headers = team) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/case-conferences/cases/${caseId}/actions`,
        headers,
        payload: { description: 'Intake schuldhulp plannen', ownerUserId, dueDate: '2027-01-21' },
      })
    const conference = async (id: string, headers = team) => {
      const response = await t.app.inject({ url: `/api/v1/case-conferences/${id}`, headers })
      expect(response.statusCode, response.body).toBe(200)
      return (response.json() as { conference: ConferenceDetail }).conference
    }
    const visibleCase = (c: ConferenceCase | undefined) => {
      if (!c?.visible) throw new Error('expected a case with content')
      return c
    }

    it('plans a weekly series with the attendees’ usual domains', async () => {
      const series = await plan({ repeat: { cadence: 'weekly', count: 3 } })
      expect(series.map((c) => c.date)).toEqual(['2027-01-07', '2027-01-14', '2027-01-21'])
      expect(new Set(series.map((c) => c.seriesId)).size).toBe(1)
      const first = await conference(series[0]?.id as string)
      expect(first.team).toBe('Noord')
      expect(first.chair?.id).toBe(v().users.facilitator)
      expect(first.attendees.map((a) => a.domain).sort()).toEqual(['participatiewet', 'wmo'])
    })

    it('refuses attendees who cannot sit at the table, naming the field', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/case-conferences',
        headers: team,
        payload: {
          projectId: v().projectId,
          date: '2027-01-07',
          attendees: [{ userId: v().users.researcher }],
        },
      })
      expect(response.statusCode).toBe(400)
      expect((response.json() as Problem).issues?.[0]?.field).toBe('body.attendees.0.userId')
    })

    it('refuses a case without a basis for the partner with 403, and audits the refusal with the pseudonym', async () => {
      const [planned] = await plan()
      const id = planned?.id as string
      // The team's own, not shared with Work & Income
      const refused = await bringIn(werk, id, unshared)
      expect(refused.statusCode).toBe(403)
      const pseudonym = (
        await t.handle.db
          .selectFrom('participants')
          .select('pseudonym')
          .where('id', '=', unshared)
          .executeTakeFirstOrThrow()
      ).pseudonym
      const entry = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'allowed', 'person_pseudonym', 'actor_user_id'])
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow()
      expect(entry).toEqual({
        action: 'POST /api/v1/case-conferences/:id/cases',
        allowed: false,
        person_pseudonym: pseudonym,
        actor_user_id: v().conferences.workAndIncomeProfessional,
      })
      expect(
        await t.handle.db
          .selectFrom('case_conference_cases')
          .select('id')
          .where('conference_id', '=', id)
          .execute(),
      ).toEqual([])
      // Noord[1] is shared with Work & Income on its consent: it may be brought in
      expect((await bringIn(werk, id, noord[1] as string)).statusCode).toBe(201)
      expect((await bringIn(werk, id, noord[1] as string)).statusCode).toBe(409)
      // the other team has no basis for a Noord participant either
      expect((await bringIn(zuid, id, noord[2] as string)).statusCode).toBe(403)
    })

    it('takes the basis away at once when the consent it rests on is withdrawn', async () => {
      const [planned] = await plan()
      const id = planned?.id as string
      const participantId = noord[3] as string
      expect((await bringIn(werk, id, participantId)).statusCode).toBe(201)
      const before = await conference(id, werk)
      expect(before.cases.map((c) => c.visible)).toEqual([true])
      const withdrawn = await t.app.inject({
        method: 'POST',
        url: `/api/v1/participants/${participantId}/consents`,
        headers: team,
        payload: {
          purpose: 'Gegevens delen met Werk & Inkomen voor het gezamenlijke plan',
          partnerOrganisationId: v().organisations.workAndIncome,
          status: 'withdrawn',
          date: '2026-12-01',
        },
      })
      expect(withdrawn.statusCode, withdrawn.body).toBe(201)
      const after = await conference(id, werk)
      expect(after.cases).toEqual([{ id: before.cases[0]?.id, visible: false }])
      expect(JSON.stringify(after)).not.toContain('schuldhulp?')
      const caseId = before.cases[0]?.id as string
      const record = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/case-conferences/cases/${caseId}`,
        headers: werk,
        payload: { decisions: 'Werk & Inkomen neemt de regie.' },
      })
      expect(record.statusCode).toBe(403)
    })

    it('records a decision and actions, and carries open actions to the later conferences of the series until they are closed', async () => {
      const [first, second, third] = await plan({
        date: '2027-02-04',
        repeat: { cadence: 'fortnightly', count: 3 },
      })
      const participantId = noord[4] as string
      const brought = await bringIn(werk, first?.id as string, participantId)
      const caseId = (brought.json() as { case: { id: string } }).case.id
      const recorded = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/case-conferences/cases/${caseId}`,
        headers: team,
        payload: { discussion: 'Schulden eerst.', decisions: 'Schuldhulp start deze maand.' },
      })
      expect(recorded.statusCode).toBe(200)
      const open = (await addAction(caseId, v().conferences.workAndIncomeProfessional)).json() as {
        action: ConferenceAction
      }
      const done = (await addAction(caseId, v().users.professional)).json() as {
        action: ConferenceAction
      }
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/case-conferences/actions/${done.action.id}`,
        headers: team,
        payload: { status: 'done' },
      })
      const atFirst = visibleCase((await conference(first?.id as string)).cases[0])
      expect(atFirst.decisions).toBe('Schuldhulp start deze maand.')
      expect(atFirst.actions.map((a) => a.status)).toEqual(['open', 'done'])
      // not on the second agenda: carried as its own entry, only the open action
      const atSecond = await conference(second?.id as string)
      expect(atSecond.carried).toEqual([
        { participant: atFirst.participant, actions: [open.action] },
      ])
      // on the third agenda: the open action rides along with the case
      expect((await bringIn(team, third?.id as string, participantId)).statusCode).toBe(201)
      const atThird = await conference(third?.id as string)
      expect(visibleCase(atThird.cases[0]).carriedActions.map((a) => a.id)).toEqual([
        open.action.id,
      ])
      expect(atThird.carried).toEqual([])
      // closed: it no longer follows the case
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/case-conferences/actions/${open.action.id}`,
        headers: werk,
        payload: { status: 'done' },
      })
      expect((await conference(second?.id as string)).carried).toEqual([])
      expect(visibleCase((await conference(third?.id as string)).cases[0]).carriedActions).toEqual(
        [],
      )
      // earlier conferences of the series do not get later actions
      expect((await conference(first?.id as string)).carried).toEqual([])
    })

    it("lists a professional's actions across conferences, and refuses an owner without a basis", async () => {
      const conferences = await plan({
        date: '2027-03-04',
        repeat: { cadence: 'weekly', count: 2 },
      })
      const ids: string[] = []
      for (const [i, c] of conferences.entries()) {
        const brought = await bringIn(team, c.id, noord[5 + i] as string)
        const caseId = (brought.json() as { case: { id: string } }).case.id
        const made = await addAction(caseId, v().conferences.workAndIncomeProfessional)
        expect(made.statusCode, made.body).toBe(201)
        ids.push((made.json() as { action: ConferenceAction }).action.id)
      }
      const mine = (
        await t.app.inject({ url: '/api/v1/case-conferences/my-actions', headers: werk })
      ).json() as MyActionsResponse
      expect(ids.every((id) => mine.actions.some((a) => a.id === id))).toBe(true)
      expect(
        mine.actions.every((a) => a.owner.id === v().conferences.workAndIncomeProfessional),
      ).toBe(true)
      expect(mine.actions.every((a) => a.status === 'open')).toBe(true)
      expect(new Set(mine.actions.map((a) => a.conference.id)).size).toBeGreaterThanOrEqual(2)
      // the team's professional sees none of them as theirs
      const theirs = (
        await t.app.inject({
          url: '/api/v1/case-conferences/my-actions?status=all',
          headers: await t.headersFor(v().users.professional),
        })
      ).json() as MyActionsResponse
      expect(theirs.actions.some((a) => ids.includes(a.id))).toBe(false)
      // an owner from the other team could not see the case: refused, naming the field
      const caseOf = (await conference(conferences[0]?.id as string)).cases[0]?.id as string
      const refused = await addAction(caseOf, v().otherTeamUsers.professional)
      expect(refused.statusCode).toBe(400)
      expect((refused.json() as Problem).issues?.[0]?.field).toBe('body.ownerUserId')
    })

    it('adds an action sent again under its client-made id once, and refuses that id on another case', async () => {
      const [planned] = await plan({ date: '2027-06-03' })
      const id = planned?.id as string
      const cases = []
      for (const participant of [noord[7], noord[8]] as string[]) {
        const brought = await bringIn(team, id, participant)
        expect(brought.statusCode, brought.body).toBe(201)
        cases.push((brought.json() as { case: { id: string } }).case.id)
      }
      const actionId = crypto.randomUUID()
      const send = (caseId: string) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/case-conferences/cases/${caseId}/actions`,
          headers: team,
          payload: {
            id: actionId,
            description: 'Budgetcoach vragen',
            ownerUserId: v().conferences.workAndIncomeProfessional,
            dueDate: '2027-06-10',
          },
        })
      const first = await send(cases[0] as string)
      expect(first.statusCode, first.body).toBe(201)
      const again = await send(cases[0] as string)
      expect(again.statusCode, again.body).toBe(200)
      expect((again.json() as { action: ConferenceAction }).action.id).toBe(actionId)
      const actions = visibleCase((await conference(id)).cases[0]).actions
      expect(actions.map((a) => a.id)).toEqual([actionId])
      expect((await send(cases[1] as string)).statusCode).toBe(409)
      expect(visibleCase((await conference(id)).cases[1]).actions).toEqual([])
    })

    it('gives each attendee minutes with no more than their basis allows, and a pseudonyms-only agenda', async () => {
      const [planned] = await plan({ date: '2027-04-01' })
      const id = planned?.id as string
      const own = unshared // the team's, not shared with Work & Income
      const shared = noord[1] as string
      expect((await bringIn(team, id, own)).statusCode).toBe(201)
      expect((await bringIn(team, id, shared)).statusCode).toBe(201)
      const pseudonymOf = async (participantId: string) =>
        (
          await t.handle.db
            .selectFrom('participants')
            .select('pseudonym')
            .where('id', '=', participantId)
            .executeTakeFirstOrThrow()
        ).pseudonym
      const minutes = async (headers: Record<string, string>, query = '') => {
        const response = await t.app.inject({
          url: `/api/v1/case-conferences/${id}/minutes${query}`,
          headers,
        })
        expect(response.statusCode, response.body).toBe(200)
        return response.json() as Minutes
      }
      const forTeam = await minutes(team)
      expect(forTeam.cases.map((c) => c.visible)).toEqual([true, true])
      const forWerk = await minutes(team, `?for=${v().conferences.workAndIncomeProfessional}`)
      expect(forWerk.for.id).toBe(v().conferences.workAndIncomeProfessional)
      expect(forWerk.cases.map((c) => c.visible)).toEqual([false, true])
      expect(JSON.stringify(forWerk)).not.toContain(await pseudonymOf(own))
      expect(forWerk).toEqual(await minutes(werk))
      // minutes for someone not at this table are refused
      const stranger = await t.app.inject({
        url: `/api/v1/case-conferences/${id}/minutes?for=${v().otherTeamUsers.professional}`,
        headers: team,
      })
      expect(stranger.statusCode).toBe(400)

      const agenda = await t.app.inject({
        url: `/api/v1/case-conferences/${id}/agenda`,
        headers: werk,
      })
      expect(agenda.statusCode).toBe(200)
      expect(agenda.headers['content-type']).toMatch(/text\/html/)
      expect(agenda.body).toContain(await pseudonymOf(shared))
      expect(agenda.body).not.toContain(await pseudonymOf(own))
      expect(agenda.body).toContain('Casus zonder grondslag voor u')
      expect(agenda.body).not.toContain('schuldhulp?')
    })

    it('lets only the team, the chair and attendees change a conference', async () => {
      const [planned] = await plan({ date: '2027-05-06' })
      const change = (headers: Record<string, string>) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/v1/case-conferences/${planned?.id}`,
          headers,
          payload: { date: '2027-05-13' },
        })
      expect((await change(zuid)).statusCode).toBe(403)
      // Work & Income is an attendee
      const moved = await change(werk)
      expect(moved.statusCode).toBe(200)
      expect((moved.json() as { conference: ConferenceDetail }).conference.date).toBe('2027-05-13')
    })

    it('shows who was at the table per month with the case counts suppressed and shares from the published counts', async () => {
      const response = await t.app.inject({
        url: `/api/v1/case-conferences/attendance?projectId=${v().projectId}`,
        headers: await t.headersFor(v().users.researcher),
      })
      expect(response.statusCode, response.body).toBe(200)
      const body = response.json() as AttendanceResponse
      const march = body.months.find((m) => m.month === '2026-03')
      expect(march?.conferences).toBe(4)
      const werkInMarch = march?.partners.find((p) => p.domain === 'participatiewet')
      // Work & Income missed one of March's four meetings (every fifth week)
      expect(werkInMarch?.attended).toBe(3)
      const raw = await t.handle.db
        .selectFrom('case_conference_cases as k')
        .innerJoin('case_conferences as c', 'c.id', 'k.conference_id')
        .select(['k.brought_by_organisation_id as org', 'k.domain', 'c.date'])
        .where('c.project_id', '=', v().projectId)
        .execute()
      let suppressedSmall = 0
      for (const month of body.months) {
        for (const partner of month.partners) {
          const exact = raw.filter(
            (r) =>
              r.date.startsWith(month.month) &&
              r.org === partner.organisation.id &&
              r.domain === partner.domain,
          ).length
          if (exact > 0 && exact < body.suppressionThreshold) {
            expect(partner.cases.count).toBeNull()
            suppressedSmall += 1
          }
          if (partner.cases.count !== null) {
            expect(partner.cases.count % body.roundingBase).toBe(0)
            expect(partner.caseShare).toBe(
              month.cases.count ? partner.cases.count / month.cases.count : null,
            )
          } else expect(partner.caseShare).toBeNull()
        }
      }
      expect(suppressedSmall).toBeGreaterThan(0)
    })
  })
}
