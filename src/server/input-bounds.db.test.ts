import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import {
  BOUNDS,
  type ConversationState,
  DATE_YEARS,
  DISCOUNT_RATE_MAX,
  EARLIEST_CPI_YEAR,
  LATEST_CPI_YEAR,
  PRICE_LIST_COLUMNS,
  type Problem,
  STARTER_PRICE_LIST,
} from '../domain/index.js'
import { toCsv } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const putCard = (card: object, scenario = 'interventie') => ({
  id: randomUUID(),
  kind: 'put-card',
  scenario,
  base: null,
  card: { type: 'activity', item: 'KH-GP-CONSULT-AVG', start: '2026-04-01', ...card },
})

const first = testDialects()[0]
if (first) {
  describe(`every number the API accepts is bounded, on ${first.name}`, () => {
    let t: TestApp
    let facilitator: Record<string, string>
    let manager: Record<string, string>

    beforeAll(async () => {
      t = await createTestApp(first)
      const users = t.demo.voorbeeldstad.users
      facilitator = await t.headersFor(users.facilitator)
      manager = await t.headersFor(users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })

    const conversation = () => t.demo.voorbeeldstad.conversationIds[0] as string
    const edit = (edits: object[], headers = facilitator) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversation()}/edits`,
        headers,
        payload: { edits },
      })

    /** Every view of the project's cases that computes with the cards: none may answer 5xx. */
    const projectViews = (query = '') => {
      const project = t.demo.voorbeeldstad.projectId
      return [
        `/api/v1/projects/${project}/conversations`,
        `/api/v1/projects/${project}/business-case${query}`,
        `/api/v1/projects/${project}/business-case/report${query}`,
        `/api/v1/projects/${project}/business-case/report${query ? `${query}&` : '?'}format=xlsx`,
        `/api/v1/projects/${project}/conversations/export`,
        `/api/v1/conversations/${conversation()}`,
        `/api/v1/conversations/${conversation()}/report`,
        `/api/v1/conversations/${conversation()}/report?format=xlsx`,
      ]
    }
    const expectViewsAnswer = async (query = '') => {
      for (const url of projectViews(query)) {
        const response = await t.app.inject({ url, headers: manager })
        expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200)
      }
    }

    it('refuses a card of 1e308 units with the field and the bound, in Dutch and English', async () => {
      const nl = await edit([putCard({ id: 'huge', quantity: 1e308 })])
      expect(nl.statusCode).toBe(400)
      expect((nl.json() as Problem).issues).toEqual([
        expect.objectContaining({ field: 'body.edits.0.card.quantity' }),
      ])
      expect((nl.json() as Problem).detail).toContain(String(BOUNDS.cardQuantity))
      const en = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversation()}/edits`,
        headers: { ...facilitator, 'accept-language': 'en' },
        payload: { edits: [putCard({ id: 'huge', quantity: 1e308 })] },
      })
      expect((en.json() as Problem).detail).toMatch(/too big.*1000000/)
      await expectViewsAnswer()
    })

    it('refuses a rate of 1e300 a day for 1e300 years, and a rate that adds up to too much', async () => {
      const huge = await edit([
        putCard({
          id: 'huge-rate',
          rate: { amount: 1e300, per: 'day', for: { count: 1e300, unit: 'year' } },
        }),
      ])
      expect(huge.statusCode).toBe(400)
      expect((huge.json() as Problem).issues?.map((i) => i.field)).toEqual([
        'body.edits.0.card.rate.amount',
        'body.edits.0.card.rate.for',
      ])
      // each part within its bound, but a million a day for a century is 3.65e10 units
      const product = await edit([
        putCard({
          id: 'long-rate',
          rate: { amount: BOUNDS.cardQuantity, per: 'day', for: { count: 100, unit: 'year' } },
        }),
      ])
      expect(product.statusCode).toBe(400)
      expect(product.json()).toMatchObject({
        issues: [
          {
            field: 'body.edits.0.card.rate',
            message: expect.stringContaining(`${BOUNDS.cardQuantity} eenheden per kaart`),
          },
        ],
      })
      await expectViewsAnswer()
    })

    it('refuses dates that do not exist or lie outside the years a card can have', async () => {
      for (const start of ['2026-13-45', '2026-02-30', '0001-01-01', '9999-12-31']) {
        const response = await edit([putCard({ id: 'date', start, quantity: 1 })])
        expect(response.statusCode, start).toBe(400)
        expect((response.json() as Problem).issues?.[0]?.field).toBe('body.edits.0.card.start')
      }
    })

    it('computes every view of the project with every card, price and query at its extremes', async () => {
      // The municipality's prices at their bound: the largest price, and a range from 0 to it.
      const rows = [
        [...PRICE_LIST_COLUMNS],
        ...STARTER_PRICE_LIST.items.slice(0, 1).map(() => {
          const cells: Record<(typeof PRICE_LIST_COLUMNS)[number], string> = {
            code: 'GROOT',
            name_nl: 'x'.repeat(200),
            name_en: 'x'.repeat(200),
            category: 'test',
            domain: 'wmo',
            unit: 'hour',
            price: String(BOUNDS.priceCents / 100),
            price_year: String(EARLIEST_CPI_YEAR),
            low: '0',
            high: String(BOUNDS.priceCents / 100),
            default_payer: 'gemeente-wmo',
            source_title: 't'.repeat(200),
            source_url: '',
            source_year: '2000',
            notes: 'n'.repeat(10_000),
            needs_local_tariff: 'nee',
            override_reason: '',
          }
          return PRICE_LIST_COLUMNS.map((c) => cells[c])
        }),
      ]
      const imported = await t.app.inject({
        method: 'POST',
        url: '/api/v1/price-list/import',
        headers: manager,
        payload: { format: 'csv', content: toCsv(rows), version: 'grenzen' },
      })
      expect(imported.statusCode, imported.body.slice(0, 300)).toBe(201)
      const century = {
        amount: BOUNDS.cardQuantity / 36_500,
        per: 'day',
        for: { count: 100, unit: 'year' },
      }
      const extremes = [
        { id: 'max', item: 'GROOT', quantity: BOUNDS.cardQuantity },
        { id: 'zero', item: 'GROOT', quantity: 0 },
        { id: 'tiny', item: 'GROOT', quantity: Number.MIN_VALUE },
        { id: 'rate', item: 'GROOT', rate: century },
        { id: 'late', item: 'GROOT', start: `${DATE_YEARS.last}-12-31`, rate: century },
        {
          id: 'early',
          item: 'GROOT',
          start: `${DATE_YEARS.first}-01-01`,
          end: `${DATE_YEARS.last}-12-31`,
          quantity: BOUNDS.cardQuantity,
        },
        {
          id: 'backwards',
          item: 'GROOT',
          start: `${DATE_YEARS.last}-12-31`,
          end: `${DATE_YEARS.first}-01-01`,
          quantity: BOUNDS.cardQuantity,
        },
        { id: 'unknown-item', item: 'X'.repeat(200), quantity: BOUNDS.cardQuantity },
      ]
      const response = await edit(
        extremes.flatMap((card) => [
          putCard(card, 'interventie'),
          putCard({ ...card, id: `${card.id}-r` }, 'referentie'),
        ]),
      )
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200)
      const state = (response.json() as { state: ConversationState }).state
      expect(state.conversation.scenarios.interventie.cards.length).toBeGreaterThan(extremes.length)
      for (const query of [
        '',
        `?baseYear=${EARLIEST_CPI_YEAR}&discountRate=${DISCOUNT_RATE_MAX}`,
        `?baseYear=${LATEST_CPI_YEAR}&discountRate=-0.01`,
      ])
        await expectViewsAnswer(query)
    })
  })
}

/** An MKBA model with every number at the edge of what the model file accepts. */
function extremeModel(discountRate: number) {
  const big = BOUNDS.any
  const distributions = [
    { distribution: 'fixed', value: -big },
    { distribution: 'uniform', low: -big, high: big },
    { distribution: 'triangular', low: -big, mode: big, high: big },
    { distribution: 'pert', low: -big, mode: -big, high: big },
    { distribution: 'normal', mean: big, sd: big },
    { distribution: 'lognormal', mean: Number.MIN_VALUE, sd: big },
    { distribution: 'lognormal', mean: big, sd: 0 },
    { distribution: 'effect', estimate: -big, se: big, multiplier: BOUNDS.count },
  ]
  const parameters = [
    'quantity',
    'unitValue',
    'deadweight',
    'attribution',
    'displacement',
    'dropOff',
  ]
  return {
    name: 'n'.repeat(200),
    description: 'd'.repeat(10_000),
    baseYear: 1900,
    priceYear: 2200,
    horizonYears: 200,
    discountRate,
    timing: 'end-of-year',
    stakeholders: ['gemeente', 'inwoner'],
    discountRateUncertainty: { distribution: 'uniform', low: -0.01, high: DISCOUNT_RATE_MAX },
    items: [
      ...distributions.map((d, i) => ({
        id: `flow-${i}`,
        kind: i % 2 === 0 ? 'cost' : 'benefit',
        category: 'financial',
        stakeholder: 'gemeente',
        quantity: i % 2 === 0 ? BOUNDS.count : -BOUNDS.count,
        unitValue: i % 2 === 0 ? BOUNDS.euros : -BOUNDS.euros,
        startYear: 1900,
        durationYears: 200,
        dropOff: 1,
        uncertainty: Object.fromEntries(parameters.map((p) => [p, d])),
      })),
      {
        id: 'years',
        kind: 'cost',
        category: 'transfer',
        stakeholder: 'gemeente',
        counterparty: 'inwoner',
        years: Object.fromEntries(
          Array.from({ length: 301 }, (_, k) => [
            String(1900 + k),
            k % 2 ? BOUNDS.euros : -BOUNDS.euros,
          ]),
        ),
        discountRate: -0.01,
        upfront: true,
        uncertainty: { amount: distributions[4] },
      },
    ],
    scenarios: [
      {
        id: 'max',
        name: 'max',
        overrides: {
          'flow-0': {
            quantity: BOUNDS.count,
            unitValue: BOUNDS.euros,
            durationYears: 200,
            startYear: 2200,
            deadweight: 1,
          },
        },
      },
    ],
  }
}

if (first) {
  describe(`an MKBA model at its bounds, on ${first.name}`, () => {
    let t: TestApp
    let manager: Record<string, string>
    beforeAll(async () => {
      t = await createTestApp(first)
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })
    const url = () => `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba`

    it('refuses numbers beyond the bounds with their fields', async () => {
      const model = extremeModel(0.0225)
      const item = model.items[0] as Record<string, unknown>
      const response = await t.app.inject({
        method: 'PUT',
        url: url(),
        headers: manager,
        payload: { ...model, items: [{ ...item, quantity: 1e308, unitValue: -1e300 }] },
      })
      expect(response.statusCode).toBe(400)
      expect((response.json() as Problem).issues?.map((i) => i.field)).toEqual([
        'body.items.0.quantity',
        'body.items.0.unitValue',
      ])
      const seed = await t.app.inject({ url: `${url()}/report?seed=1e300`, headers: manager })
      expect(seed.statusCode).toBe(400)
    })

    for (const rate of [-0.01, DISCOUNT_RATE_MAX]) {
      it(`saves it and reports it at a discount rate of ${rate}, never answering 5xx`, async () => {
        const saved = await t.app.inject({
          method: 'PUT',
          url: url(),
          headers: manager,
          payload: extremeModel(rate),
        })
        expect(saved.statusCode, saved.body.slice(0, 500)).toBe(200)
        for (const query of [`?draws=200&seed=${BOUNDS.seed}`, '?draws=0&seed=0&format=xlsx']) {
          const report = await t.app.inject({ url: `${url()}/report${query}`, headers: manager })
          expect(report.statusCode, `${query}: ${report.body.slice(0, 500)}`).toBe(200)
        }
        expect((await t.app.inject({ url: url(), headers: manager })).statusCode).toBe(200)
      })
    }
  })
}
