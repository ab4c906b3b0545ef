import { describe, expect, it } from 'vitest'
import { expectClose } from '../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import f from './fixtures/cohort.json' with { type: 'json' }
import { fitCox, fitLogistic, kaplanMeier, logRank, matchNearest } from './index.js'

// The repository's own synthetic cohort (2,000 people, seed 20261124) through the whole
// pipeline, against R (fixtures/cohort.R): glm, MatchIt 4.5.1, survfit, survdiff, coxph.
const TOL = 1e-6

describe('the synthetic cohort against R, end to end', () => {
  const x = f.x.map((col) => Float64Array.from(col))
  const ps = fitLogistic({ x, y: f.pilot, terms: f.terms.slice(1) })

  it('fits the propensity model as glm', () => {
    ps.coefficients.forEach((c, j) => {
      expectClose(c.estimate, f.psCoef[j]!, TOL, { what: c.term })
      expectClose(c.stdError, f.psSe[j]!, TOL, { what: c.term })
    })
  })

  it('matches 1:1 with a 0.2 SD caliper exactly as MatchIt 4.5.1 does', () => {
    const m = matchNearest({
      distance: ps.fitted,
      treat: f.pilot,
      caliper: 0.2,
      rule: 'matchit-4.5',
    })
    const ours = new Map(
      m.pairs.map((p) => [p.treated + 1, p.controls[0] === undefined ? null : p.controls[0] + 1]),
    )
    for (const [i, t] of f.matchTreated.entries()) {
      expect(ours.get(t) ?? null, `treated row ${t}`).toBe(f.matchControl[i] ?? null)
    }
  })

  it('gives survfit’s curves, survdiff’s χ² and coxph’s estimates', () => {
    const [n0] = f.kmStrata as number[]
    const group = (g: number) => {
      const keep = f.pilot.map((p) => p === g)
      return kaplanMeier({
        time: f.months.filter((_, i) => keep[i]),
        event: f.outflow.filter((_, i) => keep[i]),
      })
    }
    const curves = [...group(0).survival, ...group(1).survival]
    expect(group(0).survival).toHaveLength(n0!)
    for (const [i, s] of curves.entries()) expectClose(s, f.kmSurvival[i]!, TOL)
    const lr = logRank({ time: f.months, event: f.outflow, group: f.pilot.map(String) })
    expectClose(lr.statistic, f.logrank, TOL)
    const age = f.x[0]!
    const cox = fitCox({ time: f.months, event: f.outflow, x: [f.pilot, age] })
    cox.terms.forEach((t, j) => {
      expectClose(t.coef, f.coxCoef[j]!, TOL)
      expectClose(t.stdError, f.coxSe[j]!, TOL)
    })
  })
})
