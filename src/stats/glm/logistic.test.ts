import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/logistic.json' with { type: 'json' }
import { fitLogistic } from './index.js'

// Relative tolerance: both sides converge to 1e-12–1e-14 on the deviance; p-values of large
// |z| are compared on the same footing (they come from the same z).
const TOL = 1e-6

describe('fitLogistic against glm(family = binomial)', () => {
  for (const c of fixtures.cases) {
    it(`matches glm for ${c.name}: estimates, SE, z, p, deviance, AIC`, () => {
      const fit = fitLogistic({
        x: c.x.map((col) => Float64Array.from(col)),
        terms: c.terms.slice(1),
        y: c.y,
      })
      expect(fit.converged).toBe(true)
      fit.coefficients.forEach((coef, j) => {
        expect(coef.term).toBe(c.terms[j])
        for (const [got, want, what] of [
          [coef.estimate, c.estimate[j]!, 'estimate'],
          [coef.stdError, c.se[j]!, 'se'],
          [coef.statistic, c.z[j]!, 'z'],
          [coef.pValue, c.p[j]!, 'p'],
        ] as const) {
          expectClose(got, want, TOL, { what: `${coef.term} ${what}` })
        }
      })
      expectClose(fit.deviance, c.deviance, TOL)
      expectClose(fit.nullDeviance, c.nullDeviance, TOL)
      expectClose(fit.aic, c.aic, TOL)
    })
  }

  it('warns about complete separation, as glm does, instead of failing silently', () => {
    const x = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8])
    const fit = fitLogistic({ x: [x], y: [0, 0, 0, 0, 1, 1, 1, 1], maxIterations: 25 })
    expect(fit.warnings.join(' ')).toMatch(/separation/)
  })

  it('refuses a constant covariate with a clear error', () => {
    expect(() => fitLogistic({ x: [new Float64Array(6).fill(2)], y: [0, 1, 0, 1, 1, 0] })).toThrow(
      /constant or aliased/,
    )
  })
})
