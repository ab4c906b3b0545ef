/**
 * Chi-square distribution: wrapper over @stdlib/stats-base-dists-chisquare-cdf. The upper
 * tail goes through the regularised upper incomplete gamma Q(k/2, x/2) (stdlib's gammainc
 * with upper = true), so tiny p-values keep their precision, as R's
 * pchisq(x, df, lower.tail = FALSE).
 */

import gammainc from '@stdlib/math-base-special-gammainc'
import cdf from '@stdlib/stats-base-dists-chisquare-cdf'

/**
 * P(X ≤ x) with df degrees of freedom, as R's pchisq(x, df).
 * @example
 * ```ts
 * chisqCdf(3.84, 1) // → 0.94996…
 * ```
 */
export function chisqCdf(x: number, df: number): number {
  return cdf(x, df)
}

/**
 * P(X > x), as R's pchisq(x, df, lower.tail = FALSE), precise far into the tail.
 * @example
 * ```ts
 * chisqSf(3.84, 1) // → 0.050044…
 * chisqSf(50, 2) // → 1.3888e-11…   (exactly e^−25)
 * ```
 */
export function chisqSf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df < 0) return Number.NaN
  if (x <= 0) return 1
  return gammainc(x / 2, df / 2, true, true)
}
