import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type {
  OutcomeAggregateResponse,
  OutcomePoint,
  Problem,
  TableConversation,
} from '../domain/index.js'
import { parseCsv } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/** Outcomes over time: one series with the table conversations' T0/T1, project change suppressed, the research export. */
for (const dialect of testDialects()) {
  describe(`outcome measurements on ${dialect.name}`, () => {
    let t: TestApp
    let professional: Record<string, string>
    let manager: Record<string, string>
    // The eleventh Noord participant is case VS-11 of the demo: table conversations at T0 and T1.
    let participantId: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      professional = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      participantId = t.demo.voorbeeldstad.participantIds.Noord[10] as string
    })
    afterAll(async () => {
      await t.close()
    })

    const series = async () =>
      (
        (
          await t.app.inject({
            url: `/api/v1/outcome-measurements?participantId=${participantId}`,
            headers: professional,
          })
        ).json() as { points: OutcomePoint[] }
      ).points

    it('holds the table conversation’s T0 and T1 in the one series, beside the measurements taken', async () => {
      const recorded = await t.app.inject({
        method: 'POST',
        url: '/api/v1/outcome-measurements',
        headers: professional,
        payload: {
          participantId,
          date: '2026-12-01',
          moment: 'Na afsluiting',
          ladderRung: 5,
          zrm: { financien: 4 },
          trust: { self: 8 },
        },
      })
      expect(recorded.statusCode).toBe(201)
      const points = await series()
      expect(points.map((p) => [p.source, p.moment, p.date])).toEqual([
        ['measurement', 'Intake', expect.any(String)],
        ['conversation', 'T0', '2026-03-12'],
        ['conversation', 'T1', '2026-09-10'],
        ['measurement', 'Na afsluiting', '2026-12-01'],
      ])
      expect(points[3]).toMatchObject({ ladderRung: 5, zrm: { financien: 4 }, trust: { self: 8 } })
      // Nothing of the conversations was copied into the measurements.
      const stored = await t.handle.db
        .selectFrom('outcome_measurements')
        .select('moment')
        .where('participant_id', '=', participantId)
        .execute()
      expect(stored.map((m) => m.moment).sort()).toEqual(['Intake', 'Na afsluiting'])
    })

    it('reads T1 from the conversation itself: a changed conversation changes the series, with no second copy to update', async () => {
      const row = await t.handle.db
        .selectFrom('conversations')
        .select(['id', 'document'])
        .where('participant_id', '=', participantId)
        .where('measurement', '=', 'T1')
        .executeTakeFirstOrThrow()
      const document = row.document as TableConversation
      const changed = {
        ...document,
        outcomes: { ...document.outcomes, ladder: { before: 1, after: 6 } },
      }
      await t.handle.db
        .updateTable('conversations')
        .set({ document: JSON.stringify(changed) })
        .where('id', '=', row.id)
        .execute()
      const t1 = (await series()).find((p) => p.moment === 'T1')
      expect(t1).toMatchObject({ id: row.id, source: 'conversation', ladderRung: 6 })
    })

    it('refuses an empty measurement and progress on a goal the plan does not have, naming the field', async () => {
      const empty = await t.app.inject({
        method: 'POST',
        url: '/api/v1/outcome-measurements',
        headers: professional,
        payload: { participantId, date: '2026-12-01' },
      })
      expect(empty.statusCode).toBe(400)
      expect((empty.json() as Problem).detail).toBeTruthy()
      const goal = await t.app.inject({
        method: 'POST',
        url: '/api/v1/outcome-measurements',
        headers: professional,
        payload: { participantId, date: '2026-12-01', goalProgress: { 'doel-9': 4 } },
      })
      expect(goal.statusCode).toBe(400)
      expect((goal.json() as Problem).issues?.[0]?.field).toBe('body.goalProgress.doel-9')
    })

    it('shows a project’s ladder transitions and ZRM before/after: small cells hidden, the rest rounded to 5', async () => {
      const v = t.demo.voorbeeldstad
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/projects',
        headers: manager,
        payload: {
          name: 'Uitkomsten gemeten',
          periodStart: '2026-01-01',
          periodEnd: '2027-12-31',
          targetGroup: 'Inwoners met een uitkering',
          theoryOfChange: 'Samen werken helpt.',
        },
      })
      const projectId = (created.json() as { project: { id: string } }).project.id
      // 7 participants go from rung 1 to 2 (and ZRM finances 2 → 3), 6 from 2 to 3, 2 stay at 3.
      const paths = [
        ...Array.from({ length: 7 }, () => [1, 2] as const),
        ...Array.from({ length: 6 }, () => [2, 3] as const),
        ...Array.from({ length: 2 }, () => [3, 3] as const),
      ]
      for (const [from, to] of paths) {
        const enrolled = await t.app.inject({
          method: 'POST',
          url: `/api/v1/projects/${projectId}/enrolments`,
          headers: professional,
          payload: { participant: {}, startDate: '2026-02-01' },
        })
        const id = (enrolled.json() as { enrolment: { participantId: string } }).enrolment
          .participantId
        for (const [date, ladderRung, financien] of [
          ['2026-02-01', from, from + 1],
          ['2026-08-01', to, to + 1],
        ] as const)
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/outcome-measurements',
            headers: professional,
            payload: { participantId: id, projectId, date, ladderRung, zrm: { financien } },
          })
      }
      const response = await t.app.inject({
        url: `/api/v1/outcome-measurements/aggregate?projectId=${projectId}`,
        headers: await t.headersFor(v.users.researcher),
      })
      expect(response.statusCode).toBe(200)
      const body = response.json() as OutcomeAggregateResponse
      const cell = (from: number, to: number) =>
        body.ladder.transitions.find((c) => c.from === from && c.to === to)
      expect(body.ladder.transitions).toHaveLength(36)
      expect(body.ladder.total.count).toBe(15)
      expect(cell(1, 2)?.count).toBe(5) // 7, rounded to base 5
      expect(cell(3, 3)).toMatchObject({ count: null, suppression: { kind: 'primary' } })
      expect(cell(6, 1)?.count).toBe(0)
      const finances = body.zrm.find((d) => d.domain === 'financien')
      expect(finances?.total.count).toBe(15)
      const score = (n: number) => finances?.scores.find((s) => s.score === n)
      // First: 7 × 2, 6 × 3, 2 × 4 — the 2 is hidden, and one more so it cannot be worked out
      // from the total of 15. Last: 7 × 3 and 8 × 4, both shown (rounded).
      expect(score(4)?.first).toMatchObject({ count: null, suppression: { kind: 'primary' } })
      expect(
        [score(2)?.first, score(3)?.first].filter((c) => c?.suppression?.kind === 'secondary'),
      ).toHaveLength(1)
      expect([score(3)?.last.count, score(4)?.last.count]).toEqual([5, 10])
      // Every count is either hidden with its reason or a multiple of 5.
      const cells = [
        body.ladder.total,
        ...body.ladder.transitions,
        ...body.zrm.flatMap((d) => [d.total, ...d.scores.flatMap((s) => [s.first, s.last])]),
      ]
      for (const c of cells) {
        if (c.count === null) expect(c.suppression?.reason.nl).toBeTruthy()
        else expect(c.count % 5).toBe(0)
      }
    })

    it('exports one row per participant for researchers under a keyed research key, with no pseudonym or BSN', async () => {
      const response = await t.app.inject({
        url: `/api/v1/outcome-measurements/export?projectId=${t.demo.voorbeeldstad.projectId}`,
        headers: manager,
      })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/text\/csv/)
      expect(response.body).not.toMatch(/P-[0-9A-Z]{8}/)
      const [header, ...rows] = parseCsv(response.body)
      expect(header?.slice(0, 3)).toEqual(['research_id', 'age_band', 'household_type'])
      expect(rows).toHaveLength(40)
      const keys = rows.map((r) => r[0])
      expect(new Set(keys).size).toBe(40)
      for (const key of keys) expect(key).toMatch(/^R-[0-9a-f]{16}$/)
      const column = (name: string) => header?.indexOf(name) ?? -1
      const planned = rows.filter((r) => Number(r[column('plan_versions')]) > 0)
      expect(planned).toHaveLength(16)
      expect(planned.every((r) => Number(r[column('plan_partners')]) >= 1)).toBe(true)
      // The same key on the next export: a researcher can join two exports of one project.
      const again = await t.app.inject({
        url: `/api/v1/outcome-measurements/export?projectId=${t.demo.voorbeeldstad.projectId}`,
        headers: manager,
      })
      expect(parseCsv(again.body).map((r) => r[0])).toEqual([header?.[0], ...keys])
    })
  })
}
