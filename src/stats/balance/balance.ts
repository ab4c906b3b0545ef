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
  const after = input.weights ?? new Float64Array(input.treat.length).fill(1)
  return input.covariates.map(({ name, values }) => {
    const { binary, t, c, tAfter, cAfter } = groupStats(values, input.treat, after)
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

/**
 * Mean and variance of x among the treated (treat 1) and the controls (treat 0), unweighted and
 * weighted by w (units with w ≤ 0 left out), and whether x is 0/1 throughout: two passes over
 * the rows and no allocation per row. Each sum adds its terms in row order, as one pass per group
 * and weighting did, so results are unchanged to the last bit.
 */
function groupStats(x: ArrayLike<number>, treat: ArrayLike<number>, w: ArrayLike<number>) {
  // [n, Σx] unweighted and [Σw, Σw², Σwx] weighted, treated then controls.
  let nT = 0
  let sxT = 0
  let nC = 0
  let sxC = 0
  let swT = 0
  let sw2T = 0
  let swxT = 0
  let swC = 0
  let sw2C = 0
  let swxC = 0
  let binary = true
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number
    if (xi !== 0 && xi !== 1) binary = false
    const g = treat[i]
    const wi = w[i] as number
    if (g === 1) {
      nT++
      sxT += xi
      if (wi > 0) {
        swT += wi
        sw2T += wi ** 2
        swxT += wi * xi
      }
    } else if (g === 0) {
      nC++
      sxC += xi
      if (wi > 0) {
        swC += wi
        sw2C += wi ** 2
        swxC += wi * xi
      }
    }
  }
  const meanT = sxT / nT
  const meanC = sxC / nC
  const meanWT = swxT / swT
  const meanWC = swxC / swC
  let ssT = 0
  let ssC = 0
  let sswT = 0
  let sswC = 0
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number
    const g = treat[i]
    const wi = w[i] as number
    if (g === 1) {
      ssT += (xi - meanT) ** 2
      if (wi > 0) sswT += wi * (xi - meanWT) ** 2
    } else if (g === 0) {
      ssC += (xi - meanC) ** 2
      if (wi > 0) sswC += wi * (xi - meanWC) ** 2
    }
  }
  // Weighted variance Σw(x − x̄)² / (Σw − Σw²/Σw); with unit weights, n − 1.
  const variance = (ss: number, sw: number, sw2: number) => ss / (sw - sw2 / sw)
  return {
    binary,
    t: { mean: meanT, variance: variance(ssT, nT, nT) },
    c: { mean: meanC, variance: variance(ssC, nC, nC) },
    tAfter: { mean: meanWT, variance: variance(sswT, swT, sw2T) },
    cAfter: { mean: meanWC, variance: variance(sswC, swC, sw2C) },
  }
}
