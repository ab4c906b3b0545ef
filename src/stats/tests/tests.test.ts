import { describe, expect, it } from 'vitest'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/tests.json' with { type: 'json' }
import {
  chiSquare2x2,
  fisherExact2x2,
  type TwoByTwo,
  welchTTest,
  wilcoxonRankSum,
} from './index.js'

const rel = (got: number, want: number) =>
  want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want)
const TOL = 1e-6
// R's fisher.test finds the odds ratio and its limits with uniroot at ≈ 1.2e-4 absolute tolerance.
const TOL_UNIROOT = 2e-3

describe('2×2 tables against chisq.test and fisher.test', () => {
  for (const c of fixtures.twoByTwo) {
    it(`table ${c.table.join(' ')}`, () => {
      const table = c.table as unknown as TwoByTwo
      const yates = chiSquare2x2(table, true)
      const plain = chiSquare2x2(table, false)
      expect(rel(yates.statistic, c.chisqYates)).toBeLessThan(TOL)
      expect(rel(yates.pValue, c.pYates)).toBeLessThan(TOL)
      expect(rel(plain.statistic, c.chisq)).toBeLessThan(TOL)
      expect(rel(plain.pValue, c.p)).toBeLessThan(TOL)
      const f = fisherExact2x2(table)
      expect(rel(f.pValue, c.fisherP)).toBeLessThan(TOL)
      // Exactly as fisher.test's equations solved tightly; within uniroot's slack of fisher.test itself.
      expect(rel(f.oddsRatio, c.exactOr)).toBeLessThan(TOL)
      expect(rel(f.ciLower, c.exactLow)).toBeLessThan(TOL)
      expect(rel(f.ciUpper, c.exactHigh)).toBeLessThan(TOL)
      expect(rel(f.oddsRatio, c.fisherOr)).toBeLessThan(TOL_UNIROOT)
      expect(rel(f.ciUpper, c.fisherHigh)).toBeLessThan(TOL_UNIROOT)
    })
  }
})

describe('welchTTest against t.test', () => {
  for (const c of fixtures.welch) {
    it(`n = ${c.x.length} vs ${c.y.length}`, () => {
      const r = welchTTest(c.x, c.y)
      expect(rel(r.statistic, c.t)).toBeLessThan(TOL)
      expect(rel(r.df, c.df)).toBeLessThan(TOL)
      expect(rel(r.pValue, c.p)).toBeLessThan(TOL)
      expect(rel(r.ciLower, c.low)).toBeLessThan(TOL)
      expect(rel(r.ciUpper, c.high)).toBeLessThan(TOL)
      expect(rel(r.estimate, c.estimate)).toBeLessThan(TOL)
    })
  }
})

describe('wilcoxonRankSum against wilcox.test', () => {
  for (const c of fixtures.wilcoxon) {
    it(c.name, () => {
      const r = wilcoxonRankSum(c.x, c.y)
      expect(r.statistic).toBe(c.W)
      expect(rel(r.pValue, c.p)).toBeLessThan(TOL)
    })
  }
})
