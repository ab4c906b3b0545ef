import type { DisclosureRules, PublishedCount } from '../disclosure/index.js'
import type { LocalisedMessage } from '../errors.js'
import { CountCells } from './count-cells.js'
import type { StudyResult } from './run-study.js'
import { droppedRowsWarning } from './summary.js'

/**
 * What a researcher or pilot manager may see of an effect analysis (issue 13): a register
 * extract is about residents, so a count below 10 is not shown. Counts are not rounded: the
 * effects beside them are exact, and rounding the counts under them would protect nothing.
 */
export const EFFECT_ANALYSIS_RULES: DisclosureRules = { threshold: 10, roundingBase: 1 }

type Group = 'pilot' | 'comparison'
const GROUPS = ['pilot', 'comparison'] as const
type PerGroup<T> = { readonly [G in Group]: T }

export interface PublishedAtRisk {
  /** The printed times: seven, evenly from 0 to the last time of the curves. */
  readonly times: readonly number[]
  readonly counts: PerGroup<readonly PublishedCount[]>
}

export interface PublishedOutcome {
  readonly name: string
  readonly type: string
  readonly scale: string
  readonly n: PublishedCount
  readonly groupN: PerGroup<PublishedCount>
  /** False when a group, or (binary, time to event) its events or non-events, are below 10. */
  readonly shown: boolean
  /** Null when not shown, or not a number (an infinite hazard ratio, an interval that does not exist). */
  readonly estimate: number | null
  readonly se: number | null
  readonly ciLow: number | null
  readonly ciHigh: number | null
  readonly p: number | null
  readonly meanPilot: number | null
  readonly meanComparison: number | null
  /** Difference in differences: each group's change. */
  readonly change: PerGroup<number | null> | null
  readonly reading: LocalisedMessage
  /** Kaplan–Meier steps (survival only: the limits and numbers at risk per step would give counts away). */
  readonly km: ReadonlyArray<{
    readonly group: Group
    readonly time: readonly number[]
    readonly survival: readonly number[]
  }>
  readonly atRisk: PublishedAtRisk | null
}

/** The results as shown to people: page, PDF, workbook, and the API for a pilot manager. */
export interface PublishedResults {
  readonly suppressed: true
  readonly threshold: number
  readonly spec: StudyResult['spec']
  readonly n: {
    readonly rows: PublishedCount
    readonly analysed: PublishedCount
    readonly pilot: PublishedCount
    readonly comparison: PublishedCount
  }
  readonly droppedRows: PublishedCount
  /** Residents left out for a restriction or objection (app runs with a BSN column), else null. */
  readonly restricted: PublishedCount | null
  readonly missingByColumn: ReadonlyArray<{
    readonly column: string
    readonly rows: PublishedCount
  }>
  readonly matching: {
    readonly treated: PublishedCount
    readonly controlsMatched: PublishedCount
    readonly unmatchedTreated: PublishedCount
  } | null
  readonly balance: StudyResult['balance']
  readonly balanceDenominator: string
  readonly propensity: StudyResult['propensity']
  readonly outcomes: readonly PublishedOutcome[]
  readonly warningDetails: readonly LocalisedMessage[]
}

/** A count hidden by hand, to protect a small one below it (see publishedResults). */
const HIDDEN: PublishedCount = { count: null, suppression: 'secondary' }

/**
 * The results of runStudy as people are shown them: every count below 10 hidden ("<10") and
 * secondary suppression (src/domain/disclosure, Hundepool et al. 2012 ch. 5) so that no hidden
 * count follows by subtraction. The counts form one table, published together:
 * rows = analysed + left out, analysed = pilot + comparison, pilot = matched + unmatched,
 * comparison = matched controls + the rest, each design group = the outcome's group + those
 * without the outcome's value, outcome n = its pilot + comparison, and per curve the group =
 * at risk at time 0 + …, at risk at each printed time = at risk at the next + those who left
 * the risk set between them. The remainders are cells too, never shown, protected like the rest.
 *
 * A rate, mean or effect that rests on fewer than 10 people (a group) or events (either group's
 * events or non-events, binary and time to event) is not shown: its numbers are null, its
 * reading says why, and a warning is added.
 *
 * Complements are chosen by the disclosure module (the smallest shown part), except for the
 * two remainders whose part is what every effect rests on: 1–9 rows left out hide the file's
 * rows, and 1–9 unmatched pilot members hide the pilot group, analysed and rows (the totals
 * above them), rather than the analysed groups.
 *
 * Residual: a shown rate with its shown group size gives the number with the event (that is
 * why both must be 10 or more); a Kaplan–Meier step shows the share d/n leaving at that time,
 * as every published curve does; missing values per column are protected one by one, not
 * against each other.
 */
export function publishedResults(
  results: StudyResult,
  context: { readonly restricted?: number | null } = {},
  rules: DisclosureRules = EFFECT_ANALYSIS_RULES,
): PublishedResults {
  const small = (count: number) => count > 0 && count < rules.threshold
  const cells = new CountCells()
  const hiddenByHand = new Set<'rows' | 'pilot' | 'analysed'>()
  if (small(results.droppedRows)) hiddenByHand.add('rows')
  if (results.matching && small(results.matching.unmatchedTreated))
    for (const total of ['rows', 'pilot', 'analysed'] as const) hiddenByHand.add(total)
  const cell = (count: number, total?: 'rows' | 'pilot' | 'analysed') =>
    total && hiddenByHand.has(total) ? undefined : cells.add(count)

  const n = {
    rows: cell(results.n.rows, 'rows'),
    analysed: cell(results.n.analysed, 'analysed'),
    pilot: cell(results.n.pilot, 'pilot'),
    comparison: cells.add(results.n.comparison),
  }
  const dropped = cells.add(results.droppedRows)
  // The file's rows minus these is the engine's rows; the file's count is not shown beside them.
  const restricted =
    context.restricted === undefined || context.restricted === null
      ? undefined
      : cells.add(context.restricted)
  if (n.rows !== undefined && n.analysed !== undefined) cells.relate(n.rows, [n.analysed, dropped])
  if (n.analysed !== undefined && n.pilot !== undefined)
    cells.relate(n.analysed, [n.pilot, n.comparison])
  const missing = Object.entries(results.missingByColumn).map(([column, rows]) => ({
    column,
    cell: cells.add(rows),
  }))
  // With one covariate column missing values, the rows left out are that column's count.
  const covariateColumns = new Set([
    ...results.spec.covariates.map((c) => c.column),
    ...results.spec.design.exact,
  ])
  const covariateMissing = missing.filter((m) => covariateColumns.has(m.column))
  if (covariateMissing.length === 1 && covariateMissing[0])
    cells.relate(dropped, [covariateMissing[0].cell])

  const matching = results.matching
    ? {
        treated: cells.add(results.matching.treated),
        controlsMatched: cells.add(results.matching.controlsMatched),
        unmatchedTreated: cells.add(results.matching.unmatchedTreated),
      }
    : null
  if (matching) {
    if (n.pilot !== undefined) cells.relate(n.pilot, [matching.treated, matching.unmatchedTreated])
    cells.split(n.comparison, [matching.controlsMatched])
  }
  const designGroup: PerGroup<number | undefined> = matching
    ? { pilot: matching.treated, comparison: matching.controlsMatched }
    : n

  const outcomes = results.outcomes.map((o) => {
    // Results stored before the engine wrote groupN: the design's groups, an upper bound.
    const groupN = o.groupN ?? {
      pilot: results.matching?.treated ?? results.n.pilot,
      comparison: results.matching?.controlsMatched ?? results.n.comparison,
    }
    const events = 'events' in o ? o.events : undefined
    const thin =
      GROUPS.some((g) => groupN[g] < rules.threshold) ||
      (events !== undefined &&
        GROUPS.some(
          (g) => small(events[g]) || (o.type === 'binary' && small(groupN[g] - events[g])),
        ))
    const total = cells.add(o.n)
    const groups = { pilot: cells.add(groupN.pilot), comparison: cells.add(groupN.comparison) }
    cells.relate(total, [groups.pilot, groups.comparison])
    for (const g of GROUPS) {
      const whole = designGroup[g]
      if (whole !== undefined) cells.split(whole, [groups[g]])
    }
    const curves = 'km' in o && !thin ? o.km : []
    const times = atRiskTimes(curves)
    const atRisk = Object.fromEntries(
      GROUPS.map((g) => {
        const curve = curves.find((c) => c.group === g)
        const series = curve ? times.map((t) => cells.add(atRiskAt(curve, t))) : []
        series.forEach((at, k) => {
          cells.split(k === 0 ? groups[g] : (series[k - 1] ?? at), [at])
        })
        return [g, series]
      }),
    ) as Record<Group, number[]>
    return { o, thin, total, groups, curves, times, atRisk }
  })

  const shown = cells.publish(rules)
  const at = (c: number | undefined) => (c === undefined ? HIDDEN : (shown[c] ?? HIDDEN))
  const number = (x: number | null | undefined, visible: boolean) =>
    visible && typeof x === 'number' && Number.isFinite(x) ? x : null
  const thinWarnings: LocalisedMessage[] = []

  return {
    suppressed: true,
    threshold: rules.threshold,
    spec: results.spec,
    n: {
      rows: at(n.rows),
      analysed: at(n.analysed),
      pilot: at(n.pilot),
      comparison: at(n.comparison),
    },
    droppedRows: at(dropped),
    restricted: restricted === undefined ? null : at(restricted),
    missingByColumn: missing.map((m) => ({ column: m.column, rows: at(m.cell) })),
    matching: matching && {
      treated: at(matching.treated),
      controlsMatched: at(matching.controlsMatched),
      unmatchedTreated: at(matching.unmatchedTreated),
    },
    balance: results.balance,
    balanceDenominator: results.balanceDenominator,
    propensity: results.propensity,
    outcomes: outcomes.map(({ o, thin, total, groups, curves, times, atRisk }) => {
      const visible = !thin
      if (thin) thinWarnings.push(thinOutcome(o.name, rules.threshold))
      return {
        name: o.name,
        type: o.type,
        scale: o.scale,
        n: at(total),
        groupN: { pilot: at(groups.pilot), comparison: at(groups.comparison) },
        shown: visible,
        estimate: number(o.estimate, visible),
        se: number(o.se, visible),
        ciLow: number(o.ciLow, visible),
        ciHigh: number(o.ciHigh, visible),
        p: number(o.p, visible),
        meanPilot: number('meanPilot' in o ? o.meanPilot : null, visible),
        meanComparison: number('meanComparison' in o ? o.meanComparison : null, visible),
        change:
          'changePilot' in o
            ? {
                pilot: number(o.changePilot, visible),
                comparison: number(o.changeComparison, visible),
              }
            : null,
        reading: visible ? o.reading : thinOutcome(o.name, rules.threshold),
        km: curves.map((c) => ({ group: c.group, time: c.time, survival: c.survival })),
        atRisk:
          curves.length > 0
            ? {
                times,
                counts: {
                  pilot: atRisk.pilot.map((c) => at(c)),
                  comparison: atRisk.comparison.map((c) => at(c)),
                },
              }
            : null,
      }
    }),
    warningDetails: [
      ...results.warningDetails.map((w) =>
        publishedWarning(w, results.droppedRows, at(dropped), rules),
      ),
      ...thinWarnings,
    ],
  }
}

/** A published count as text: the number, "<10" for a small one, "·" for one hidden to protect it. */
export function shownCount(
  count: PublishedCount,
  format: (n: number) => string,
  rules: DisclosureRules = EFFECT_ANALYSIS_RULES,
): string {
  if (count.count !== null) return format(count.count)
  return count.suppression === 'primary' ? `<${rules.threshold}` : '·'
}

/** Seven times, evenly from 0 to the last time of the curves (whole numbers: months in the examples). */
function atRiskTimes(curves: ReadonlyArray<{ readonly time: readonly number[] }>): number[] {
  if (curves.length === 0) return []
  const last = Math.max(...curves.flatMap((c) => c.time), 0)
  return [...new Set(Array.from({ length: 7 }, (_, i) => Math.round((last * i) / 6)))]
}

/** Those still at risk at time t: at the curve's first time from t on (0 past the last). */
function atRiskAt(
  curve: { readonly time: readonly number[]; readonly nRisk: readonly number[] },
  t: number,
) {
  const k = curve.time.findIndex((time) => time >= t)
  return k === -1 ? 0 : (curve.nRisk[k] ?? 0)
}

function thinOutcome(name: string, threshold: number): LocalisedMessage {
  return {
    nl: `${name}: niet getoond, want dit berust op minder dan ${threshold} personen of gebeurtenissen in een groep.`,
    en: `${name}: not shown, as it rests on fewer than ${threshold} people or events in a group.`,
  }
}

/** A warning as shown: one that counts rows gives that count as published. */
function publishedWarning(
  warning: LocalisedMessage,
  droppedRows: number,
  published: PublishedCount,
  rules: DisclosureRules,
): LocalisedMessage {
  if (warning.en === droppedRowsWarning(String(droppedRows)).en)
    return droppedRowsWarning(shownCount(published, String, rules))
  const repeated = /^(\d+) row\(s\) repeat/.exec(warning.en)
  const count = Number(repeated?.[1])
  if (!repeated || !(count > 0 && count < rules.threshold)) return warning
  const hide = (text: string) => text.replace(/^\d+/, `<${rules.threshold}`)
  return { nl: hide(warning.nl), en: hide(warning.en) }
}
