import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveMunicipalPriceList, testDialects } from '../db/index.js'
import type { ActivePriceListResponse, Problem } from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`price-list versions over HTTP on ${dialect.name}`, () => {
    let t: TestApp
    let manager: Record<string, string>

    beforeAll(async () => {
      t = await createTestApp(dialect)
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })

    const active = async () =>
      (
        await t.app.inject({ url: '/api/v1/price-list', headers: manager })
      ).json() as ActivePriceListResponse

    it('serves the demo municipality its own version and another municipality the starter list', async () => {
      expect(await active()).toMatchObject({ source: 'municipality', list: { version: '2026.1' } })
      const other = await t.headersFor(t.demo.proefdorp.users['pilot-manager'])
      const answer = (await t.app.inject({ url: '/api/v1/price-list', headers: other })).json()
      expect(answer).toMatchObject({ source: 'starter', createdAt: null })
    })

    it('exports CSV and XLSX that import again as a new version', async () => {
      const csv = await t.app.inject({
        url: '/api/v1/price-list/export?format=csv',
        headers: manager,
      })
      expect(csv.headers['content-type']).toMatch(/text\/csv/)
      const imported = await t.app.inject({
        method: 'POST',
        url: '/api/v1/price-list/import',
        headers: manager,
        payload: { format: 'csv', content: csv.body, version: '2026.2', note: 'ronde trip' },
      })
      expect(imported.statusCode).toBe(201)
      const before = (await active()).list
      expect(before.version).toBe('2026.2')

      const xlsx = await t.app.inject({
        url: '/api/v1/price-list/export?format=xlsx',
        headers: manager,
      })
      expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/)
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/price-list/import',
        headers: manager,
        payload: { format: 'xlsx', content: xlsx.rawPayload.toString('base64'), version: '2026.3' },
      })
      expect(again.statusCode).toBe(201)
      expect((await active()).list.items).toEqual(before.items)
    })

    it('rejects a file with a wrong row as a whole, naming the row and column in the user’s language', async () => {
      const csv = (await t.app.inject({ url: '/api/v1/price-list/export', headers: manager })).body
      const lines = csv.split('\r\n')
      lines[3] = (lines[3] as string).replace(
        /,wmo,|,participatiewet,|,health-insurance,|,income,|,justice,|,housing,|,long-term-care,|,jeugdwet,|,education,/,
        ',zorg,',
      )
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/price-list/import',
        headers: { ...manager, 'accept-language': 'nl' },
        payload: { format: 'csv', content: lines.join('\r\n'), version: '2026.9' },
      })
      expect(refused.statusCode).toBe(400)
      expect((refused.json() as Problem).issues).toEqual([
        expect.objectContaining({
          row: 4,
          column: 'domain',
          message: expect.stringMatching(/^Onbekend domein 'zorg'/),
        }),
      ])
      expect((await active()).list.version).toBe('2026.3')
      const versions = (
        await t.app.inject({ url: '/api/v1/price-list/versions', headers: manager })
      ).json() as {
        versions: { version: string }[]
      }
      expect(versions.versions.map((v) => v.version)).toEqual(['2026.3', '2026.2', '2026.1'])
    })

    it('refuses a line break in a version name, and exports a list named so before', async () => {
      const csv = (await t.app.inject({ url: '/api/v1/price-list/export', headers: manager })).body
      for (const version of ['2026.4\r\nSet-Cookie: x=1', '2026.4\n', 'a\tb']) {
        const refused = await t.app.inject({
          method: 'POST',
          url: '/api/v1/price-list/import',
          headers: manager,
          payload: { format: 'csv', content: csv, version },
        })
        expect(refused.statusCode, version).toBe(400)
        expect((refused.json() as Problem).issues).toEqual([
          { field: 'body.version', message: expect.stringContaining('regel') },
        ])
      }
      const { list } = await active()
      await saveMunicipalPriceList(t.handle.db, {
        municipalityId: t.demo.voorbeeldstad.municipalityId,
        list: { ...list, version: '2026.5\r\nSet-Cookie: x=1 "é"' },
        note: null,
        userId: null,
      })
      for (const format of ['csv', 'xlsx']) {
        const exported = await t.app.inject({
          url: `/api/v1/price-list/export?format=${format}`,
          headers: manager,
        })
        expect(exported.statusCode, format).toBe(200)
        expect(exported.headers['content-disposition']).toBe(
          `attachment; filename="prijslijst-2026.5-Set-Cookie-x-1-.${format}"`,
        )
        expect(exported.headers['set-cookie']).toBeUndefined()
      }
    })

    it('lists at most a hundred problems of a file, each echoing at most 80 characters of its cell', async () => {
      const csv = (await t.app.inject({ url: '/api/v1/price-list/export', headers: manager })).body
      const [header, row] = csv.split('\r\n') as [string, string]
      const domain = header.split(',').indexOf('domain')
      const bad = row.split(',')
      bad[domain] = 'z'.repeat(2_000)
      const lines = [header, ...Array.from({ length: 300 }, () => bad.join(','))]
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/price-list/import',
        headers: manager,
        payload: { format: 'csv', content: lines.join('\r\n'), version: '2026.6' },
      })
      expect(refused.statusCode).toBe(400)
      const issues = (refused.json() as Problem).issues ?? []
      expect(issues).toHaveLength(101)
      expect(issues.at(-1)?.message).toMatch(/^en nog \d+ problemen/)
      for (const issue of issues) expect(issue.message.length).toBeLessThan(300)
      expect(refused.body.length).toBeLessThan(100_000)
    })
  })
}
