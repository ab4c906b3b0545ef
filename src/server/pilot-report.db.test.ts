// The pilot report over HTTP (issue 16): the demo pilot's page and workbook, who may read it.
import ExcelJS from 'exceljs'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { chromiumPath } from '../report/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`the pilot report on ${dialect.name}`, () => {
    let t: TestApp
    let url: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      url = `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/report`
    })
    afterAll(async () => {
      await t.close()
    })

    it('joins every part of the demo pilot on one page, with its sources', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      const response = await t.app.inject({ url, headers })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-security-policy']).toContain("default-src 'none'")
      const html = response.body
      const headings = [
        'Wat hebben we gedaan?',
        'Wat kostte het?',
        'Wat leverde het op?',
        'Wat hebben we geleerd?',
        'Wat er is gedaan',
        'Capaciteit door de tijd',
        'Fasen van de samenwerking',
        'Startfoto: hoe de partners het zien',
        's en citaten',
        'Resultaat uit de tafelgesprekken',
        'Resultaat uit de registers',
        'Bijlage: verantwoording',
      ]
      // every section, in the server's order (PILOT_REPORT_PARTS)
      const at = headings.map((heading) => html.indexOf(heading))
      expect(at.filter((i) => i < 0)).toEqual([])
      expect([...at].sort((a, b) => a - b)).toEqual(at)
      expect(html).toContain('Elke geïnvesteerde euro levert')
      expect(html).toContain('90%-interval')
      expect(html).toContain('waarnemingen')
      // the demo's partners in different phases, with their reasons on the timeline
      expect(html).toContain('Werk &amp; Inkomen Voorbeeldstad: Ontwerp')
      expect(html).toContain('Wijkteams Voorbeeldstad: Experiment')
      expect(html).toContain('Mandaat om gegevens te delen is nog niet rond')
      expect(html).not.toMatch(/P-[A-Z0-9]{8}/) // no pseudonym of a resident
      // the startfoto's latest round and the coded findings, from the same data as their pages
      expect(html).toMatch(/Ronde 2 \(geopend [0-9-]+\): gemiddelde instemming/)
      expect(html).toContain('anonieme startfoto-vragenlijst van de partners, ronde 2')
      expect(html).toMatch(
        /<h3>Vertrouwen<\/h3><p>\d+ bevindingen, bij \d+ partners?<\/p><blockquote>/,
      )
      const english = await t.app.inject({ url: `${url}?lang=en`, headers })
      expect(english.body).toContain('What did we learn?')
      if (chromiumPath()) {
        const pdf = await t.app.inject({ url: `${url}?format=pdf`, headers })
        expect(pdf.headers['content-type']).toBe('application/pdf')
        const document = await PDFDocument.load(pdf.rawPayload, { updateMetadata: false })
        expect(document.getAuthor()).toBe('Gemeente Voorbeeldstad')
        expect(document.getTitle()).toBe('Pilotrapport — Wijkteam + Werk & Inkomen')
      }
    }, 60_000)

    it('gives the workbook with a sheet per section and the sources', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users.researcher)
      const response = await t.app.inject({ url: `${url}?format=xlsx`, headers })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-disposition']).toContain('pilot-report.xlsx')
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'activities',
        'capacity',
        'phases',
        'startfoto',
        'findings',
        'case-based',
        'register-based',
        'bronnen',
      ])
    })

    it('is for the pilot manager, researcher and controller; another municipality gets 404', async () => {
      const { users } = t.demo.voorbeeldstad
      const controller = await t.headersFor(users.controller)
      expect((await t.app.inject({ url, headers: controller })).statusCode).toBe(200)
      const professional = await t.headersFor(users.professional)
      expect((await t.app.inject({ url, headers: professional })).statusCode).toBe(403)
      const other = await t.headersFor(t.demo.proefdorp.users['pilot-manager'])
      expect((await t.app.inject({ url, headers: other })).statusCode).toBe(404)
    })
  })
}
