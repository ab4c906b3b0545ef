import { fitCox, kaplanMeier, logRank, survivalAt } from '../../stats/index.js'
import { DAYS_PER_MONTH, MS_PER_DAY } from '../calendar.js'
import type { LocalisedMessage } from '../errors.js'
import { type Term, termsOn } from './covariates.js'
import type { OutcomeSpec } from './spec.js'
import { readHazard, readLogRankOnly } from './summary.js'
import {
  groupSizes,
  IssueCollector,
  isMissing,
  type MissingSpellings,
  numericColumn,
  requireBothGroups,
  requireColumn,
  type StudyTable,
} from './table.js'

type TimeSpec = Extract<OutcomeSpec, { type: 'time-to-event' }>

export interface TimeData {
  readonly time: Float64Array
  readonly event: Float64Array
}

/** Time and event per table row (NaN = missing), from time/event columns or from dates. */
export function readTimeOutcome(
  table: StudyTable,
  o: TimeSpec,
  missing: MissingSpellings,
  issues: IssueCollector,
): TimeData {
  if (o.time !== undefined && o.event !== undefined) {
    const time = numericColumn(table, o.time, issues, missing)
    const event = numericColumn(table, o.event, issues, missing)
    for (let i = 0; i < table.rowCount; i++) {
      if (time[i]! < 0) issues.add(i, o.time, 'negatieve duur', 'negative duration')
      if (!Number.isNaN(event[i]!) && Number.isNaN(time[i]!))
        issues.add(i, o.time, 'gebeurtenis zonder tijd', 'event without a time')
      if (!Number.isNaN(event[i]!) && event[i] !== 0 && event[i] !== 1)
        issues.add(i, o.event, 'moet 0 of 1 zijn', 'must be 0 or 1')
    }
    return { time, event }
  }
  // Dates: months from start to end, censored at followUp months; a missing end is no event.
  const start = requireColumn(table, o.start ?? '', issues)
  const end = o.end ? requireColumn(table, o.end, issues) : []
  const followUp = o.followUp ?? 0
  const time = new Float64Array(table.rowCount).fill(Number.NaN)
  const event = new Float64Array(table.rowCount).fill(Number.NaN)
  const MONTH = DAYS_PER_MONTH * MS_PER_DAY
  for (const [i, s] of start.entries()) {
    if (isMissing(s, missing)) continue
    const t0 = Date.parse(s.trim())
    if (Number.isNaN(t0))
      issues.add(
        i,
        o.start ?? '',
        `"${s}" is geen datum (jjjj-mm-dd)`,
        `"${s}" is not a date (yyyy-mm-dd)`,
      )
    const e = (end[i] ?? '').trim()
    const t1 = isMissing(e, missing) ? Number.NaN : Date.parse(e)
    if (!isMissing(e, missing) && Number.isNaN(t1))
      issues.add(i, o.end ?? '', `"${e}" is geen datum`, `"${e}" is not a date`)
    const months = (t1 - t0) / MONTH
    if (months < 0)
      issues.add(i, o.end ?? '', 'einddatum ligt voor de startdatum', 'end date before start date')
    const observed = !Number.isNaN(months) && months <= followUp
    time[i] = observed ? months : followUp
    event[i] = observed ? 1 : 0
  }
  return { time, event }
}

/**
 * A time-to-event outcome on the analysed rows in the adjusted sample: Kaplan–Meier per group,
 * log-rank, and the Cox model of the group (and `adjust`). When a 0/1 term has no events on
 * one side its partial likelihood only grows as the coefficient runs off to ±∞ (monotone
 * likelihood; R's coxph warns "coefficient may be infinite"): the fit's number is an artefact.
 * Then it is flagged, and for the group the hazard ratio is its limit (0 or ∞, no interval)
 * and the reading and p rest on the log-rank test.
 */
export function timeOutcome(
  o: TimeSpec,
  data: TimeData,
  complete: readonly number[],
  pilot: Uint8Array,
  inSample: (k: number) => boolean,
  table: StudyTable,
  missing: MissingSpellings,
  warnings: LocalisedMessage[],
  simpleDesign: boolean,
) {
  const issues = new IssueCollector()
  const adjustAll = termsOn(table, o.adjust, complete, missing, issues)
  issues.throwIfAny()
  const ks = complete
    .map((_, k) => k)
    .filter(
      (k) =>
        inSample(k) &&
        !Number.isNaN(data.time[complete[k]!]!) &&
        !Number.isNaN(data.event[complete[k]!]!) &&
        adjustAll.every((a) => !Number.isNaN(a.values[k]!)),
    )
  if (!simpleDesign)
    warnings.push({
      nl: `${o.name}: Kaplan–Meier, log-rank en Cox zijn berekend op de aangepaste steekproef, zonder gewichten.`,
      en: `${o.name}: Kaplan–Meier, log-rank and Cox are computed on the adjusted sample without weights.`,
    })
  const t = Float64Array.from(ks, (k) => data.time[complete[k]!]!)
  const e = Float64Array.from(ks, (k) => data.event[complete[k]!]!)
  const g = Float64Array.from(ks, (k) => pilot[k]!)
  requireBothGroups(o.name, [o.time, o.event, o.start, o.end].filter(Boolean).join(', '), g)
  if (e.every((v) => v === 0)) {
    issues.add(
      undefined,
      o.event ?? o.end ?? o.start ?? o.name,
      `${o.name}: niemand in de analyse had de gebeurtenis; er valt geen tijd tot de gebeurtenis te vergelijken`,
      `${o.name}: no one in the analysis had the event, so there is no time to the event to compare`,
    )
    issues.throwIfAny()
  }
  const km = (['pilot', 'comparison'] as const).map((group) => {
    const sel = ks.map((_, j) => j).filter((j) => (g[j] === 1) === (group === 'pilot'))
    const curve = kaplanMeier({ time: sel.map((j) => t[j]!), event: sel.map((j) => e[j]!) })
    return {
      group,
      time: curve.time,
      survival: curve.survival,
      lower: curve.lower,
      upper: curve.upper,
      nRisk: curve.nRisk,
      median: nullable(curve.median),
      medianCiLow: nullable(curve.medianLower),
      medianCiHigh: nullable(curve.medianUpper),
      at: survivalAt(curve, o.at),
    }
  })
  const lr = logRank({
    time: t,
    event: e,
    group: Array.from(g, (v) => (v === 1 ? 'pilot' : 'comparison')),
  })
  const adjust: Term[] = adjustAll.map((a) => ({
    name: a.name,
    values: Float64Array.from(ks, (k) => a.values[k]!),
  }))
  const terms = [{ name: 'group', values: g }, ...adjust]
  const monotone = terms.flatMap((term) => {
    const side = eventlessSide(term.values, e)
    return side === undefined ? [] : [{ term: term.name, side }]
  })
  for (const m of monotone) warnings.push(monotoneWarning(o.name, m.term, m.side))
  const cox = fitCox({
    time: t,
    event: e,
    x: terms.map((term) => term.values),
    terms: terms.map((term) => term.name),
    ties: o.ties,
  })
  const group = cox.terms[0]!
  const groupMonotone = monotone.find((m) => m.term === 'group')
  const logrank = { chisq: lr.statistic, df: lr.df, p: lr.pValue }
  return {
    name: o.name,
    type: o.type,
    n: ks.length,
    groupN: groupSizes(g),
    events: {
      pilot: e.reduce((s, v, j) => s + (g[j] === 1 ? v : 0), 0),
      comparison: e.reduce((s, v, j) => s + (g[j] === 0 ? v : 0), 0),
    },
    scale: 'hazard ratio (Cox), pilot vs comparison',
    ...(groupMonotone
      ? {
          // No pilot events: the hazard ratio's limit is 0; no comparison events: ∞ (null in JSON).
          estimate: groupMonotone.side === 1 ? 0 : Number.POSITIVE_INFINITY,
          se: Number.NaN,
          ciLow: Number.NaN,
          ciHigh: Number.NaN,
          p: lr.pValue,
          pSource: 'log-rank' as const,
        }
      : {
          estimate: group.hazardRatio,
          se: group.stdError,
          ciLow: group.ciLower,
          ciHigh: group.ciUpper,
          p: group.pValue,
        }),
    km,
    logrank,
    cox: {
      ties: cox.ties,
      terms: cox.terms.map((x) => ({
        term: x.term,
        coef: x.coef,
        se: x.stdError,
        hr: x.hazardRatio,
        hrCiLow: x.ciLower,
        hrCiHigh: x.ciUpper,
        p: x.pValue,
      })),
      /** Terms whose coefficient is infinite (no events on one side of a 0/1 term). */
      monotoneLikelihood: monotone.map((m) => m.term),
      concordance: cox.concordance,
      lrTest: { chisq: cox.lrTest.statistic, df: cox.lrTest.df, p: cox.lrTest.pValue },
      waldTest: { chisq: cox.waldTest.statistic, df: cox.waldTest.df, p: cox.waldTest.pValue },
      scoreTest: { chisq: cox.scoreTest.statistic, df: cox.scoreTest.df, p: cox.scoreTest.pValue },
    },
    reading: groupMonotone
      ? readLogRankOnly(o.name, groupMonotone.side === 1 ? 'pilot' : 'comparison', lr.pValue)
      : readHazard(o.name, group.hazardRatio, group.ciLower, group.ciUpper, group.pValue),
  }
}

/** For a 0/1 term: the side (1 or 0) without any event, if one has none; undefined otherwise. */
function eventlessSide(values: Float64Array, event: Float64Array): 0 | 1 | undefined {
  let binary = true
  const events = [0, 0]
  const members = [0, 0]
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (v !== 0 && v !== 1) binary = false
    else {
      members[v]!++
      events[v]! += event[i]!
    }
  }
  if (!binary || members[0] === 0 || members[1] === 0 || events[0]! + events[1]! === 0)
    return undefined
  if (events[1] === 0) return 1
  return events[0] === 0 ? 0 : undefined
}

function monotoneWarning(outcome: string, term: string, side: 0 | 1): LocalisedMessage {
  if (term === 'group') {
    const nl = side === 1 ? 'de pilotgroep' : 'de vergelijkingsgroep'
    const en = side === 1 ? 'the pilot group' : 'the comparison group'
    return {
      nl: `${outcome}: niemand in ${nl} had de gebeurtenis; de hazard ratio is dan niet te schatten (het Cox-coëfficiënt is oneindig, monotone likelihood) en de uitkomst berust op de log-ranktoets.`,
      en: `${outcome}: no one in ${en} had the event, so the hazard ratio cannot be estimated (the Cox coefficient is infinite, monotone likelihood); the result rests on the log-rank test.`,
    }
  }
  return {
    nl: `${outcome}: het Cox-coëfficiënt van ${term} is oneindig (geen gebeurtenissen ${side === 1 ? 'bij' : 'buiten'} ${term}, monotone likelihood); de getoonde waarde is betekenisloos.`,
    en: `${outcome}: the Cox coefficient of ${term} is infinite (no events ${side === 1 ? 'with' : 'without'} ${term}, monotone likelihood); the value shown is meaningless.`,
  }
}

function nullable(x: number): number | null {
  return Number.isFinite(x) ? x : null
}
