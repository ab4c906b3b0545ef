import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../db/index.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'
import { heavyMkbaModelFile } from './testing/heavy-model.js'

/** A promise that resolves after `ms`, on the event loop the server shares with this test. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

for (const dialect of testDialects()) {
  describe(`the server while a report is computed, on ${dialect.name}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect)
    })
    afterAll(async () => {
      await t.close()
    })

    it('answers health and the participant list before a 200,000-draw MKBA report is done', async () => {
      const { projectId, users } = t.demo.voorbeeldstad
      const managerHeaders = await t.headersFor(users['pilot-manager'])
      const professionalHeaders = await t.headersFor(users.professional)
      // A model whose 200,000 draws take seconds (the demo's take a fraction of one).
      const saved = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/projects/${projectId}/mkba`,
        headers: managerHeaders,
        payload: heavyMkbaModelFile(100, 20),
      })
      expect(saved.statusCode).toBe(200)
      const done: string[] = []
      const track = <T>(name: string, request: Promise<T>) =>
        request.then((response) => {
          done.push(name)
          return response
        })

      const report = track(
        'report',
        t.app.inject({
          url: `/api/v1/projects/${projectId}/mkba/report?draws=200000&seed=3`,
          headers: managerHeaders,
        }),
      )
      // Let the report read its model and start its draws (those take seconds). The order of
      // events is what is checked, not a duration: on a server whose thread computes the draws,
      // this timer fires only once the draws are over, and so do the two requests after it.
      await pause(200)
      const health = track('health', t.app.inject({ url: '/api/v1/health' }))
      const participants = track(
        'participants',
        t.app.inject({ url: '/api/v1/participants', headers: professionalHeaders }),
      )
      const [reportResponse, healthResponse, participantsResponse] = await Promise.all([
        report,
        health,
        participants,
      ])

      expect(reportResponse.statusCode).toBe(200)
      expect(reportResponse.body).toContain('200.000') // the draws, in the report's Dutch words
      expect(healthResponse.statusCode).toBe(200)
      expect(participantsResponse.statusCode).toBe(200)
      expect(done.indexOf('health')).toBeLessThan(done.indexOf('report'))
      expect(done.indexOf('participants')).toBeLessThan(done.indexOf('report'))
    })
  })
}
