import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
import { balanceTable } from '../balance/index.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import f from './fixtures/effects.json' with { type: 'json' }
import { binaryEffects, differenceInMeans, diffInDiff, ipwWeights } from './index.js'

const TOL = 1e-6

describe('balanceTable against MatchIt summary()', () => {
  it('gives the standardised mean differences and variance ratios before and after matching', () => {
    const rows = balanceTable({
      covariates: f.covariates.map((name, j) => ({ name, values: f.X[j]! })),
      treat: f.treat,
      weights: f.weights,
    })
    rows.forEach((r, j) => {
      expectClose(r.smdBefore, f.smdBefore[j]!, TOL, { what: `${r.covariate} before` })
      expectClose(r.smdAfter, f.smdAfter[j]!, TOL, { what: `${r.covariate} after` })
      const vb = f.varRatioBefore[j]
      const va = f.varRatioAfter[j]
      if (vb === null || vb === undefined) expect(r.varRatioBefore).toBeNull()
      else expectClose(r.varRatioBefore, vb, TOL)
      if (va !== null && va !== undefined) expectClose(r.varRatioAfter, va, TOL)
    })
  })

  it('is 0 for identical groups', () => {
    const values = [1, 2, 3, 4, 1, 2, 3, 4]
    const [row] = balanceTable({
      covariates: [{ name: 'x', values }],
      treat: [1, 1, 1, 1, 0, 0, 0, 0],
    })
    expect(row?.smdBefore).toBe(0)
  })
})

describe('effects against lm + sandwich', () => {
  it('pair-clustered difference in means on the matched sample (vcovCL)', () => {
    const r = differenceInMeans({
      y: f.y,
      treat: f.treat,
      weights: f.weights,
      subclass: f.subclass.map((s) => s ?? -1),
    })
    expectClose(r.estimate, f.matched.estimate, TOL)
    expectClose(r.stdError, f.matched.se, TOL)
  })

  it('inverse-probability weighting for the ATT and the ATE (HC0)', () => {
    for (const [estimand, want] of [
      ['ATT', f.ipwAtt],
      ['ATE', f.ipwAte],
    ] as const) {
      const r = differenceInMeans({
        y: f.y,
        treat: f.treat,
        weights: ipwWeights(f.ps, f.treat, estimand),
      })
      expectClose(r.estimate, want.estimate, TOL, { what: estimand })
      expectClose(r.stdError, want.se, TOL, { what: estimand })
    }
  })

  it('difference-in-differences with HC1 standard errors', () => {
    const r = diffInDiff({ pre: f.did.pre, post: f.did.post, group: f.did.g })
    expectClose(r.estimate, f.did.estimate, TOL)
    expectClose(r.stdError, f.did.se, TOL)
  })
})

describe('binaryEffects', () => {
  it('reproduces a hand-computed 2×2: 30/100 vs 20/100', () => {
    const y = [
      ...Array(30).fill(1),
      ...Array(70).fill(0),
      ...Array(20).fill(1),
      ...Array(80).fill(0),
    ]
    const treat = [...Array(100).fill(1), ...Array(100).fill(0)]
    const r = binaryEffects({ y, treat })
    expect(r.riskDifference.estimate).toBeCloseTo(0.1, 12)
    expect(r.riskDifference.stdError).toBeCloseTo(
      Math.sqrt((0.3 * 0.7) / 100 + (0.2 * 0.8) / 100),
      12,
    )
    expect(r.riskRatio.estimate).toBeCloseTo(1.5, 12)
    expect(r.riskRatio.stdError).toBeCloseTo(Math.sqrt(0.7 / 30 + 0.8 / 20), 12)
    expect(r.oddsRatio.estimate).toBeCloseTo((30 * 80) / (70 * 20), 12)
    expect(r.oddsRatio.ciLower).toBeCloseTo(
      Math.exp(
        Math.log(24 / 14) - 1.959963984540054 * Math.sqrt(1 / 30 + 1 / 70 + 1 / 20 + 1 / 80),
      ),
      10,
    )
  })
})
