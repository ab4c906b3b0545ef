import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derivableCells } from '../disclosure/derivable-cells.js'
import type { PublishedCount } from '../disclosure/index.js'
import { type PublishedResults, publishedResults, shownCount } from './published-results.js'
import type { StudyResult } from './run-study.js'

interface Counts {
  rows: number
  pilot: number
  comparison: number
  droppedRows?: number
  matching?: { treated: number; controlsMatched: number }
  /** Per outcome: its pilot and comparison counts, and (binary) events per group. */
  outcome?: { pilot: number; comparison: number; events?: [number, number] }
  /** A time-to-event outcome: at-risk per group at the times 0, 1, …, 6. */
  atRisk?: { pilot: number[]; comparison: number[] }
}

const reading = { nl: 'lezing', en: 'reading' }

/** Results as runStudy writes them, by hand, with only the counts that matter here. */
function handMade(c: Counts): StudyResult {
  const analysed = c.pilot + c.comparison
  const droppedRows = c.droppedRows ?? c.rows - analysed
  const outcome = c.outcome ?? {
    pilot: c.matching?.treated ?? c.pilot,
    comparison: c.matching?.controlsMatched ?? c.comparison,
  }
  const base = {
    name: 'uitstroom',
    n: outcome.pilot + outcome.comparison,
    groupN: { pilot: outcome.pilot, comparison: outcome.comparison },
    estimate: 0.1,
    se: 0.05,
    ciLow: 0,
    ciHigh: 0.2,
    p: 0.04,
    reading,
  }
  const curve = (group: 'pilot' | 'comparison', nRisk: number[]) => ({
    group,
    time: nRisk.map((_, i) => i),
    survival: nRisk.map((_, i) => 1 - i / 10),
    lower: [],
    upper: [],
    nRisk,
  })
  const outcomes = c.atRisk
    ? [
        {
          ...base,
          type: 'time-to-event',
          scale: 'hazard ratio (Cox), pilot vs comparison',
          events: { pilot: 40, comparison: 40 },
          km: [curve('pilot', c.atRisk.pilot), curve('comparison', c.atRisk.comparison)],
        },
      ]
    : [
        {
          ...base,
          type: 'binary',
          scale: 'risk difference (proportion)',
          meanPilot: 0.3,
          meanComparison: 0.2,
          events: {
            pilot: outcome.events?.[0] ?? Math.round(outcome.pilot / 2),
            comparison: outcome.events?.[1] ?? Math.round(outcome.comparison / 2),
          },
        },
      ]
  return {
    spec: { covariates: [{ column: 'age', type: 'numeric' }], design: { exact: [] } },
    n: { rows: c.rows, analysed, pilot: c.pilot, comparison: c.comparison },
    droppedRows,
    missingByColumn: droppedRows > 0 ? { age: droppedRows } : {},
    propensity: null,
    matching: c.matching ? { ...c.matching, unmatchedTreated: c.pilot - c.matching.treated } : null,
    balance: [],
    balanceDenominator: 'sd',
    outcomes,
    warnings: [],
    warningDetails: [],
  } as unknown as StudyResult
}

/**
 * What a reader of the published results can solve for, worked out apart from the module:
 * every count of `c` (and every remainder between them) is an unknown, the shown counts are
 * known, and the equations are the sums the results imply. Returns the true values of the
 * hidden counts that follow exactly.
 */
function workedOut(c: Counts, shown: PublishedResults): number[] {
  const values: number[] = []
  const known: boolean[] = []
  const relations: { whole: number; parts: number[] }[] = []
  const quantity = (value: number, count?: PublishedCount) => {
    values.push(value)
    known.push(count !== undefined && count.count !== null)
    if (count?.count != null) expect(count.count).toBe(value)
    return values.length - 1
  }
  const sum = (whole: number, parts: number[]) => relations.push({ whole, parts })
  const r = handMade(c)
  const rows = quantity(r.n.rows, shown.n.rows)
  const analysed = quantity(r.n.analysed, shown.n.analysed)
  const pilot = quantity(r.n.pilot, shown.n.pilot)
  const comparison = quantity(r.n.comparison, shown.n.comparison)
  const dropped = quantity(r.droppedRows, shown.droppedRows)
  sum(rows, [analysed, dropped])
  sum(analysed, [pilot, comparison])
  if (r.droppedRows > 0) sum(dropped, [quantity(r.droppedRows, shown.missingByColumn[0]?.rows)])
  let design = [pilot, comparison]
  if (r.matching && shown.matching) {
    const treated = quantity(r.matching.treated, shown.matching.treated)
    const controls = quantity(r.matching.controlsMatched, shown.matching.controlsMatched)
    sum(pilot, [treated, quantity(r.matching.unmatchedTreated, shown.matching.unmatchedTreated)])
    sum(comparison, [controls, quantity(r.n.comparison - r.matching.controlsMatched)])
    design = [treated, controls]
  }
  const [o] = r.outcomes
  const [p] = shown.outcomes
  if (!o || !p) throw new Error('one outcome')
  const groups = [
    quantity(o.groupN.pilot, p.groupN.pilot),
    quantity(o.groupN.comparison, p.groupN.comparison),
  ]
  sum(quantity(o.n, p.n), groups)
  groups.forEach((g, i) => {
    const whole = design[i] ?? 0
    sum(whole, [g, quantity((values[whole] ?? 0) - (values[g] ?? 0))])
  })
  if ('km' in o && p.atRisk) {
    o.km.forEach((curve, i) => {
      const series = curve.nRisk.map((n, k) => quantity(n, p.atRisk?.counts[curve.group][k]))
      let above = groups[i] ?? 0
      for (const at of series) {
        sum(above, [at, quantity((values[above] ?? 0) - (values[at] ?? 0))])
        above = at
      }
    })
  }
  const table = { counts: values, relations }
  const hidden = new Set(values.flatMap((_, i) => (known[i] ? [] : [i])))
  return derivableCells(table, hidden).map((i) => values[i] ?? 0)
}

const smallIn = (values: number[]) => values.filter((v) => v > 0 && v < 10)

describe('the effect analysis as people see it', () => {
  it('shows a group of 7 as "<10" and hides a total, so 407 − 400 does not give it back', () => {
    const counts = { rows: 407, pilot: 7, comparison: 400 }
    const shown = publishedResults(handMade(counts))
    expect(shownCount(shown.n.pilot, String)).toBe('<10')
    expect(shown.n.comparison.count === null || shown.n.analysed.count === null).toBe(true)
    expect(smallIn(workedOut(counts, shown))).toEqual([])
  })

  it('hides the file’s rows, not the groups, when 3 rows were left out', () => {
    const counts = { rows: 503, pilot: 200, comparison: 300 }
    const shown = publishedResults(handMade(counts))
    expect(shownCount(shown.droppedRows, String)).toBe('<10')
    expect(shownCount(shown.n.rows, String)).toBe('·')
    expect([shown.n.analysed, shown.n.pilot, shown.n.comparison].map((c) => c.count)).toEqual([
      500, 200, 300,
    ])
    expect(shown.warningDetails[0]?.en ?? '').not.toMatch(/^3 /)
    expect(smallIn(workedOut(counts, shown))).toEqual([])
  })

  it('hides what 4 unmatched pilot members would follow from: matched + unmatched = pilot', () => {
    const counts = {
      rows: 700,
      pilot: 204,
      comparison: 496,
      matching: { treated: 200, controlsMatched: 200 },
    }
    const shown = publishedResults(handMade(counts))
    expect(shownCount(shown.matching?.unmatchedTreated ?? shown.n.rows, String)).toBe('<10')
    expect(shown.matching?.treated.count).toBe(200)
    expect(shown.n.pilot.count).toBeNull()
    expect(smallIn(workedOut(counts, shown))).toEqual([])
  })

  it('protects the people without an outcome value: design group − outcome group', () => {
    const counts = {
      rows: 500,
      pilot: 200,
      comparison: 300,
      outcome: { pilot: 195, comparison: 300 },
    }
    const shown = publishedResults(handMade(counts))
    expect(shown.outcomes[0]?.groupN.pilot.count).toBeNull()
    expect(smallIn(workedOut(counts, shown))).toEqual([])
  })

  it('hides an at-risk number when 4 leave the risk set between two printed times', () => {
    const counts = {
      rows: 300,
      pilot: 100,
      comparison: 200,
      atRisk: { pilot: [100, 80, 60, 56, 30, 20, 10], comparison: [200, 150, 120, 90, 60, 40, 20] },
    }
    const shown = publishedResults(handMade(counts))
    const pilot = shown.outcomes[0]?.atRisk?.counts.pilot ?? []
    expect(pilot.filter((c) => c.count === null).length).toBeGreaterThan(0)
    expect(pilot[0]?.count).toBe(100)
    expect(smallIn(workedOut(counts, shown))).toEqual([])
  })

  it('does not show a rate or effect that rests on fewer than 10 events, and says so', () => {
    const counts = {
      rows: 500,
      pilot: 200,
      comparison: 300,
      outcome: { pilot: 200, comparison: 300, events: [6, 90] as [number, number] },
    }
    const [outcome] = publishedResults(handMade(counts)).outcomes
    expect(outcome?.shown).toBe(false)
    expect([outcome?.estimate, outcome?.meanPilot, outcome?.ciLow, outcome?.p]).toEqual([
      null,
      null,
      null,
      null,
    ])
    expect(outcome?.reading.en).toContain('fewer than 10')
    expect(
      publishedResults(handMade(counts))
        .warningDetails.map((w) => w.en)
        .join(),
    ).toContain('uitstroom: not shown')
    const enough = publishedResults(
      handMade({ ...counts, outcome: { ...counts.outcome, events: [60, 90] } }),
    )
    expect(enough.outcomes[0]?.meanPilot).toBe(0.3)
  })

  it('on random results no count of 1 to 9 can be worked out from what is shown', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 13, max: 400 }))
    const results = fc
      .record({
        pilot: fc.integer({ min: 1, max: 400 }),
        comparison: fc.integer({ min: 1, max: 400 }),
        dropped: count,
        unmatched: count,
        unmatchedControls: count,
        missingPilot: count,
        missingComparison: count,
        matched: fc.boolean(),
        leaving: fc.array(count, { minLength: 12, maxLength: 12 }),
      })
      .map((r): Counts => {
        const treated = r.matched ? Math.max(0, r.pilot - r.unmatched) : r.pilot
        const controls = r.matched ? Math.max(0, r.comparison - r.unmatchedControls) : r.comparison
        const outcome = {
          pilot: Math.max(0, treated - r.missingPilot),
          comparison: Math.max(0, controls - r.missingComparison),
        }
        const series = (start: number, leave: number[]) =>
          leave.reduce((s, l) => [...s, Math.max(0, (s.at(-1) ?? 0) - l)], [start])
        return {
          rows: r.pilot + r.comparison + r.dropped,
          pilot: r.pilot,
          comparison: r.comparison,
          ...(r.matched ? { matching: { treated, controlsMatched: controls } } : {}),
          outcome,
          atRisk: {
            pilot: series(outcome.pilot, r.leaving.slice(0, 6)),
            comparison: series(outcome.comparison, r.leaving.slice(6)),
          },
        }
      })
    fc.assert(
      fc.property(results, (counts) => {
        const shown = publishedResults(handMade(counts))
        expect(smallIn(workedOut(counts, shown))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('reads results stored before the engine wrote groupN, taking the design groups', () => {
    const old = handMade({ rows: 500, pilot: 200, comparison: 300 })
    const { groupN: _dropped, ...outcome } = old.outcomes[0] as StudyResult['outcomes'][number]
    const shown = publishedResults({ ...old, outcomes: [outcome] } as unknown as StudyResult)
    expect(shown.outcomes[0]?.groupN.pilot.count).toBe(200)
    expect(shown.outcomes[0]?.shown).toBe(true)
  })
})
