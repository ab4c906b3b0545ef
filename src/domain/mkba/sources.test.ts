import { describe, expect, it } from 'vitest'
import type { PriceListItem } from '../price-list/price-list.js'
import { parseMkbaModel } from './parse-model.js'
import {
  effectOutcomes,
  itemFromCases,
  itemFromEffect,
  itemFromPrice,
  priceResolver,
} from './sources.js'

const item: PriceListItem = {
  code: 'TEST-UUR',
  name: { nl: 'Uur begeleiding', en: 'Hour of support' },
  category: 'begeleiding',
  domain: 'wmo',
  unit: 'uur',
  priceCents: 10_000,
  priceYear: 2022,
  lowCents: 8_000,
  highCents: 12_000,
  defaultPayer: 'gemeente-wmo',
  needsLocalTariff: false,
}
const model = {
  name: 'm',
  baseYear: 2024,
  priceYear: 2024,
  horizonYears: 3,
  stakeholders: ['inwoner'],
}

describe('model items from their sources', () => {
  it('values a price-list item at the model’s price year with the CPI (2022 → 2024: × 1.038 × 1.033)', () => {
    const picked = itemFromPrice(item, model, 'p1')
    expect(picked).toMatchObject({
      unitValueFrom: { priceListItem: 'TEST-UUR' },
      stakeholder: 'gemeente-wmo',
    })
    const u = (picked?.uncertainty?.unitValue ?? {}) as { low: number; mode: number; high: number }
    expect(u.mode).toBeCloseTo(107.2254, 10)
    expect(u.low).toBeCloseTo(85.78032, 10)
    expect(u.high).toBeCloseTo(128.67048, 10)
    const parsed = parseMkbaModel(
      { ...model, stakeholders: ['gemeente-wmo'], items: [picked] },
      { price: priceResolver({ id: 'x', version: '1', items: [item] }) },
    )
    expect(parsed.items[0]).toMatchObject({ unitValue: expect.closeTo(107.2254, 10) })
    expect(
      itemFromPrice({ ...item, priceCents: undefined, needsLocalTariff: true }, model, 'p2'),
    ).toBeUndefined()
  })

  it('adds a price-list item as a cost of the model’s own stakeholder for its payer', () => {
    // An hour of a Wmo worker is a cost; a model that counts the municipality as one
    // stakeholder gets it as `gemeente`, not a second municipal stakeholder beside it.
    const withGemeente = { ...model, stakeholders: ['gemeente', 'inwoner'] }
    expect(itemFromPrice(item, withGemeente, 'p1')).toMatchObject({
      kind: 'cost',
      stakeholder: 'gemeente',
    })
    const withWmo = { ...model, stakeholders: ['gemeente', 'gemeente-wmo'] }
    expect(itemFromPrice(item, withWmo, 'p1')).toMatchObject({ stakeholder: 'gemeente-wmo' })
  })

  it('prices with the business case’s rule: an item without a price year has no tariff', () => {
    const list = { id: 'x', version: '1', items: [{ ...item, priceYear: undefined }] }
    expect(priceResolver(list)('TEST-UUR', 2024)).toEqual({
      problem: 'no-tariff',
      code: 'TEST-UUR',
    })
    expect(priceResolver(list)('NOPE', 2024)).toEqual({ problem: 'not-in-list', code: 'NOPE' })
  })

  it('takes an effect estimate as quantity: 500 participants × 0.13 = 65, drawn on its SE', () => {
    const [work] = effectOutcomes({
      outcomes: [{ name: 'work', type: 'binary', estimate: 0.13, se: 0.04082 }, { name: 'x' }],
    })
    expect(work).toBeDefined()
    const picked = itemFromEffect(
      work as NonNullable<typeof work>,
      500,
      model,
      'e1',
      'analyse.json',
    )
    expect(picked.quantity).toBeCloseTo(65, 12)
    expect(picked.uncertainty?.quantity).toMatchObject({
      distribution: 'effect',
      estimate: 0.13,
      se: 0.04082,
      multiplier: 500,
    })
  })

  it('scales the mean saving per case to n cases with sd from the 95% interval', () => {
    const picked = itemFromCases(
      { label: 'Besparing', stakeholder: 'gemeente-wmo', mean: 1000 },
      { low: 608.007, high: 1391.993 },
      12,
      model,
      'c1',
    )
    expect(picked).toMatchObject({ kind: 'benefit', quantity: 12, unitValue: 1000 })
    expect((picked.uncertainty?.unitValue as { sd: number } | undefined)?.sd).toBeCloseTo(200, 3)
    expect(
      itemFromCases({ label: 'x', stakeholder: 's', mean: -50 }, undefined, 3, model, 'c2'),
    ).toMatchObject({
      kind: 'cost',
      unitValue: 50,
    })
  })
})
