import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/cox.json' with { type: 'json' }
import { fitCox } from './index.js'

// Both sides iterate to a relative log-likelihood change ≤ 1e-11; p-values of iterative fits
// are compared at 1e-4 as the issue states, everything else at 1e-6.
const TOL = 1e-6
const TOL_P = 1e-4
const rel = (got: number, want: number) => Math.abs(got - want) / Math.max(Math.abs(want), 1e-300)
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
        expect(rel(t.coef, coef[j]!), `${t.term} coef ${t.coef} vs ${coef[j]}`).toBeLessThan(TOL)
        expect(rel(t.stdError, se[j]!), `${t.term} se`).toBeLessThan(TOL)
        expect(rel(t.statistic, z[j]!), `${t.term} z`).toBeLessThan(TOL)
        expect(rel(t.pValue, p[j]!), `${t.term} p`).toBeLessThan(TOL_P)
        expect(rel(t.ciLower, lower[j]!), `${t.term} lower`).toBeLessThan(TOL)
        expect(rel(t.ciUpper, upper[j]!), `${t.term} upper`).toBeLessThan(TOL)
      })
      expect(rel(fit.logLik[0], c.loglik[0]!)).toBeLessThan(TOL)
      expect(rel(fit.logLik[1], c.loglik[1]!)).toBeLessThan(TOL)
      expect(rel(fit.lrTest.statistic, c.lrTest[0]!)).toBeLessThan(TOL)
      expect(rel(fit.lrTest.pValue, c.lrTest[2]!)).toBeLessThan(TOL_P)
      expect(rel(fit.waldTest.statistic, list(c.waldTest)[0]!)).toBeLessThan(TOL)
      expect(rel(fit.scoreTest.statistic, list(c.scoreTest)[0]!)).toBeLessThan(TOL)
      expect(
        rel(fit.concordance, c.concordance[0]!),
        `C ${fit.concordance} vs ${c.concordance[0]}`,
      ).toBeLessThan(TOL)
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
