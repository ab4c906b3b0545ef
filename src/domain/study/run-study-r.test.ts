import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
import { runStudy } from './run-study.js'
import type { StudyTable } from './table.js'

type Effect = { estimate: number; se: number }
/** The stats engine's R fixtures (read as files: src/stats is imported through its entry point only). */
const fixture = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../stats/${path}`, import.meta.url), 'utf8')) as T
const matching = fixture<{
  ties: Record<string, Array<string | number>> & { treat: number[] }
  cases: Array<{ name: string; effects?: Record<string, Effect> }>
}>('matching/fixtures/nearest.json')
const robust = fixture<{
  datasets: Array<{
    name: string
    treat: number[]
    covariates: Record<string, Array<string | number>>
    outcomes: Array<{ y: number[]; ATT: Record<string, Effect>; ATE: Record<string, Effect> }>
  }>
}>('effects/fixtures/robust.json')

// runStudy end to end, with its own propensity model, against R (MatchIt 4.7.2, glm + sandwich).
const TOL = 1e-6

const table = (columns: Record<string, Array<string | number>>): StudyTable => {
  const entries = Object.entries(columns).map(([k, v]) => [k, v.map(String)] as const)
  return { rowCount: entries[0]![1].length, columns: new Map(entries) }
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`)
type Outcome = { name: string; estimate: number; se: number; riskRatio?: { stdError: number } }

describe('runStudy on heavy ties (22 scores among 1,200 people) against MatchIt 4.7.2', () => {
  const t = matching.ties
  const data = table({ ...t, id: ids(t.treat.length) })
  const spec = (design: Record<string, unknown>) => ({
    id: 'id',
    group: { column: 'treat', treated: '1' },
    covariates: ['ageband', 'district', 'household'].map((column) => ({
      column,
      type: 'categorical',
    })),
    design: { method: 'nearest', ...design },
    outcomes: [
      { name: 'cost', type: 'cost', column: 'cost' },
      { name: 'outflow', type: 'binary', column: 'outflow' },
    ],
  })
  const cases = [
    ['ties 1:1', {}],
    ['ties 1:1 with replacement', { replace: true }],
    ['ties 1:3 with replacement, caliper 0.1 SD', { ratio: 3, replace: true, caliper: 0.1 }],
  ] as const
  it.each(cases)('gives the effects MatchIt’s pairs give: %s', (name, design) => {
    const want = matching.cases.find((c) => c.name === name)!.effects!
    const r = runStudy(spec(design), data)
    for (const o of r.outcomes as unknown as Outcome[]) {
      const ref = want[o.name]!
      expectClose(o.estimate, ref.estimate, TOL, { what: `${o.name} estimate` })
      expectClose(o.se, ref.se, TOL, { what: `${o.name} se` })
    }
  })
})

describe('runStudy with inverse-probability weights against glm + sandwich::vcovHC(type = "HC0")', () => {
  const d = robust.datasets.find((x) => x.name === 'simulated cohort')!
  const data = table({
    ...d.covariates,
    treat: d.treat,
    outflow: d.outcomes[0]!.y,
    id: ids(d.treat.length),
  })
  it.each(['ATT', 'ATE'] as const)(
    'gives robust SEs for the risk difference and ratio, and says so: %s',
    (estimand) => {
      const r = runStudy(
        {
          id: 'id',
          group: { column: 'treat', treated: '1' },
          covariates: [
            { column: 'age', type: 'numeric' },
            { column: 'district', type: 'categorical' },
            { column: 'alone', type: 'numeric' },
          ],
          design: { method: 'ipw', estimand },
          outcomes: [{ name: 'outflow', type: 'binary', column: 'outflow' }],
        },
        data,
      )
      const o = r.outcomes[0] as unknown as Outcome & { seMethod: string }
      const want = d.outcomes[0]![estimand]
      expect(o.seMethod).toBe('robust-HC0')
      expectClose(o.estimate, want.riskDifference!.estimate, TOL, { what: 'RD' })
      expectClose(o.se, want.riskDifference!.se, TOL, { what: 'RD se' })
      expectClose(o.riskRatio!.stdError, want.logRiskRatio!.se, TOL, { what: 'log RR se' })
    },
  )
})
