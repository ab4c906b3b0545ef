import { tQuantile, tSf } from '../dists/index.js'

export interface WelchResult {
  /** Difference in means x̄ − ȳ. */
  readonly estimate: number
  readonly stdError: number
  readonly statistic: number
  readonly df: number
  readonly pValue: number
  readonly ciLower: number
  readonly ciUpper: number
}

/**
 * Welch's two-sample t-test (unequal variances), as stats::t.test(x, y).
 *
 *   t = (x̄ − ȳ) / √(s²ₓ/nₓ + s²ᵧ/nᵧ),  ν = (s²ₓ/nₓ + s²ᵧ/nᵧ)² / ((s²ₓ/nₓ)²/(nₓ−1) + (s²ᵧ/nᵧ)²/(nᵧ−1))
 *
 * ## References
 *
 * - Welch, B. L. 1947. "The Generalization of 'Student's' Problem When Several Different
 *   Population Variances Are Involved." Biometrika 34 (1–2): 28–35. doi:10.1093/biomet/34.1-2.28.
 *
 * Checked against: stats::t.test — fixtures/make.R
 *
 * @example
 * ```ts
 * welchTTest(
 *   [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3],
 *   [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29],
 * )
 * // → { estimate: 0.43189…, statistic: 1.20517…, df: 15.7950…, pValue: 0.24588…,
 * //     ciLower: -0.32861…, ciUpper: 1.19239… }
 * ```
 */
export function welchTTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  confLevel = 0.95,
): WelchResult {
  const [mx, vx] = meanVar(x)
  const [my, vy] = meanVar(y)
  const sx = vx / x.length
  const sy = vy / y.length
  const stdError = Math.sqrt(sx + sy)
  const df = (sx + sy) ** 2 / (sx ** 2 / (x.length - 1) + sy ** 2 / (y.length - 1))
  const estimate = mx - my
  const statistic = estimate / stdError
  const q = tQuantile(1 - (1 - confLevel) / 2, df)
  return {
    estimate,
    stdError,
    statistic,
    df,
    pValue: 2 * tSf(Math.abs(statistic), df),
    ciLower: estimate - q * stdError,
    ciUpper: estimate + q * stdError,
  }
}

function meanVar(v: ArrayLike<number>): [number, number] {
  let mean = 0
  for (let i = 0; i < v.length; i++) mean += v[i]!
  mean /= v.length
  let ss = 0
  for (let i = 0; i < v.length; i++) ss += (v[i]! - mean) ** 2
  return [mean, ss / (v.length - 1)]
}
