import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { DEMO_MKBA_MODEL } from '../demo/index.js'
import {
  type ActivePriceListResponse,
  compareMkbaModels,
  itemFromPrice,
  type MkbaModelFileInput,
  parseMkbaModel,
} from '../domain/index.js'
import { readFirstSheet } from '../files/index.js'
import { analyseMkba } from '../mkba/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`the MKBA report over HTTP on ${dialect.name}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect)
    })
    afterAll(async () => {
      await t.close()
    })
    const report = async (role: 'pilot-manager' | 'researcher' | 'facilitator', query: string) =>
      t.app.inject({
        url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba/report?${query}`,
        headers: await t.headersFor(t.demo.voorbeeldstad.users[role]),
      })

    it('prints the saved model with the engine’s numbers and a seeded Monte Carlo', async () => {
      const page = await report('pilot-manager', 'lang=en&draws=2000&seed=7')
      expect(page.statusCode).toBe(200)
      expect(page.headers['content-type']).toMatch(/text\/html/)
      expect(page.headers['content-security-policy']).toContain("default-src 'none'")
      const expected = analyseMkba(parseMkbaModel(DEMO_MKBA_MODEL), { draws: 2000, seed: 7 })
      const cents = (v: number | null) => `€${(v ?? 0).toFixed(2)}`
      expect(page.body).toContain(cents(expected.ratio))
      expect(page.body).toContain(cents(expected.ratioFinancial))
      expect(page.body).toContain('2,000') // the draws, in the report's words
      // Same seed, same report; another seed, another Monte Carlo. (Plot numbers its markers
      // per process, and the report says when it was made, so those are left out.)
      const comparable = (body: string) =>
        body.replace(/plot-marker-\d+/g, 'm').replace(/made [^·<]+/, 'made')
      const again = async (seed: number) =>
        comparable((await report('pilot-manager', `lang=en&draws=2000&seed=${seed}`)).body)
      const first = comparable(page.body)
      expect(await again(7)).toBe(first)
      expect(await again(8)).not.toBe(first)
    })

    it('marks a report draft unless the pilot manager asks for the final one, with who, what and which version', async () => {
      const draft = await report('researcher', 'draws=0')
      expect(draft.statusCode).toBe(200)
      expect(draft.body).toContain('CONCEPT — niet voor besluitvorming')
      expect(draft.body).toMatch(
        /Gemeente Voorbeeldstad · opgesteld door [^·]+ · gemaakt [^·]+ · modelversie \d+ van/,
      )
      expect((await report('researcher', 'draws=0&status=final')).statusCode).toBe(403)
      const final = await report('pilot-manager', 'draws=0&status=final&lang=en')
      expect(final.statusCode).toBe(200)
      expect(final.body).toContain('>Final<')
      expect(final.body).not.toContain('DRAFT')
      // The appendix: every item with its source, and the terms.
      expect(final.body).toContain('<h2>Every item</h2>')
      expect(final.body).toContain('<dt>Present value</dt>')
    })

    it('gives researchers the workbook, and facilitators nothing', async () => {
      const workbook = await report('researcher', 'format=xlsx&draws=0')
      expect(workbook.statusCode).toBe(200)
      expect(workbook.headers['content-disposition']).toContain('mkba.xlsx')
      const rows = await readFirstSheet(new Uint8Array(workbook.rawPayload))
      expect(rows.length).toBeGreaterThan(3)
      expect((await report('facilitator', 'format=xlsx')).statusCode).toBe(403)
    })

    it('saves, reloads and reports items taken from the price list, municipal and Kostenhandleiding', async () => {
      // The builder's path: pick from GET /price-list, add with itemFromPrice, save, reload,
      // report. (The save once priced nothing and answered 400 "prijslijstpost … niet gevonden".)
      const headers = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      const url = `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba`
      const prices = (
        await t.app.inject({ url: '/api/v1/price-list', headers })
      ).json<ActivePriceListResponse>()
      const demo = DEMO_MKBA_MODEL as MkbaModelFileInput
      const pick = (code: string, id: string) => {
        const item = prices.list.items.find((i) => i.code === code)
        if (!item) throw new Error(`${code} not in the demo list`)
        return itemFromPrice(item, demo, id)
      }
      const hour = pick('WIJKTEAM-UUR', 'prijs-1')
      const kh = prices.list.items.find((i) => i.code.startsWith('KH-') && i.priceCents)
      const model = {
        ...demo,
        items: [...demo.items, hour, pick(kh?.code ?? '', 'prijs-2')],
      }
      // An hour of a wijkteam worker is a cost of the model's own municipality.
      expect(hour).toMatchObject({ kind: 'cost', stakeholder: 'gemeente' })
      const saved = await t.app.inject({ method: 'PUT', url, headers, payload: model })
      expect(saved.statusCode, saved.body).toBe(200)
      const reloaded = (await t.app.inject({ url, headers })).json<{ model: unknown }>()
      expect(reloaded.model).toMatchObject(JSON.parse(JSON.stringify(model)))
      const page = await report('pilot-manager', 'lang=nl&draws=0')
      expect(page.statusCode).toBe(200)
      // A code the list does not have is refused with the reason, naming the item.
      const typo = { ...model, items: [{ ...hour, unitValueFrom: { priceListItem: 'GEEN-UUR' } }] }
      const refused = await t.app.inject({ method: 'PUT', url, headers, payload: typo })
      expect(refused.statusCode).toBe(400)
      expect(refused.body).toContain('GEEN-UUR staat niet in de prijslijst')
      await t.app.inject({ method: 'PUT', url, headers, payload: demo })
    })

    it('keeps every save as a version: list, read, compare, restore; a researcher reads but cannot overwrite', async () => {
      const v = t.demo.voorbeeldstad
      const manager = await t.headersFor(v.users['pilot-manager'])
      const researcher = await t.headersFor(v.users.researcher)
      const url = `/api/v1/projects/${v.projectId}/mkba`
      const demo = DEMO_MKBA_MODEL as MkbaModelFileInput
      const before = (await t.app.inject({ url, headers: manager })).json<{ version: number }>()
      const changed = { ...demo, horizonYears: demo.horizonYears + 1 }
      const saved = await t.app.inject({ method: 'PUT', url, headers: manager, payload: changed })
      expect(saved.json()).toMatchObject({ version: before.version + 1 })
      const list = await t.app.inject({ url: `${url}/versions`, headers: researcher })
      expect(list.statusCode).toBe(200)
      const { versions } = list.json<{
        versions: Array<{ version: number; savedBy: { name: string } | null }>
      }>()
      expect(versions[0]).toMatchObject({ version: before.version + 1 })
      expect(versions[0]?.savedBy?.name).toBeTruthy()
      const older = await t.app.inject({
        url: `${url}/versions/${before.version}`,
        headers: researcher,
      })
      expect(older.statusCode).toBe(200)
      const comparison = compareMkbaModels(older.json().model, saved.json().model)
      expect(comparison.settings.map((c) => c.field)).toEqual(['horizonYears'])
      // The researcher copies (reads, exports) but does not save over the municipality's model.
      const overwrite = await t.app.inject({
        method: 'PUT',
        url,
        headers: researcher,
        payload: demo,
      })
      expect(overwrite.statusCode).toBe(403)
      const restoreUrl = `${url}/versions/${before.version}/restore`
      expect(
        (await t.app.inject({ method: 'POST', url: restoreUrl, headers: researcher, payload: {} }))
          .statusCode,
      ).toBe(403)
      const restored = await t.app.inject({
        method: 'POST',
        url: restoreUrl,
        headers: manager,
        payload: {},
      })
      expect(restored.statusCode).toBe(200)
      expect(restored.json()).toMatchObject({ version: before.version + 2 })
      const now = (await t.app.inject({ url, headers: manager })).json<{ model: unknown }>()
      expect(now.model).toEqual(older.json().model)
      // Two saves at once get two numbers (the working-copy row's lock orders them).
      const both = await Promise.all(
        [1, 2].map(() => t.app.inject({ method: 'PUT', url, headers: manager, payload: changed })),
      )
      expect(both.map((r) => r.json<{ version: number }>().version).sort((a, b) => a - b)).toEqual([
        before.version + 3,
        before.version + 4,
      ])
      const missing = await t.app.inject({ url: `${url}/versions/999`, headers: manager })
      expect(missing.statusCode).toBe(404)
      // Each save and restore, and the refused ones, is in the audit log with the project.
      const audited = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'allowed'])
        .where('object_id', '=', v.projectId)
        .where('action', 'in', [
          'PUT /api/v1/projects/:id/mkba',
          'POST /api/v1/projects/:id/mkba/versions/:version/restore',
        ])
        .execute()
      expect(audited.filter((a) => a.allowed).length).toBeGreaterThanOrEqual(2)
    })

    it("refuses a report whose draws × uncertain inputs exceed the server's work budget, saying what fits", async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      const url = `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba`
      const item = (i: number) => ({
        id: `post-${i}`,
        kind: 'benefit',
        category: 'financial',
        stakeholder: 'gemeente',
        quantity: 10,
        unitValue: 100,
        startYear: 2026,
        durationYears: 1,
        uncertainty: { quantity: { distribution: 'uniform', low: 5, high: 15 } },
      })
      const model = {
        name: 'Veel onzekerheid',
        baseYear: 2026,
        priceYear: 2026,
        horizonYears: 3,
        stakeholders: ['gemeente'],
        items: [
          {
            id: 'kosten',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'gemeente',
            years: { 2026: 1000 },
          },
          ...Array.from({ length: 150 }, (_, i) => item(i)),
        ],
      }
      const saved = await t.app.inject({ method: 'PUT', url, headers, payload: model })
      expect(saved.statusCode, saved.body).toBe(200)
      const refused = await report('pilot-manager', 'draws=200000&format=xlsx')
      expect(refused.statusCode).toBe(400)
      expect(refused.body).toContain(
        '150 onzekere invoeren × 200000 trekkingen; vraag hoogstens 133333 trekkingen',
      )
      expect((await report('pilot-manager', 'draws=100000&format=xlsx')).statusCode).toBe(200)
      await t.app.inject({ method: 'PUT', url, headers, payload: DEMO_MKBA_MODEL as object })
    }, 120_000)

    it('refuses a draw count out of range with the field named', async () => {
      const response = await report('pilot-manager', 'draws=5000000')
      expect(response.statusCode).toBe(400)
      expect(response.body).toContain('draws')
    })
  })
}
