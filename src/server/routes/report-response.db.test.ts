import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../db/index.js'
import { chromiumPath, createPdfRenderer, launchChromium } from '../../report/index.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'

const PAGE = '<!doctype html><html lang="nl"><title>t</title><p>Bezet</p></html>'

for (const dialect of testDialects()) {
  describe.skipIf(chromiumPath() === undefined)(`report PDFs over HTTP on ${dialect.name}`, () => {
    // One print at a time and none waiting, so one render held by the test fills the queue:
    // the browser starts only when the test opens the gate, so that render cannot finish first.
    let openGate = () => {}
    const gate = new Promise<void>((resolve) => {
      openGate = resolve
    })
    const pdf = createPdfRenderer({
      maxConcurrent: 1,
      maxWaiting: 0,
      launch: () => gate.then(launchChromium),
    })
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect, { pdf })
    })
    afterAll(async () => {
      await t.close()
      await pdf.close()
    })
    const reportPdf = async (language: string) =>
      t.app.inject({
        url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba/report?format=pdf&draws=100`,
        headers: {
          ...(await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])),
          'accept-language': language,
        },
      })

    it('answers 503 with a message in the user’s language while the PDF queue is full', async () => {
      const held = pdf.render(PAGE)
      const dutch = await reportPdf('nl')
      const english = await reportPdf('en')
      openGate()
      await held
      for (const response of [dutch, english]) {
        expect(response.statusCode).toBe(503)
        expect(response.headers['retry-after']).toBe('30')
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/)
        expect(response.json()).toMatchObject({ status: 503, code: 'unavailable' })
      }
      expect(dutch.json().detail).toContain('te veel PDF’s tegelijk')
      expect(english.json().detail).toContain('Too many PDFs')

      // Once the queue is free, the same request prints.
      const printed = await reportPdf('nl')
      expect(printed.statusCode).toBe(200)
      expect(printed.headers['content-type']).toBe('application/pdf')
      expect(printed.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    })
  })
}
