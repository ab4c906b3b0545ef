import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/cox.json' with { type: 'json' }
import { fitCox } from './index.js'

// Both sides iterate to a relative log-likelihood change ≤ 1e-11; p-values of iterative fits
// are compared at 1e-4 as the issue states, everything else at 1e-6.
const TOL = 1e-6
const TOL_P = 1e-4
const list = (v: number | number[]): number[] => (Array.isArray(v) ? v : [v])
const strings = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v])

describe('fitCox against survival::coxph', () => {
  for (const c of fixtures.cases) {
    it(`matches coxph for ${c.name}`, () => {
      const fit = fitCox({
        time: c.time,
        event: c.status,
        x: c.x,
        terms: strings(c.terms as string | string[]),
        ties: c.ties as 'efron' | 'breslow',
      })
      expect(fit.converged).toBe(true)
      const [coef, se, z, p, lower, upper] = [c.coef, c.se, c.z, c.p, c.lower, c.upper].map(
        list,
      ) as [number[], number[], number[], number[], number[], number[]]
      fit.terms.forEach((t, j) => {
        expectClose(t.coef, coef[j]!, TOL, { what: `${t.term} coef ${t.coef} vs ${coef[j]}` })
        expectClose(t.stdError, se[j]!, TOL, { what: `${t.term} se` })
        expectClose(t.statistic, z[j]!, TOL, { what: `${t.term} z` })
        expectClose(t.pValue, p[j]!, TOL_P, { what: `${t.term} p` })
        expectClose(t.ciLower, lower[j]!, TOL, { what: `${t.term} lower` })
        expectClose(t.ciUpper, upper[j]!, TOL, { what: `${t.term} upper` })
      })
      expectClose(fit.logLik[0], c.loglik[0]!, TOL)
      expectClose(fit.logLik[1], c.loglik[1]!, TOL)
      expectClose(fit.lrTest.statistic, c.lrTest[0]!, TOL)
      expectClose(fit.lrTest.pValue, c.lrTest[2]!, TOL_P)
      expectClose(fit.waldTest.statistic, list(c.waldTest)[0]!, TOL)
      expectClose(fit.scoreTest.statistic, list(c.scoreTest)[0]!, TOL)
      expectClose(fit.concordance, c.concordance[0]!, TOL, {
        what: `C ${fit.concordance} vs ${c.concordance[0]}`,
      })
    })
  }

  it('is invariant to shifting a covariate by a constant (property)', () => {
    const c = fixtures.cases[0]!
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (shift) => {
        const base = fitCox({ time: c.time, event: c.status, x: c.x })
        const moved = fitCox({
          time: c.time,
          event: c.status,
          x: [c.x[0]!.map((v) => v + shift), c.x[1]!],
        })
        for (const [j, t] of base.terms.entries())
          expect(moved.terms[j]!.coef).toBeCloseTo(t.coef, 8)
      }),
      { numRuns: 20 },
    )
  })
})
