import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../db/index.js'
import { chromiumPath, createPdfRenderer, launchChromium } from '../../report/index.js'
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

  describe.skipIf(chromiumPath() === undefined)(
    `the server while a case report is printed, on ${dialect.name}`,
    () => {
      // The browser starts only when the test opens the gate, so the PDF cannot be done before
      // the test has asked for health; `printing` resolves once the report waits for it.
      let openGate = () => {}
      const gate = new Promise<void>((resolve) => {
        openGate = resolve
      })
      let printingStarted = () => {}
      const printing = new Promise<void>((resolve) => {
        printingStarted = resolve
      })
      const pdf = createPdfRenderer({
        launch: () => {
          printingStarted()
          return gate.then(launchChromium)
        },
      })
      let t: TestApp
      beforeAll(async () => {
        t = await createTestApp(dialect, { pdf })
      })
      afterAll(async () => {
        await t.close()
        await pdf.close()
      })

      it('answers health while a case report (participant data) is printed to PDF', async () => {
        const { conversationIds, users } = t.demo.voorbeeldstad
        const headers = await t.headersFor(users.controller)
        const done: string[] = []
        const report = t.app
          .inject({ url: `/api/v1/conversations/${conversationIds[0]}/report?format=pdf`, headers })
          .then((response) => {
            done.push('report')
            return response
          })
        await printing
        const health = t.app.inject({ url: '/api/v1/health' }).then((response) => {
          done.push('health')
          return response
        })
        // Not a duration that is checked: this only keeps a server that waits for the PDF
        // before it answers health from hanging the test, so that it fails on the order instead.
        const fallback = setTimeout(openGate, 10_000)
        const healthResponse = await health
        openGate()
        clearTimeout(fallback)
        const reportResponse = await report
        expect(healthResponse.statusCode).toBe(200)
        expect(reportResponse.statusCode).toBe(200)
        expect(reportResponse.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
        expect(done).toEqual(['health', 'report'])
      })
    },
  )
}
