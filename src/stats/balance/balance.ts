export interface BalanceRow {
  readonly covariate: string
  readonly meanTreated: number
  readonly meanControlBefore: number
  readonly meanControlAfter: number
  readonly smdBefore: number
  readonly smdAfter: number
  /** Variance ratio treated/control; null for binary covariates (as MatchIt). */
  readonly varRatioBefore: number | null
  readonly varRatioAfter: number | null
}

/**
 * Balance table as MatchIt's summary(): standardised mean differences before and after
 * matching or weighting, and variance ratios. One row per covariate column given; to list
 * every level of a categorical, as summary() does, pass one indicator per level (the
 * reference level included).
 *
 * ## Method
 *
 *   SMD = (x̄_t − x̄_c) / s,  s = SD of the treated group in the full sample (ATT), or
 *   √((s²_t + s²_c)/2) before adjustment (ATE). Binary covariates use s = √(p(1 − p)).
 *   After adjustment the means are weighted; the denominator stays the same (MatchIt).
 *   Weighted variance: Σw(x − x̄)² / (Σw − Σw²/Σw).
 *
 * ## References
 *
 * - Stuart, E. A. 2010. "Matching Methods for Causal Inference: A Review and a Look Forward."
 *   Statistical Science 25 (1): 1–21. doi:10.1214/09-STS313.
 *
 * Checked against: MatchIt::summary.matchit 4.5.1 — effects/fixtures/make.R; 4.7.2 with every
 * level of a three-level factor — src/domain/study/fixtures/make.R (balance.test.ts)
 *
 * @example
 * ```ts
 * balanceTable({
 *   covariates: [
 *     { name: 'age', values: [30, 40, 50, 35, 45, 25, 60] },
 *     { name: 'single', values: [1, 0, 1, 0, 1, 0, 0] },
 *   ],
 *   treat: [1, 1, 1, 0, 0, 0, 0],
 *   weights: [1, 1, 1, 1, 1, 0, 1], // the control aged 25 was not matched
 * })
 * // → [{ covariate: 'age', meanTreated: 40, meanControlBefore: 41.25,
 * //      meanControlAfter: 46.667…, smdBefore: -0.125, smdAfter: -0.6667…,
 * //      varRatioBefore: 0.4486… },
 * //    { covariate: 'single', smdBefore: 0.8839…, smdAfter: 0.7071…, varRatioBefore: null }]
 * ```
 */
export function balanceTable(input: {
  readonly covariates: ReadonlyArray<{ readonly name: string; readonly values: ArrayLike<number> }>
  readonly treat: ArrayLike<number>
  /** Weights after matching or weighting (0 = not in the adjusted sample). */
  readonly weights?: ArrayLike<number>
  readonly estimand?: 'ATT' | 'ATE'
}): BalanceRow[] {
  const estimand = input.estimand ?? 'ATT'
  const n = input.treat.length
  const ones = new Float64Array(n).fill(1)
  const after = input.weights ?? ones
  return input.covariates.map(({ name, values }) => {
    const binary = Array.from(values).every((v) => v === 0 || v === 1)
    const t = stats(values, input.treat, 1, ones)
    const c = stats(values, input.treat, 0, ones)
    const tAfter = stats(values, input.treat, 1, after)
    const cAfter = stats(values, input.treat, 0, after)
    const sdT = binary ? Math.sqrt(t.mean * (1 - t.mean)) : Math.sqrt(t.variance)
    const sdC = binary ? Math.sqrt(c.mean * (1 - c.mean)) : Math.sqrt(c.variance)
    const s = estimand === 'ATT' ? sdT : Math.sqrt((sdT ** 2 + sdC ** 2) / 2)
    return {
      covariate: name,
      meanTreated: t.mean,
      meanControlBefore: c.mean,
      meanControlAfter: cAfter.mean,
      smdBefore: (t.mean - c.mean) / s,
      smdAfter: (tAfter.mean - cAfter.mean) / s,
      varRatioBefore: binary ? null : t.variance / c.variance,
      varRatioAfter: binary ? null : tAfter.variance / cAfter.variance,
    }
  })
}

function stats(
  x: ArrayLike<number>,
  treat: ArrayLike<number>,
  group: number,
  w: ArrayLike<number>,
) {
  let sw = 0
  let sw2 = 0
  let sx = 0
  for (let i = 0; i < x.length; i++) {
    if (treat[i] !== group || !(w[i]! > 0)) continue
    sw += w[i]!
    sw2 += w[i]! ** 2
    sx += w[i]! * x[i]!
  }
  const mean = sx / sw
  let ss = 0
  for (let i = 0; i < x.length; i++) {
    if (treat[i] !== group || !(w[i]! > 0)) continue
    ss += w[i]! * (x[i]! - mean) ** 2
  }
  return { mean, variance: ss / (sw - sw2 / sw) }
}
