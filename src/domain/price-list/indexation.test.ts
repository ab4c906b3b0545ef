import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
import { indexPrice } from './indexation.js'
import { STARTER_PRICE_LIST } from './starter.js'

describe('indexPrice', () => {
  it('reproduces the Kostenhandleiding 2023 prices from 2022 exactly (one CPI step, 1.038)', () => {
    // research/data: "Contact social work" 127 (2022) → 131.826 (2023)
    expect(indexPrice(127, 2022, 2023)).toBeCloseTo(131.826, 10)
    expect(indexPrice(3605, 2022, 2023)).toBeCloseTo(3741.99, 9)
  })

  it('agrees with the manual’s 2024 column within its rounding of the cumulative factor (≤ 0.07%)', () => {
    expectClose(indexPrice(127, 2022, 2024), 136.271, 7.1e-4)
  })

  it('goes back in time with the inverse factors, and round-trips', () => {
    const up = indexPrice(100, 2015, 2024) ?? Number.NaN
    expect(indexPrice(up, 2024, 2015)).toBeCloseTo(100, 10)
  })

  it('refuses to extrapolate outside the shipped series', () => {
    expect(indexPrice(1500, 2005, 2024)).toBeUndefined()
  })
})

describe('STARTER_PRICE_LIST', () => {
  it('gives every priced item a source and a price year, and no price to items that need a local tariff', () => {
    for (const item of STARTER_PRICE_LIST.items) {
      if (item.needsLocalTariff) expect(item.priceCents, item.code).toBeUndefined()
      else {
        expect(item.source?.title, item.code).toBeTruthy()
        expect(item.priceYear, item.code).toBeGreaterThan(1990)
      }
    }
  })

  it('carries the 160 Kostenhandleiding prices unchanged (price level 2022)', () => {
    const kh = STARTER_PRICE_LIST.items.filter((i) => i.code.startsWith('KH-'))
    expect(kh).toHaveLength(160)
    expect(kh.find((i) => i.code === 'KH-MHC-SOCIALWORK')?.priceCents).toBe(12_700)
    expect(kh.find((i) => i.code === 'KH-HOMECARE-HOUSEHOLD')).toMatchObject({
      priceCents: 3_276,
      defaultPayer: 'gemeente-wmo',
    })
  })
})
