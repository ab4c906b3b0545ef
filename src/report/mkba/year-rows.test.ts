import { describe, expect, it } from 'vitest'
import type { YearFlow } from '../../mkba/index.js'
import { yearRows } from './year-rows.js'

const flow = (year: number): YearFlow => ({
  year,
  costs: 10,
  benefits: year - 2000,
  benefitsFinancial: 0,
  discountFactor: 1,
  pvNet: 0,
  cumulativePvNet: 0,
})

describe('yearRows', () => {
  it('shows every year of a short horizon', () => {
    expect(yearRows([2024, 2025].map(flow)).map((r) => r.label)).toEqual(['2024', '2025'])
  })

  it('folds the years after the ninth into one row of sums for a long horizon', () => {
    const rows = yearRows(Array.from({ length: 100 }, (_, i) => flow(2024 + i)))
    expect(rows).toHaveLength(10)
    expect(rows[9]).toEqual({
      label: '2033–2123',
      costs: 910,
      // Σ (year − 2000) for 2033…2123 = 91 years × mean 78.
      benefits: 91 * 78,
      discountFactor: undefined,
    })
  })
})
