import {
  balanceTable,
  binaryEffects,
  chiSquare2x2,
  differenceInMeans,
  fisherExact2x2,
  ipwWeights,
  matchNearest,
  robustBinaryEffects,
  welchTTest,
  wilcoxonRankSum,
} from '../../stats/index.js'
import type { LocalisedMessage } from '../errors.js'
import { toValidationError } from '../validation/index.js'
import { readCovariates } from './covariates.js'
import { didOutcome } from './did-outcome.js'
import { fitPropensity } from './propensity.js'
import { readGroup, readPersons, refuseEmpty } from './rows.js'
import { type OutcomeSpec, studySpecSchema } from './spec.js'
import { droppedRowsWarning, readMeans, readProportions } from './summary.js'
import {
  groupSizes,
  IssueCollector,
  type MissingSpellings,
  numericColumn,
  requireBothGroups,
  type StudyTable,
} from './table.js'
import { readTimeOutcome, type TimeData, timeOutcome } from './time-outcome.js'

export type StudyStage = 'validate' | 'propensity' | 'matching' | 'balance' | 'outcomes'

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
  refuseEmpty(table)
  const missing: MissingSpellings = new Set(spec.missing.map((m) => m.trim()))
  const issues = new IssueCollector()
  const warnings: LocalisedMessage[] = []
  const n = table.rowCount
  const persons = readPersons(table, spec, missing, issues, warnings)
  const pilotAll = readGroup(table, spec.group, missing, issues)
  const covariates = readCovariates(
    table,
    spec.covariates,
    spec.design.exact,
    pilotAll,
    missing,
    issues,
  )
  const outcomeData = spec.outcomes.map((o) => readOutcome(table, o, missing, issues))
  issues.throwIfAny()

  // Complete cases over covariates and exact-matching columns (outcomes may be missing per outcome).
  const { complete, missingByColumn } = covariates
  const droppedRows = n - complete.length
  const pick = (v: Float64Array) => Float64Array.from(complete, (i) => v[i]!)
  const pilot = Uint8Array.from(complete, (i) => pilotAll[i]!)
  const person = Int32Array.from(complete, (i) => persons[i]!)
  const terms = covariates.modelTerms
  const nPilot = pilot.reduce((s, v) => s + v, 0)
  if (nPilot === 0 || nPilot === pilot.length) {
    issues.add(
      undefined,
      spec.group.column,
      'een van de groepen heeft geen leden',
      'one of the groups has no members',
    )
  }
  for (const t of covariates.balanceTerms) {
    if (t.values.every((v) => v === t.values[0]))
      issues.add(undefined, t.name, 'covariaat is constant', 'covariate is constant')
  }
  issues.throwIfAny()

  stage('propensity')
  if (droppedRows > 0) warnings.push(droppedRowsWarning(String(droppedRows)))
  const fitted = fitPropensity(
    terms,
    pilot,
    covariates.oneGroupLevels,
    spec.design.method !== 'none',
    issues,
  )
  issues.throwIfAny()
  const propensity = fitted.fit
  warnings.push(...fitted.warnings)

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
          covariates: covariates.balanceTerms,
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
  const outcomes = outcomeData.map((read) => {
    if (read.type === 'time-to-event')
      return timeOutcome(
        read.spec,
        read.data,
        complete,
        pilot,
        inSample,
        table,
        missing,
        warnings,
        simpleDesign,
      )
    if (read.type === 'difference-in-differences')
      return didOutcome(read.spec, pick(read.before), pick(read.after), pilot, person, weights)
    const o = read.spec
    const y = pick(read.y)
    const rows = [...y.keys()].filter((i) => inSample(i) && !Number.isNaN(y[i]!))
    const yy = Float64Array.from(rows, (i) => y[i]!)
    const tt = Uint8Array.from(rows, (i) => pilot[i]!)
    requireBothGroups(o.name, o.column, tt)
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
      groupN: groupSizes(tt),
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
        events: { pilot: counts[0], comparison: counts[2] },
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
    /** Per column, the rows with a missing value there (left out of the analysis, or of that outcome). */
    missingByColumn,
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

export type StudyResult = ReturnType<typeof runStudy>

type SpecOf<T extends OutcomeSpec['type']> = Extract<OutcomeSpec, { type: T }>

/** An outcome's spec with its columns per table row (NaN = missing), read and checked. */
type OutcomeColumns =
  | { type: 'time-to-event'; spec: SpecOf<'time-to-event'>; data: TimeData }
  | {
      type: 'difference-in-differences'
      spec: SpecOf<'difference-in-differences'>
      before: Float64Array
      after: Float64Array
    }
  | { type: 'values'; spec: SpecOf<'binary' | 'continuous' | 'count' | 'cost'>; y: Float64Array }

function readOutcome(
  table: StudyTable,
  o: OutcomeSpec,
  missing: MissingSpellings,
  issues: IssueCollector,
): OutcomeColumns {
  if (o.type === 'time-to-event')
    return { type: o.type, spec: o, data: readTimeOutcome(table, o, missing, issues) }
  if (o.type === 'difference-in-differences')
    return {
      type: o.type,
      spec: o,
      before: numericColumn(table, o.before, issues, missing),
      after: numericColumn(table, o.after, issues, missing),
    }
  const y = numericColumn(table, o.column, issues, missing)
  if (o.type === 'binary')
    y.forEach((v, i) => {
      if (!Number.isNaN(v) && v !== 0 && v !== 1)
        issues.add(i, o.column, 'moet 0 of 1 zijn', 'must be 0 or 1')
    })
  return { type: 'values', spec: o, y }
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
