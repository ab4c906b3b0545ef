import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/tests.json' with { type: 'json' }
import {
  chiSquare2x2,
  fisherExact2x2,
  type TwoByTwo,
  welchTTest,
  wilcoxonRankSum,
} from './index.js'

const TOL = 1e-6
// R's fisher.test finds the odds ratio and its limits with uniroot at ≈ 1.2e-4 absolute tolerance.
const TOL_UNIROOT = 2e-3

describe('2×2 tables against chisq.test and fisher.test', () => {
  for (const c of fixtures.twoByTwo) {
    it(`table ${c.table.join(' ')}`, () => {
      const table = c.table as unknown as TwoByTwo
      const yates = chiSquare2x2(table, true)
      const plain = chiSquare2x2(table, false)
      expectClose(yates.statistic, c.chisqYates, TOL)
      expectClose(yates.pValue, c.pYates, TOL)
      expectClose(plain.statistic, c.chisq, TOL)
      expectClose(plain.pValue, c.p, TOL)
      const f = fisherExact2x2(table)
      expectClose(f.pValue, c.fisherP, TOL)
      // Exactly as fisher.test's equations solved tightly; within uniroot's slack of fisher.test itself.
      expectClose(f.oddsRatio, c.exactOr, TOL)
      expectClose(f.ciLower, c.exactLow, TOL)
      expectClose(f.ciUpper, c.exactHigh, TOL)
      expectClose(f.oddsRatio, c.fisherOr, TOL_UNIROOT)
      expectClose(f.ciUpper, c.fisherHigh, TOL_UNIROOT)
    })
  }
})

describe('welchTTest against t.test', () => {
  for (const c of fixtures.welch) {
    it(`n = ${c.x.length} vs ${c.y.length}`, () => {
      const r = welchTTest(c.x, c.y)
      expectClose(r.statistic, c.t, TOL)
      expectClose(r.df, c.df, TOL)
      expectClose(r.pValue, c.p, TOL)
      expectClose(r.ciLower, c.low, TOL)
      expectClose(r.ciUpper, c.high, TOL)
      expectClose(r.estimate, c.estimate, TOL)
    })
  }
})

describe('wilcoxonRankSum against wilcox.test', () => {
  for (const c of fixtures.wilcoxon) {
    it(c.name, () => {
      const r = wilcoxonRankSum(c.x, c.y)
      expect(r.statistic).toBe(c.W)
      expectClose(r.pValue, c.p, TOL)
    })
  }
})
