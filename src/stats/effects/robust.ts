import { type BinaryEffects, type EffectEstimate, wald } from './effects.js'

/** Which standard error an estimate carries. */
export type StandardErrorKind = 'robust-HC0'

export interface RobustBinaryEffects extends BinaryEffects {
  readonly se: StandardErrorKind
}

/**
 * Risk difference, risk ratio and odds ratio of a binary outcome after weighting (inverse-
 * probability weights for the ATT or the ATE), with robust sandwich standard errors: the
 * weights are sampling weights, not counts.
 *
 * Each effect is the treatment coefficient of the weighted GLM y ~ treat with the identity
 * (RD), log (RR) or logit (OR) link; its HC0 sandwich variance, as R's
 * `sandwich::vcovHC(glm(y ~ treat, binomial(link), weights = w), type = "HC0")`. The model is
 * saturated, so it has a closed form: group g's fitted risk is its weighted mean
 * p_g = Σw·y / Σw, whose sandwich variance is V_g = Σ w²(y − p_g)² / (Σw)², and the delta
 * method on the link gives
 *
 *   RD: V₁ + V₀,   log RR: V₁/p₁² + V₀/p₀²,   log OR: V₁/(p₁q₁)² + V₀/(p₀q₀)²
 *
 * (the two groups' scores are independent; the dispersion cancels between bread and meat).
 * Wald 95% intervals, ratios on the log scale.
 *
 * Ref: Zeileis, A. 2006. "Object-Oriented Computation of Sandwich Estimators." Journal of
 * Statistical Software 16 (9). doi:10.18637/jss.v016.i09. Austin, P. C. 2016. "Variance
 * Estimation When Using Inverse Probability of Treatment Weighting (IPTW) with Survival
 * Analysis." Statistics in Medicine 35 (30): 5642–55. doi:10.1002/sim.7084.
 * Checked against: glm + sandwich::vcovHC(type = "HC0") — effects/fixtures/robust.R
 *
 * @example
 * ```ts
 * // 2 of 3 pilot participants (weight 1) against 1 of 3 comparisons (weights 0.5, 1, 1.5):
 * robustBinaryEffects({ y: [1, 1, 0, 1, 0, 0], treat: [1, 1, 1, 0, 0, 0], weights: [1, 1, 1, 0.5, 1, 1.5] })
 * // → { riskPilot: 0.6667…, riskComparison: 0.1667…, se: 'robust-HC0',
 * //     riskDifference: { estimate: 0.5, stdError: 0.32155… },
 * //     riskRatio: { estimate: 4.000…, stdError: 1.1055… },
 * //     oddsRatio: { estimate: 10.000…, stdError: 1.7378… } }   (R: glm + vcovHC)
 * ```
 */
export function robustBinaryEffects(input: {
  readonly y: ArrayLike<number>
  readonly treat: ArrayLike<number>
  readonly weights: ArrayLike<number>
}): RobustBinaryEffects {
  const pilot = weightedMean(input, 1)
  const comparison = weightedMean(input, 0)
  const p1 = pilot.mean
  const p0 = comparison.mean
  const odds = (p: number) => p / (1 - p)
  return {
    riskPilot: p1,
    riskComparison: p0,
    riskDifference: wald(p1 - p0, Math.sqrt(pilot.variance + comparison.variance)),
    riskRatio: exponentiated(
      wald(Math.log(p1 / p0), Math.sqrt(pilot.variance / p1 ** 2 + comparison.variance / p0 ** 2)),
    ),
    oddsRatio: exponentiated(
      wald(
        Math.log(odds(p1) / odds(p0)),
        Math.sqrt(
          pilot.variance / (p1 * (1 - p1)) ** 2 + comparison.variance / (p0 * (1 - p0)) ** 2,
        ),
      ),
    ),
    se: 'robust-HC0',
  }
}

/** A group's weighted mean and the sandwich (HC0) variance of it, Σ w²(y − ȳ)² / (Σw)². */
function weightedMean(
  input: {
    readonly y: ArrayLike<number>
    readonly treat: ArrayLike<number>
    readonly weights: ArrayLike<number>
  },
  group: number,
): { mean: number; variance: number } {
  let sw = 0
  let swy = 0
  for (let i = 0; i < input.y.length; i++) {
    if (input.treat[i] !== group) continue
    sw += input.weights[i]!
    swy += input.weights[i]! * input.y[i]!
  }
  const mean = swy / sw
  let meat = 0
  for (let i = 0; i < input.y.length; i++) {
    if (input.treat[i] !== group) continue
    meat += (input.weights[i]! * (input.y[i]! - mean)) ** 2
  }
  return { mean, variance: meat / sw ** 2 }
}

/** A log-scale estimate back on the ratio scale; stdError stays that of the logarithm. */
function exponentiated(e: EffectEstimate): EffectEstimate {
  return {
    estimate: Math.exp(e.estimate),
    stdError: e.stdError,
    ciLower: Math.exp(e.ciLower),
    ciUpper: Math.exp(e.ciUpper),
    pValue: e.pValue,
  }
}
