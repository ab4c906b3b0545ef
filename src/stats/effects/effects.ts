import { normalQuantile, normalSf } from '../dists/index.js'
import { fitLinearRobust, type RobustType } from './linear-model.js'

export interface EffectEstimate {
  readonly estimate: number
  readonly stdError: number
  readonly ciLower: number
  readonly ciUpper: number
  readonly pValue: number
}

export function wald(estimate: number, stdError: number): EffectEstimate {
  const z = normalQuantile(0.975)
  return {
    estimate,
    stdError,
    ciLower: estimate - z * stdError,
    ciUpper: estimate + z * stdError,
    pValue: 2 * normalSf(Math.abs(estimate / stdError)),
  }
}

/**
 * Difference in (weighted) means between pilot and comparison, with a standard error that
 * respects the design: pair-clustered for matching (lm(y ~ treat, weights) + vcovCL(cluster =
 * ~subclass), as MatchIt's vignette recommends), robust HC0 for inverse-probability weights,
 * HC1 without a design. Normal-theory 95% interval.
 *
 * Ref: Austin, P. C. 2011. "An Introduction to Propensity Score Methods." Multivariate
 * Behavioral Research 46 (3): 399–424. doi:10.1080/00273171.2011.568786.
 * Checked against: lm + sandwich — effects/fixtures/make.R
 *
 * @example
 * ```ts
 * const y = [5, 7, 6, 3, 4, 2]
 * const treat = [1, 1, 1, 0, 0, 0]
 * differenceInMeans({ y, treat }) // → { estimate: 3.000…, stdError: 0.81650… }   (HC1)
 * differenceInMeans({ y, treat, subclass: [0, 1, 2, 0, 1, 2] }) // → { stdError: 0.64550… }
 * ```
 */
export function differenceInMeans(input: {
  readonly y: ArrayLike<number>
  readonly treat: ArrayLike<number>
  readonly weights?: ArrayLike<number>
  /** Pair or subclass per row (−1 for unmatched, which must have weight 0). */
  readonly subclass?: ArrayLike<number>
}): EffectEstimate {
  const type: RobustType = input.subclass ? 'cluster' : input.weights ? 'HC0' : 'HC1'
  const fit = fitLinearRobust({
    x: [input.treat],
    y: input.y,
    type,
    ...(input.weights ? { weights: input.weights } : {}),
    ...(input.subclass ? { cluster: input.subclass } : {}),
  })
  return wald(fit.coefficients[1]!, Math.sqrt(fit.covariance[3]!))
}

/**
 * Two-period difference-in-differences: OLS of y on group, period and group × period, with
 * HC1 standard errors (lm + sandwich::vcovHC(type = "HC1")); the interaction is the effect.
 *
 * Ref: Angrist, J. D., and J.-S. Pischke. 2009. Mostly Harmless Econometrics, §5.2. Princeton.
 * Checked against: lm + sandwich::vcovHC — effects/fixtures/make.R
 *
 * @example
 * ```ts
 * diffInDiff({
 *   pre: [10, 12, 11, 13, 9, 12],
 *   post: [15, 18, 14, 13, 10, 14],
 *   group: [1, 1, 1, 0, 0, 0],
 * })
 * // → { estimate: 3.6667…, stdError: 2.16025…, pValue: 0.08963… }   (+4.67 against +1)
 * ```
 */
export function diffInDiff(input: {
  readonly pre: ArrayLike<number>
  readonly post: ArrayLike<number>
  /** 1 for the pilot group. */
  readonly group: ArrayLike<number>
}): EffectEstimate {
  const n = input.pre.length
  const y = new Float64Array(2 * n)
  const g = new Float64Array(2 * n)
  const t = new Float64Array(2 * n)
  const gt = new Float64Array(2 * n)
  for (let i = 0; i < n; i++) {
    y[i] = input.pre[i]!
    y[n + i] = input.post[i]!
    g[i] = g[n + i] = input.group[i]!
    t[n + i] = 1
    gt[n + i] = input.group[i]!
  }
  const fit = fitLinearRobust({ x: [g, t, gt], y, type: 'HC1' })
  return wald(fit.coefficients[3]!, Math.sqrt(fit.covariance[15]!))
}

export interface BinaryEffects {
  readonly riskPilot: number
  readonly riskComparison: number
  readonly riskDifference: EffectEstimate
  readonly riskRatio: EffectEstimate
  readonly oddsRatio: EffectEstimate
}

/**
 * Risk difference, risk ratio and odds ratio of a binary outcome with Wald 95% intervals
 * (ratios on the log scale), optionally weighted (weights as frequency weights).
 *
 *   RD = p₁ − p₀,  SE = √(p₁q₁/n₁ + p₀q₀/n₀)
 *   log RR: SE = √(q₁/(n₁p₁) + q₀/(n₀p₀)),  log OR: SE = √(1/a + 1/b + 1/c + 1/d)
 *
 * Ref: Rothman, K. J., S. Greenland, and T. L. Lash. 2008. Modern Epidemiology, 3rd ed.,
 * ch. 14. Lippincott Williams & Wilkins. Checked against hand computation (effects.test.ts).
 *
 * @example
 * ```ts
 * // 30 of 100 pilot participants against 20 of 100 comparisons, as counts in the weights:
 * binaryEffects({ y: [1, 0, 1, 0], treat: [1, 1, 0, 0], weights: [30, 70, 20, 80] })
 * // → { riskDifference: { estimate: 0.100…, ciLower: -0.0192…, ciUpper: 0.2192… },
 * //     riskRatio: { estimate: 1.500…, ciLower: 0.9160…, ciUpper: 2.4564… },
 * //     oddsRatio: { estimate: 1.7143…, pValue: 0.1043… } }
 * ```
 */
export function binaryEffects(input: {
  readonly y: ArrayLike<number>
  readonly treat: ArrayLike<number>
  readonly weights?: ArrayLike<number>
}): BinaryEffects {
  let a = 0
  let b = 0
  let c = 0
  let d = 0
  for (let i = 0; i < input.y.length; i++) {
    const w = input.weights?.[i] ?? 1
    if (input.treat[i] === 1) {
      if (input.y[i] === 1) a += w
      else b += w
    } else if (input.y[i] === 1) c += w
    else d += w
  }
  const n1 = a + b
  const n0 = c + d
  const p1 = a / n1
  const p0 = c / n0
  const rd = wald(p1 - p0, Math.sqrt((p1 * (1 - p1)) / n1 + (p0 * (1 - p0)) / n0))
  const logRr = wald(Math.log(p1 / p0), Math.sqrt((1 - p1) / a + (1 - p0) / c))
  const logOr = wald(Math.log((a * d) / (b * c)), Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d))
  const exp = (e: EffectEstimate): EffectEstimate => ({
    estimate: Math.exp(e.estimate),
    stdError: e.stdError,
    ciLower: Math.exp(e.ciLower),
    ciUpper: Math.exp(e.ciUpper),
    pValue: e.pValue,
  })
  return {
    riskPilot: p1,
    riskComparison: p0,
    riskDifference: rd,
    riskRatio: exp(logRr),
    oddsRatio: exp(logOr),
  }
}

/**
 * Inverse-probability weights from propensity scores e:
 * ATT: 1 for the pilot, e/(1 − e) for comparisons; ATE: 1/e and 1/(1 − e).
 * Ref: Austin, P. C., and E. A. Stuart. 2015. Statistics in Medicine 34 (28): 3661–79.
 * doi:10.1002/sim.6607.
 *
 * @example
 * ```ts
 * ipwWeights([0.8, 0.5, 0.25, 0.5], [1, 1, 0, 0], 'ATT') // → [1, 1, 0.33333…, 1]
 * ipwWeights([0.8, 0.5, 0.25, 0.5], [1, 1, 0, 0], 'ATE') // → [1.25, 2, 1.33333…, 2]
 * ```
 */
export function ipwWeights(
  ps: ArrayLike<number>,
  treat: ArrayLike<number>,
  estimand: 'ATT' | 'ATE',
): Float64Array {
  return Float64Array.from({ length: ps.length }, (_, i) => {
    const e = ps[i]!
    if (estimand === 'ATT') return treat[i] === 1 ? 1 : e / (1 - e)
    return treat[i] === 1 ? 1 / e : 1 / (1 - e)
  })
}
