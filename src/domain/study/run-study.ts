import {
  balanceTable,
  binaryEffects,
  chiSquare2x2,
  differenceInMeans,
  fisherExact2x2,
  fitCox,
  fitLogistic,
  ipwWeights,
  kaplanMeier,
  logRank,
  matchNearest,
  robustBinaryEffects,
  survivalAt,
  welchTTest,
  wilcoxonRankSum,
} from '../../stats/index.js'
import { DAYS_PER_MONTH, MS_PER_DAY } from '../calendar.js'
import type { LocalisedMessage } from '../errors.js'
import { MISSING_REQUIRED, toValidationError } from '../validation/index.js'
import { type CovariateSpec, type OutcomeSpec, studySpecSchema } from './spec.js'
import { type Reading, readHazard, readMeans, readProportions } from './summary.js'
import { IssueCollector, numericColumn, requireColumn, type StudyTable } from './table.js'

export type StudyStage = 'validate' | 'propensity' | 'matching' | 'balance' | 'outcomes'

export interface Term {
  readonly name: string
  readonly values: Float64Array
}

/**
 * The effect analysis of a study: validation, complete cases, propensity model, design
 * (nearest-neighbour matching, inverse-probability weighting, or none), balance, and every
 * outcome with its estimate, standard error, 95% interval, p-value and a reading in Dutch and
 * English. Pure: the table comes in, a JSON-serialisable result goes out.
 * @throws ValidationError naming row and column of every problem found
 */
export function runStudy(
  input: unknown,
  table: StudyTable,
  options: { onStage?: (stage: StudyStage) => void } = {},
) {
  const parsed = studySpecSchema.safeParse(input)
  if (!parsed.success) throw toValidationError(parsed.error, input)
  const spec = parsed.data
  const stage = options.onStage ?? (() => {})
  stage('validate')
  const issues = new IssueCollector()
  const n = table.rowCount
  const groupRaw = requireColumn(table, spec.group.column, issues)
  const pilotAll = Uint8Array.from(groupRaw, (v) => (v.trim() === spec.group.treated ? 1 : 0))
  groupRaw.forEach((v, i) => {
    if (v.trim() === '') issues.add(i, spec.group.column, MISSING_REQUIRED.nl, MISSING_REQUIRED.en)
  })
  // The comparison value is the most frequent other value; any further value is an error.
  const counts = new Map<string, number>()
  for (const v of groupRaw)
    if (v.trim() !== spec.group.treated && v.trim() !== '')
      counts.set(v.trim(), (counts.get(v.trim()) ?? 0) + 1)
  const comparison = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  groupRaw.forEach((v, i) => {
    const value = v.trim()
    if (value !== '' && value !== spec.group.treated && value !== comparison) {
      issues.add(
        i,
        spec.group.column,
        `onbekende groepswaarde "${value}" (verwacht "${spec.group.treated}" of "${comparison}")`,
        `unknown group value "${value}" (expected "${spec.group.treated}" or "${comparison}")`,
      )
    }
  })
  const covariateTerms = spec.covariates.flatMap((c) => termsOf(table, c, issues))
  for (const column of spec.design.exact) requireColumn(table, column, issues)
  const outcomeData = spec.outcomes.map((o) => readOutcome(table, o, issues))
  issues.throwIfAny()

  // Complete cases over covariates (outcomes may be missing per outcome).
  const complete: number[] = []
  for (let i = 0; i < n; i++)
    if (covariateTerms.every((t) => !Number.isNaN(t.values[i]!))) complete.push(i)
  const droppedRows = n - complete.length
  const pick = (v: Float64Array) => Float64Array.from(complete, (i) => v[i]!)
  const pilot = Uint8Array.from(complete, (i) => pilotAll[i]!)
  const terms = covariateTerms.map((t) => ({ name: t.name, values: pick(t.values) }))
  const nPilot = pilot.reduce((s, v) => s + v, 0)
  if (nPilot === 0 || nPilot === pilot.length) {
    issues.add(
      undefined,
      spec.group.column,
      'een van de groepen heeft geen leden',
      'one of the groups has no members',
    )
  }
  for (const t of terms) {
    if (t.values.every((v) => v === t.values[0]))
      issues.add(undefined, t.name, 'covariaat is constant', 'covariate is constant')
  }
  issues.throwIfAny()

  stage('propensity')
  const warnings: LocalisedMessage[] = []
  if (droppedRows > 0)
    warnings.push({
      nl: `${droppedRows} rij(en) met een ontbrekende covariaatwaarde zijn weggelaten (complete-case-analyse).`,
      en: `${droppedRows} row(s) with a missing covariate value were left out (complete-case analysis).`,
    })
  const propensity =
    terms.length > 0
      ? fitLogistic({ x: terms.map((t) => t.values), terms: terms.map((t) => t.name), y: pilot })
      : undefined
  if (propensity) warnings.push(...propensity.warnings.map(propensityWarning))

  stage('matching')
  const design = spec.design
  let weights: Float64Array | undefined
  let subclass: Int32Array | undefined
  let matching:
    | {
        treated: number
        controlsMatched: number
        unmatchedTreated: number
        caliperDistance?: number
      }
    | undefined
  if (design.method === 'nearest' && propensity) {
    const distance = design.distance === 'logit' ? propensity.linearPredictor : propensity.fitted
    const m = matchNearest({
      distance,
      treat: pilot,
      ratio: design.ratio,
      replace: design.replace,
      rule: design.rule,
      ...(design.exact.length > 0 ? { exact: strataOf(table, design.exact, complete) } : {}),
      ...(design.caliper ? { caliper: design.caliper } : {}),
    })
    weights = m.weights
    subclass = design.replace ? undefined : m.subclass
    matching = {
      treated: m.treatedMatched,
      controlsMatched: m.controlsMatched,
      unmatchedTreated: m.unmatchedTreated,
      ...(m.caliperDistance !== undefined ? { caliperDistance: m.caliperDistance } : {}),
    }
  } else if (design.method === 'ipw' && propensity) {
    weights = ipwWeights(propensity.fitted, pilot, design.estimand)
  }

  stage('balance')
  const balance =
    terms.length > 0
      ? balanceTable({
          covariates: terms,
          treat: pilot,
          ...(weights ? { weights } : {}),
          estimand: design.estimand,
        }).map((b) => ({
          covariate: b.covariate,
          smdBefore: b.smdBefore,
          smdAfter: b.smdAfter,
          varRatioBefore: b.varRatioBefore,
          varRatioAfter: b.varRatioAfter,
        }))
      : []

  stage('outcomes')
  const inSample = (i: number) => (weights ? weights[i]! > 0 : true)
  const simpleDesign =
    design.method === 'none' ||
    (design.method === 'nearest' && design.ratio === 1 && !design.replace)
  const outcomes = spec.outcomes.map((o, k) => {
    const data = outcomeData[k]!
    if (o.type === 'time-to-event')
      return timeOutcome(o, data, complete, pilot, inSample, table, warnings, simpleDesign)
    const y = pick(data.y)
    const rows = [...y.keys()].filter((i) => inSample(i) && !Number.isNaN(y[i]!))
    const yy = Float64Array.from(rows, (i) => y[i]!)
    const tt = Uint8Array.from(rows, (i) => pilot[i]!)
    const ww = weights ? Float64Array.from(rows, (i) => weights[i]!) : undefined
    const ss = subclass ? Int32Array.from(rows, (i) => subclass[i]!) : undefined
    const effect = differenceInMeans({
      y: yy,
      treat: tt,
      ...(ww ? { weights: ww } : {}),
      ...(ss ? { subclass: ss } : {}),
    })
    const mean = (g: number) => weightedMean(yy, tt, g, ww)
    const base = {
      name: o.name,
      type: o.type,
      n: rows.length,
      estimate: effect.estimate,
      se: effect.stdError,
      ciLow: effect.ciLower,
      ciHigh: effect.ciUpper,
      p: effect.pValue,
      meanPilot: mean(1),
      meanComparison: mean(0),
      ...(design.method === 'ipw' ? { seMethod: 'robust-HC0' as const } : {}),
    }
    if (o.type === 'binary') {
      // After IPW the weights are sampling weights: sandwich (HC0) SEs, as glm + vcovHC.
      const be =
        design.method === 'ipw' && ww
          ? robustBinaryEffects({ y: yy, treat: tt, weights: ww })
          : binaryEffects({ y: yy, treat: tt, ...(ww ? { weights: ww } : {}) })
      const counts = twoByTwo(yy, tt)
      return {
        ...base,
        scale: 'risk difference (proportion)',
        riskRatio: be.riskRatio,
        oddsRatio: be.oddsRatio,
        ...(simpleDesign
          ? {
              chiSquare: chiSquare2x2(counts, true),
              chiSquareUncorrected: chiSquare2x2(counts, false),
              ...(rows.length <= 20_000 ? { fisher: fisherExact2x2(counts) } : {}),
            }
          : {}),
        reading: readProportions(o.name, base.meanPilot, base.meanComparison, effect),
      }
    }
    const x1 = yy.filter((_, i) => tt[i] === 1)
    const x0 = yy.filter((_, i) => tt[i] === 0)
    return {
      ...base,
      scale: 'difference in means',
      ...(simpleDesign ? { welch: welchTTest(x1, x0), wilcoxon: wilcoxonRankSum(x1, x0) } : {}),
      reading: readMeans(o.name, base.meanPilot, base.meanComparison, effect),
    }
  })

  return {
    software: 'effectwijzer',
    spec,
    n: { rows: n, analysed: complete.length, pilot: nPilot, comparison: complete.length - nPilot },
    droppedRows,
    propensity: propensity
      ? {
          coefficients: propensity.coefficients.map((c) => ({
            term: c.term,
            estimate: c.estimate,
            se: c.stdError,
            z: c.statistic,
            p: c.pValue,
          })),
          converged: propensity.converged,
          deviance: propensity.deviance,
          aic: propensity.aic,
        }
      : null,
    matching: matching ?? null,
    balance,
    balanceDenominator:
      design.estimand === 'ATT'
        ? 'standard deviation of the pilot group in the full sample (binary: √(p(1 − p)))'
        : 'pooled standard deviation √((s²_pilot + s²_comparison)/2)',
    outcomes,
    /** In English, as results.json has always had them; `warningDetails` in both languages. */
    warnings: warnings.map((w) => w.en),
    warningDetails: warnings,
  }
}

/**
 * The logistic fit's warnings (stats speaks English only) in both languages; the English is the
 * fit's own text, so results.json's `warnings` stay as they were.
 */
function propensityWarning(warning: string): LocalisedMessage {
  const en = `propensity model: ${warning}`
  const iterations = /^IRLS did not converge in (\d+) iterations$/.exec(warning)?.[1]
  if (iterations !== undefined)
    return { nl: `propensity-model: IRLS is na ${iterations} iteraties niet geconvergeerd`, en }
  if (warning.includes('complete separation'))
    return {
      nl: 'propensity-model: voorspelde kansen van (bijna) 0 of 1: (quasi-)volledige scheiding',
      en,
    }
  return { nl: en, en }
}

export type StudyResult = ReturnType<typeof runStudy>

function termsOf(table: StudyTable, c: CovariateSpec, issues: IssueCollector): Term[] {
  if (c.type === 'numeric')
    return [{ name: c.column, values: numericColumn(table, c.column, issues) }]
  return categoricalTerms(c.column, requireColumn(table, c.column, issues))
}

/**
 * Indicator terms `column:level` for a categorical column, the first level (sorted, as R's
 * factor) as the reference; empty cells are missing. One pass to code the cells, one per level.
 */
export function categoricalTerms(column: string, raw: readonly string[]): Term[] {
  const codes = new Int32Array(raw.length)
  const seen = new Map<string, number>()
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!.trim()
    if (v === '') {
      codes[i] = -1
      continue
    }
    let code = seen.get(v)
    if (code === undefined) {
      code = seen.size
      seen.set(v, code)
    }
    codes[i] = code
  }
  const levels = [...seen.keys()].sort()
  return levels.slice(1).map((level) => {
    const code = seen.get(level)
    const values = new Float64Array(raw.length)
    for (let i = 0; i < raw.length; i++)
      values[i] = codes[i] === -1 ? Number.NaN : codes[i] === code ? 1 : 0
    return { name: `${column}:${level}`, values }
  })
}

interface OutcomeData {
  readonly y: Float64Array
  readonly event: Float64Array
}

function readOutcome(table: StudyTable, o: OutcomeSpec, issues: IssueCollector): OutcomeData {
  if (o.type !== 'time-to-event') {
    const y = numericColumn(table, o.column, issues)
    if (o.type === 'binary')
      y.forEach((v, i) => {
        if (!Number.isNaN(v) && v !== 0 && v !== 1)
          issues.add(i, o.column, 'moet 0 of 1 zijn', 'must be 0 or 1')
      })
    return { y, event: new Float64Array(0) }
  }
  if (o.time !== undefined && o.event !== undefined) {
    const time = numericColumn(table, o.time, issues)
    const event = numericColumn(table, o.event, issues)
    for (let i = 0; i < table.rowCount; i++) {
      if (time[i]! < 0) issues.add(i, o.time, 'negatieve duur', 'negative duration')
      if (!Number.isNaN(event[i]!) && Number.isNaN(time[i]!))
        issues.add(i, o.time, 'gebeurtenis zonder tijd', 'event without a time')
      if (!Number.isNaN(event[i]!) && event[i] !== 0 && event[i] !== 1)
        issues.add(i, o.event, 'moet 0 of 1 zijn', 'must be 0 or 1')
    }
    return { y: time, event }
  }
  // Dates: months from start to end, censored at followUp months.
  const start = requireColumn(table, o.start ?? '', issues)
  const end = o.end ? requireColumn(table, o.end, issues) : []
  const followUp = o.followUp ?? 0
  const y = new Float64Array(table.rowCount).fill(Number.NaN)
  const event = new Float64Array(table.rowCount).fill(Number.NaN)
  const MONTH = DAYS_PER_MONTH * MS_PER_DAY
  for (const [i, s] of start.entries()) {
    const t0 = Date.parse(s.trim())
    if (Number.isNaN(t0))
      issues.add(
        i,
        o.start ?? '',
        `"${s}" is geen datum (jjjj-mm-dd)`,
        `"${s}" is not a date (yyyy-mm-dd)`,
      )
    const e = (end[i] ?? '').trim()
    const t1 = e === '' ? Number.NaN : Date.parse(e)
    if (e !== '' && Number.isNaN(t1))
      issues.add(i, o.end ?? '', `"${e}" is geen datum`, `"${e}" is not a date`)
    const months = (t1 - t0) / MONTH
    if (months < 0)
      issues.add(i, o.end ?? '', 'einddatum ligt voor de startdatum', 'end date before start date')
    const observed = !Number.isNaN(months) && months <= followUp
    y[i] = observed ? months : followUp
    event[i] = observed ? 1 : 0
  }
  return { y, event }
}

function timeOutcome(
  o: Extract<OutcomeSpec, { type: 'time-to-event' }>,
  data: OutcomeData,
  complete: readonly number[],
  pilot: Uint8Array,
  inSample: (i: number) => boolean,
  table: StudyTable,
  warnings: LocalisedMessage[],
  simpleDesign: boolean,
) {
  const time = Float64Array.from(complete, (i) => data.y[i]!)
  const event = Float64Array.from(complete, (i) => data.event[i]!)
  const rows = [...time.keys()].filter(
    (i) => inSample(i) && !Number.isNaN(time[i]!) && !Number.isNaN(event[i]!),
  )
  if (!simpleDesign)
    warnings.push({
      nl: `${o.name}: Kaplan–Meier, log-rank en Cox zijn berekend op de aangepaste steekproef, zonder gewichten.`,
      en: `${o.name}: Kaplan–Meier, log-rank and Cox are computed on the adjusted sample without weights.`,
    })
  const t = Float64Array.from(rows, (i) => time[i]!)
  const e = Float64Array.from(rows, (i) => event[i]!)
  const g = Float64Array.from(rows, (i) => pilot[i]!)
  const km = (['pilot', 'comparison'] as const).map((group) => {
    const sel = rows.map((_, k) => k).filter((k) => (g[k] === 1) === (group === 'pilot'))
    const curve = kaplanMeier({ time: sel.map((k) => t[k]!), event: sel.map((k) => e[k]!) })
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
  const issues = new IssueCollector()
  const adjust = o.adjust
    .flatMap((c) => termsOf(table, c, issues))
    .map((term) => ({
      name: term.name,
      values: Float64Array.from(rows, (k) => term.values[complete[k]!]!),
    }))
  issues.throwIfAny()
  const cox = fitCox({
    time: t,
    event: e,
    x: [g, ...adjust.map((a) => a.values)],
    terms: ['group', ...adjust.map((a) => a.name)],
    ties: o.ties,
  })
  const group = cox.terms[0]!
  return {
    name: o.name,
    type: o.type,
    n: rows.length,
    scale: 'hazard ratio (Cox), pilot vs comparison',
    estimate: group.hazardRatio,
    se: group.stdError,
    ciLow: group.ciLower,
    ciHigh: group.ciUpper,
    p: group.pValue,
    km,
    logrank: { chisq: lr.statistic, df: lr.df, p: lr.pValue },
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
      concordance: cox.concordance,
      lrTest: { chisq: cox.lrTest.statistic, df: cox.lrTest.df, p: cox.lrTest.pValue },
      waldTest: { chisq: cox.waldTest.statistic, df: cox.waldTest.df, p: cox.waldTest.pValue },
      scoreTest: { chisq: cox.scoreTest.statistic, df: cox.scoreTest.df, p: cox.scoreTest.pValue },
    },
    reading: readHazard(
      o.name,
      group.hazardRatio,
      group.ciLower,
      group.ciUpper,
      group.pValue,
    ) as Reading,
  }
}

/** A stratum code per analysed row from the combination of the exact-matching columns. */
function strataOf(
  table: StudyTable,
  columns: readonly string[],
  rows: readonly number[],
): Int32Array {
  const codes = new Map<string, number>()
  return Int32Array.from(rows, (i) => {
    const key = columns.map((c) => table.columns.get(c)?.[i] ?? '').join('\u0000')
    let code = codes.get(key)
    if (code === undefined) {
      code = codes.size
      codes.set(key, code)
    }
    return code
  })
}

function nullable(x: number): number | null {
  return Number.isFinite(x) ? x : null
}

function weightedMean(
  y: Float64Array,
  treat: Uint8Array,
  group: number,
  w: Float64Array | undefined,
): number {
  let s = 0
  let sw = 0
  for (let i = 0; i < y.length; i++) {
    if (treat[i] !== group) continue
    const wi = w ? w[i]! : 1
    s += wi * y[i]!
    sw += wi
  }
  return s / sw
}

function twoByTwo(y: Float64Array, treat: Uint8Array): readonly [number, number, number, number] {
  let a = 0
  let b = 0
  let c = 0
  let d = 0
  for (let i = 0; i < y.length; i++) {
    if (treat[i] === 1) y[i] === 1 ? a++ : b++
    else y[i] === 1 ? c++ : d++
  }
  return [a, b, c, d]
}
