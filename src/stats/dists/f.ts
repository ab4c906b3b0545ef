/**
 * F distribution: wrapper over @stdlib/stats-base-dists-f-cdf. The upper tail uses the
 * regularised incomplete beta I_{d2/(d2+d1x)}(d2/2, d1/2), as R's pf(lower.tail = FALSE).
 */

import betainc from '@stdlib/math-base-special-betainc'
import cdf from '@stdlib/stats-base-dists-f-cdf'

/**
 * P(F ≤ x) with d1 and d2 degrees of freedom, as R's pf(x, d1, d2).
 * @example
 * ```ts
 * fCdf(4.1, 2, 30) // → 0.97334…
 * ```
 */
export function fCdf(x: number, d1: number, d2: number): number {
  return cdf(x, d1, d2)
}

/**
 * P(F > x), as R's pf(x, d1, d2, lower.tail = FALSE).
 * @example
 * ```ts
 * fSf(4.1, 2, 30) // → 0.026661…
 * ```
 */
export function fSf(x: number, d1: number, d2: number): number {
  if (Number.isNaN(x) || d1 <= 0 || d2 <= 0) return Number.NaN
  if (x <= 0) return 1
  return betainc(d2 / (d2 + d1 * x), d2 / 2, d1 / 2, true, false)
}
