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
    R.balance.forEach(
      (
        b: {
          covariate: string
          smdBefore: number
          smdAfter: number
          varRatioBefore: number | null
        },
        j: number,
      ) => {
        const row = table[j]!
        expect(row.covariate).toBe(b.covariate)
        expect(row.smdBefore).toBeCloseTo(b.smdBefore, 9)
        expect(row.smdAfter).toBeCloseTo(b.smdAfter, 9)
        if (b.varRatioBefore === null) expect(row.varRatioBefore).toBeNull()
        else expect(row.varRatioBefore).toBeCloseTo(b.varRatioBefore, 9)
      },
    )
  })
})
