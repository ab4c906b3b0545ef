import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
import { balanceTable } from './balance.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import R from './fixtures/balance.json' with { type: 'json' }

// R's summary(matchit()) with MatchIt 4.7.2 on a job-training-like data set (fixtures/make.R).
describe('balanceTable against MatchIt 4.7.2', () => {
  it("gives summary()'s SMDs and variance ratios for every level of a three-level factor, with R's matching weights", () => {
    const numeric = (name: 'age' | 'educ' | 'married' | 're74') => ({
      name,
      values: R.columns[name],
    })
    const level = (value: string) => ({
      name: `race${value}`,
      values: R.columns.race.map((v) => (v === value ? 1 : 0)),
    })
    const table = balanceTable({
      covariates: [
        numeric('age'),
        numeric('educ'),
        level('black'),
        level('hispan'),
        level('white'),
        numeric('married'),
        numeric('re74'),
      ],
      treat: R.columns.treat,
      weights: R.matchedWeights,
    })
    expect(table.map((row) => row.covariate)).toEqual(R.balance.map((b) => b.covariate))
    R.balance.forEach((b, j) => {
      const row = table[j]!
      const what = (stat: string) => `${b.covariate} ${stat}`
      expectClose(row.smdBefore, b.smdBefore, 1e-6, { what: what('smdBefore'), floor: 1 })
      expectClose(row.smdAfter, b.smdAfter, 1e-6, { what: what('smdAfter'), floor: 1 })
      if (b.varRatioAfter === null) expect(row.varRatioAfter).toBeNull()
      else expectClose(row.varRatioAfter, b.varRatioAfter, 1e-6, { what: what('varRatioAfter') })
    })
  })
})
