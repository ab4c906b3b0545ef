import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/** "Today" on the server is the date in Amsterdam, not in UTC (domain todayInAmsterdam). */
for (const dialect of testDialects()) {
  describe(`today's date on the server on ${dialect.name}`, () => {
    let t: TestApp
    let clock = new Date('2026-03-01T23:30:00Z')

    beforeAll(async () => {
      t = await createTestApp(dialect, { now: () => clock })
    })
    afterAll(async () => {
      await t.close()
    })

    it.each([
      ['2026-03-01T23:30:00Z', '2026-03-02'],
      ['2026-07-01T22:30:00Z', '2026-07-02'],
    ])('a participant enrolled at %s starts on %s, the date in Amsterdam', async (at, date) => {
      clock = new Date(at)
      const v = t.demo.voorbeeldstad
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: await t.headersFor(v.users.professional),
        payload: { projectId: v.projectId },
      })
      expect(response.statusCode).toBe(201)
      const { participant } = response.json() as {
        participant: { enrolments: { projectId: string; startDate: string }[] }
      }
      expect(participant.enrolments).toEqual([
        expect.objectContaining({ projectId: v.projectId, startDate: date }),
      ])
    })
  })
}
