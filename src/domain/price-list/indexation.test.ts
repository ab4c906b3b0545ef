import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
import { CPI_SERIES, EARLIEST_CPI_YEAR, indexPrice, LATEST_CPI_YEAR } from './indexation.js'
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

  it('reaches back to 1996 and forward to 2025, the last year CBS has published', () => {
    expect(EARLIEST_CPI_YEAR).toBe(1996)
    expect(LATEST_CPI_YEAR).toBe(2025)
  })

  it('indexes a 2005 and a 2011 price to the latest year (both were left out before)', () => {
    // CBS jaarmutaties 2006–2025 chained: 1.011 × 1.016 × … × 1.033; 2012–2025 likewise.
    expect(indexPrice(1500, 2005, LATEST_CPI_YEAR)).toBeCloseTo(2378.3208, 3)
    expect(indexPrice(23_236, 2011, LATEST_CPI_YEAR)).toBeCloseTo(33_366.1598, 3)
  })

  it('chains one factor per year: 1996 to 2025 is the product of all 29 published years', () => {
    const all = Object.values(CPI_SERIES.yearOnYear).reduce((p, f) => p * f, 1)
    expect(Object.keys(CPI_SERIES.yearOnYear)).toHaveLength(29)
    expect(indexPrice(100, 1996, 2025)).toBeCloseTo(100 * all, 10)
  })

  it('refuses to extrapolate outside the shipped series', () => {
    expect(indexPrice(1500, 1995, 2024)).toBeUndefined()
    expect(indexPrice(1500, 2024, LATEST_CPI_YEAR + 1)).toBeUndefined()
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
