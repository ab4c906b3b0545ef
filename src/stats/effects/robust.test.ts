import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import f from './fixtures/robust.json' with { type: 'json' }
import { binaryEffects, differenceInMeans, ipwWeights, robustBinaryEffects } from './index.js'

const TOL = 1e-6

describe('effects after inverse-probability weighting against glm + sandwich::vcovHC(type = "HC0")', () => {
  expect(f.meta.sandwich).toBe('3.0.2')
  for (const d of f.datasets) {
    for (const o of d.outcomes) {
      for (const estimand of ['ATT', 'ATE'] as const) {
        it(`${d.name}, ${o.name}, ${estimand}`, () => {
          const weights = ipwWeights(d.ps, d.treat, estimand)
          const want = o[estimand] as Record<string, { estimate: number; se: number }>
          const md = differenceInMeans({ y: o.y, treat: d.treat, weights })
          expectClose(md.estimate, want.meanDifference!.estimate, TOL, { what: 'MD' })
          expectClose(md.stdError, want.meanDifference!.se, TOL, { what: 'MD se' })
          if (!o.binary) return
          const r = robustBinaryEffects({ y: o.y, treat: d.treat, weights })
          expect(r.se).toBe('robust-HC0')
          const cases = [
            ['RD', r.riskDifference.estimate, r.riskDifference.stdError, want.riskDifference!],
            ['log RR', Math.log(r.riskRatio.estimate), r.riskRatio.stdError, want.logRiskRatio!],
            ['log OR', Math.log(r.oddsRatio.estimate), r.oddsRatio.stdError, want.logOddsRatio!],
          ] as const
          for (const [what, estimate, se, ref] of cases) {
            expectClose(estimate, ref.estimate, TOL, { what })
            expectClose(se, ref.se, TOL, { what: `${what} se` })
          }
        })
      }
    }
  }

  it('differs from treating the weights as counts, which is what it replaces', () => {
    const d = f.datasets[1]!
    const o = d.outcomes[0]!
    const weights = ipwWeights(d.ps, d.treat, 'ATE')
    const robust = robustBinaryEffects({ y: o.y, treat: d.treat, weights })
    const counts = binaryEffects({ y: o.y, treat: d.treat, weights })
    expectClose(robust.riskRatio.estimate, counts.riskRatio.estimate, 1e-12)
    expect(Math.abs(robust.riskRatio.stdError / counts.riskRatio.stdError - 1)).toBeGreaterThan(
      0.05,
    )
  })
})
