import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AggregateDimension, countParticipantsBy, testDialects } from '../db/index.js'
import type { AggregateCell, AggregateResponse } from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const DIMENSIONS = {
  ladderRung: 'ladder_rung',
  district: 'district',
  ageBand: 'age_band',
  householdType: 'household_type',
} as const satisfies Record<string, AggregateDimension>

const tables = (a: AggregateResponse) => [
  a.byLadderRung,
  a.byDistrict,
  a.byAgeBand,
  a.byHouseholdType,
]

for (const dialect of testDialects()) {
  describe(`the researcher's aggregates on ${dialect.name}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect)
    })
    afterAll(() => t.close())

    async function aggregate(): Promise<AggregateResponse> {
      const response = await t.app.inject({
        url: `/api/v1/research/participants/aggregate?projectId=${t.demo.voorbeeldstad.projectId}`,
        headers: await t.headersFor(t.demo.voorbeeldstad.users.researcher),
      })
      expect(response.statusCode).toBe(200)
      return response.json()
    }

    it('hides the small single-parent cell and a second cell, and says why in Dutch and English', async () => {
      const a = await aggregate()
      const singleParent = a.byHouseholdType.find((c) => c.value === 'single-parent')
      expect(singleParent).toMatchObject({
        count: null,
        suppression: { kind: 'primary', reason: { nl: 'Minder dan 5 deelnemers.' } },
      })
      const hidden = (cells: AggregateCell[]) => cells.filter((c) => c.suppression !== null)
      expect(hidden(a.byHouseholdType).map((c) => c.suppression?.kind)).toContain('secondary')
      for (const cells of tables(a)) {
        // With the total shown, one hidden cell would be the total minus the others.
        expect(hidden(cells).length).not.toBe(1)
        for (const cell of cells) {
          if (cell.suppression) expect(cell.count).toBeNull()
          else expect((cell.count ?? 1) % a.roundingBase).toBe(0)
          expect(cell.suppression?.reason.en ?? 'shown').toMatch(/\w/)
        }
      }
    })

    it('one more participant in cells that do not cross a rounding step changes nothing visible', async () => {
      // The attack of issue 11: watch the table before and after one enrolment. The newcomer
      // is placed, in every dimension, in a shown cell whose count is not 2 more than a
      // multiple of 5 (the step where rounding to 5 moves), as is the total.
      const before = await aggregate()
      const newcomer: Record<string, string | number> = {}
      for (const [d, [field, dimension]] of Object.entries(DIMENSIONS).entries()) {
        const exact = await countParticipantsBy(t.handle.db, {
          municipalityId: t.demo.voorbeeldstad.municipalityId,
          projectId: t.demo.voorbeeldstad.projectId,
          dimension,
          at: new Date(),
        })
        const shown = tables(before)[d]?.filter((c) => c.suppression === null) ?? []
        const steady = exact.find(
          (c) =>
            c.value !== 'unknown' &&
            c.count % 5 !== 2 &&
            shown.some((cell) => cell.value === c.value),
        )
        expect(steady, field).toBeDefined()
        newcomer[field] = field === 'ladderRung' ? Number(steady?.value) : String(steady?.value)
      }
      const total = await participantCount()
      expect(total % 5).not.toBe(2)
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: await t.headersFor(t.demo.voorbeeldstad.users.professional),
        payload: { ...newcomer, projectId: t.demo.voorbeeldstad.projectId },
      })
      expect(created.statusCode).toBe(201)
      expect(await participantCount()).toBe(total + 1)
      expect(await aggregate()).toEqual(before)
    })

    async function participantCount(): Promise<number> {
      const response = await t.app.inject({
        url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}`,
        headers: await t.headersFor(t.demo.voorbeeldstad.users.researcher),
      })
      return (response.json() as { project: { participantCount: number } }).project.participantCount
    }
  })
}
