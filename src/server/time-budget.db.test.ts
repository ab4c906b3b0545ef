import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findActivePriceList, testDialects } from '../db/index.js'
import {
  type CapacityResponse,
  hourlyTariff,
  hoursCents,
  INFORMAL_KINDS,
  type LedgerSummary,
  type Problem,
  type RecordedCosts,
  type TimeEntryListResponse,
} from '../domain/index.js'
import { toCsv } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`time registration, the unshielded budget and the capacity monitor on ${dialect.name}`, () => {
    let t: TestApp
    let projectId: string
    let noordCase: string
    let pro: Record<string, string>
    let manager: Record<string, string>

    beforeAll(async () => {
      t = await createTestApp(dialect)
      const v = t.demo.voorbeeldstad
      projectId = v.projectId
      noordCase = v.participantIds.Noord[0] as string
      pro = await t.headersFor(v.users.professional)
      manager = await t.headersFor(v.users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })

    const save = (headers: Record<string, string>, payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/projects/${projectId}/time-entries`,
        headers,
        payload,
      })
    const spend = (payload: object, headers = manager) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/budget/spends`,
        headers,
        payload,
      })

    it('stores an entry once under its client id, corrects it with the same id, and refuses another professional the id', async () => {
      const entry = {
        id: randomUUID(),
        participantId: noordCase,
        kind: 'chance-meeting',
        minutes: 15,
        date: '2026-12-01',
      }
      expect((await save(pro, entry)).statusCode).toBe(201)
      const resent = await save(pro, entry)
      expect([resent.statusCode, resent.json().changed]).toEqual([200, false])
      const corrected = await save(pro, { ...entry, minutes: 20, ownOrganisation: true })
      expect([corrected.statusCode, corrected.json().changed]).toEqual([200, true])
      const facilitator = await t.headersFor(t.demo.voorbeeldstad.users.facilitator)
      expect((await save(facilitator, { ...entry, minutes: 5 })).statusCode).toBe(409)
      const list = (
        await t.app.inject({
          url: `/api/v1/projects/${projectId}/time-entries?from=2026-12-01&to=2026-12-01`,
          headers: pro,
        })
      ).json() as TimeEntryListResponse
      expect(list.entries.find((e) => e.id === entry.id)).toMatchObject({
        minutes: 20,
        ownOrganisation: true,
      })
      expect(list.team.entries).toBeGreaterThanOrEqual(list.own.entries)
      expect(list.cases[0]?.participantId).toBe(noordCase) // the most recently used case first
    })

    it('refuses a date outside the project, naming the field', async () => {
      const r = await save(pro, {
        id: randomUUID(),
        participantId: noordCase,
        kind: 'phone',
        minutes: 5,
        date: '2025-12-31',
      })
      expect(r.statusCode).toBe(400)
      expect((r.json() as Problem).issues?.[0]?.field).toBe('body.date')
    })

    it('prices the recorded hours at the wijkteam tariff, as a hand computation over the entries', async () => {
      const costs = (
        await t.app.inject({ url: `/api/v1/projects/${projectId}/costs`, headers: manager })
      ).json() as RecordedCosts
      const { list } = await findActivePriceList(t.handle.db, t.demo.voorbeeldstad.municipalityId)
      const tariff = hourlyTariff('wijkteam', list.items, costs.priceYear)
      if ('problem' in tariff) throw new Error('the demo list has a wijkteam tariff')
      const rows = await t.handle.db
        .selectFrom('time_entries')
        .select([
          'kind',
          'minutes',
          'own_organisation',
          sql<string>`extract(year from date)`.as('year'),
        ])
        .where('project_id', '=', projectId)
        .where('organisation_id', '=', t.demo.voorbeeldstad.organisations.wijkteam)
        .execute()
      for (const year of [...new Set(rows.map((r) => Number(r.year)))]) {
        const own = rows.filter((r) => Number(r.year) === year)
        const pilot = own.filter((r) => !r.own_organisation)
        const informal = pilot.filter((r) => (INFORMAL_KINDS as readonly string[]).includes(r.kind))
        const minutes = pilot.reduce((s, r) => s + r.minutes, 0)
        const row = costs.hours.find(
          (h) =>
            h.year === year && h.organisationId === t.demo.voorbeeldstad.organisations.wijkteam,
        )
        expect(row).toMatchObject({
          entries: own.length,
          informalMinutes: informal.reduce((s, r) => s + r.minutes, 0),
          pilotCents: hoursCents(minutes, tariff.euros),
          stakeholder: 'gemeente-overig',
          tariff: { code: 'WIJKTEAM-UUR' },
        })
      }
      expect(costs.spends.reduce((s, x) => s + x.cents, 0)).toBeGreaterThan(0)
    })

    it('keeps the ledger append-only in the database itself', async () => {
      const db = t.handle.db
      await expect(sql`update budget_ledger set amount_cents = 1`.execute(db)).rejects.toThrow(
        /append-only/,
      )
      await expect(sql`delete from budget_ledger`.execute(db)).rejects.toThrow(/append-only/)
      await expect(sql`truncate budget_ledger`.execute(db)).rejects.toThrow(/append-only/)
    })

    it('asks a second person above the threshold, and corrects a spend with a new row', async () => {
      const base = {
        participantId: noordCase,
        date: '2026-11-02',
        purpose: 'Laptop voor de opleiding',
        goal: 'Diploma halen',
        replacesDomain: 'participatiewet',
      }
      const alone = await spend({ ...base, amountCents: 150_000 })
      expect(alone.statusCode).toBe(400)
      expect((alone.json() as Problem).issues?.[0]?.field).toBe('body.approverId')
      const self = await spend({
        ...base,
        amountCents: 150_000,
        approverId: t.demo.voorbeeldstad.users['pilot-manager'],
      })
      expect(self.statusCode).toBe(400)
      const notAnApprover = await spend({
        ...base,
        amountCents: 150_000,
        approverId: t.demo.voorbeeldstad.users.professional,
      })
      expect(notAnApprover.statusCode).toBe(400)
      const approved = await spend({
        ...base,
        amountCents: 150_000,
        approverId: t.demo.voorbeeldstad.users.controller,
      })
      expect(approved.statusCode).toBe(201)
      const before = approved.json() as LedgerSummary
      const laptop = before.spends.at(-1)
      expect(laptop).toMatchObject({
        amountCents: 150_000,
        approvedBy: 'Controller Voorbeeldstad',
        flags: [],
      })
      const fix = await spend({
        ...base,
        amountCents: 120_000,
        purpose: 'Korting gekregen',
        corrects: laptop?.id,
      })
      expect(fix.statusCode).toBe(201)
      const after = fix.json() as LedgerSummary
      expect(after.spends.find((s) => s.id === laptop?.id)).toMatchObject({
        effectiveCents: 120_000,
      })
      expect(after.balanceCents).toBe((before.balanceCents as number) + 30_000)
      const rows = await t.handle.db
        .selectFrom('budget_ledger')
        .select(['amount_cents', 'corrects'])
        .where('corrects', '=', laptop?.id as string)
        .execute()
      expect(rows.map((r) => Number(r.amount_cents))).toEqual([-30_000])
    })

    it('imports hours all or nothing, naming row and column, and a second import of the same file adds nothing', async () => {
      const pseudonym = (
        await t.handle.db
          .selectFrom('participants')
          .select('pseudonym')
          .where('id', '=', noordCase)
          .executeTakeFirstOrThrow()
      ).pseudonym
      const header = ['deelnemer', 'medewerker', 'datum', 'soort', 'minuten', 'moederorganisatie']
      const good = [
        pseudonym,
        'professional.noord@voorbeeldstad.example',
        '14-10-2026',
        'huisbezoek',
        '45',
        'nee',
      ]
      const count = async () =>
        Number(
          (
            await t.handle.db
              .selectFrom('time_entries')
              .select(sql<string>`count(*)`.as('n'))
              .where('project_id', '=', projectId)
              .executeTakeFirstOrThrow()
          ).n,
        )
      const n0 = await count()
      const bad = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/time-entries/import`,
        headers: { ...manager, 'accept-language': 'nl' },
        payload: {
          format: 'csv',
          content: toCsv([
            header,
            good,
            [
              pseudonym,
              'niemand@voorbeeldstad.example',
              '2026-10-15',
              'fietstocht',
              '0',
              'misschien',
            ],
          ]),
        },
      })
      expect(bad.statusCode).toBe(400)
      const issues = (bad.json() as Problem).issues ?? []
      expect(issues.map((i) => [i.row, i.column])).toEqual([
        [3, 'kind'],
        [3, 'minutes'],
        [3, 'own_organisation'],
        [3, 'email'],
      ])
      expect(issues[0]?.message).toMatch(/Onbekende soort 'fietstocht'/)
      expect(await count()).toBe(n0)
      const file = { format: 'csv', content: toCsv([header, good, good]) }
      const url = `/api/v1/projects/${projectId}/time-entries/import`
      expect(
        (await t.app.inject({ method: 'POST', url, headers: manager, payload: file })).json(),
      ).toEqual({ imported: 2 })
      await t.app.inject({ method: 'POST', url, headers: manager, payload: file })
      expect(await count()).toBe(n0 + 2)
      const exported = await t.app.inject({
        url: `/api/v1/projects/${projectId}/time-entries/export?format=csv`,
        headers: manager,
      })
      expect(exported.body.split('\n')[0]?.trim()).toBe(
        'pseudonym,email,date,kind,minutes,own_organisation',
      )
    })

    it("shows team Noord's caseload per FTE rising past the threshold after its facilitator left", async () => {
      const capacity = (
        await t.app.inject({ url: `/api/v1/projects/${projectId}/capacity`, headers: manager })
      ).json() as CapacityResponse
      const noord = capacity.teams.find((x) => x.team === 'Noord')
      const zuid = capacity.teams.find((x) => x.team === 'Zuid')
      const month = (team: typeof noord, m: string) => team?.months.find((x) => x.month === m)
      expect(capacity.maxCasesPerFte).toBe(15)
      expect(month(noord, '2026-06')?.fte).toBeCloseTo(60 / 36, 10)
      expect(month(noord, '2026-07')).toMatchObject({
        fte: 1,
        leavers: 0,
        vacancyFte: 24 / 36,
        warning: true,
      })
      expect(month(noord, '2026-06')?.leavers).toBe(1)
      expect(month(zuid, '2026-07')?.warning).toBe(false)
      // the demo's weekly Thursday conferences of team Noord: five in July 2026, none for Zuid
      expect(month(noord, '2026-07')?.conferencesHeld).toBe(5)
      expect(month(noord, '2026-07')?.attendeesPresent).toBeGreaterThan(5)
      expect(month(zuid, '2026-07')?.conferencesHeld).toBe(0)
      expect(capacity.phaseChanges[0]).toMatchObject({ phase: 'experiment', date: '2026-01-01' })
    })

    it("keeps an administrator's contracts and refuses an impossible one", async () => {
      const admin = await t.headersFor(t.demo.voorbeeldstad.users.administrator)
      const url = `/api/v1/users/${t.demo.voorbeeldstad.users.professional}/contracts`
      const bad = await t.app.inject({
        method: 'PUT',
        url,
        headers: admin,
        payload: {
          contracts: [{ hoursPerWeek: 32, startDate: '2026-05-01', endDate: '2026-04-01' }],
        },
      })
      expect(bad.statusCode).toBe(400)
      expect((bad.json() as Problem).issues?.[0]?.field).toBe('body.contracts.0.endDate')
      const ok = await t.app.inject({
        method: 'PUT',
        url,
        headers: admin,
        payload: { contracts: [{ hoursPerWeek: 32, startDate: '2023-09-01' }] },
      })
      expect(ok.json().contracts).toEqual([
        { hoursPerWeek: 32, startDate: '2023-09-01', endDate: null },
      ])
    })
  })
}
