/**
 * Student's t distribution: wrappers over @stdlib/stats-base-dists-t (cdf, quantile).
 * The upper tail uses symmetry, as R's pt(x, df, lower.tail = FALSE).
 */
import cdf from '@stdlib/stats-base-dists-t-cdf'
import quantile from '@stdlib/stats-base-dists-t-quantile'

/**
 * P(T ≤ x) with df degrees of freedom, as R's pt(x, df).
 * @example
 * ```ts
 * tCdf(2.1, 18) // → 0.97495…
 * ```
 */
export function tCdf(x: number, df: number): number {
  return cdf(x, df)
}

/**
 * P(T > x), as R's pt(x, df, lower.tail = FALSE).
 * @example
 * ```ts
 * tSf(2.1, 18) // → 0.025045…
 * ```
 */
export function tSf(x: number, df: number): number {
  return cdf(-x, df)
}

/**
 * The p-quantile, as R's qt(p, df).
 * @example
 * ```ts
 * tQuantile(0.975, 10) // → 2.228139…
 * ```
 */
export function tQuantile(p: number, df: number): number {
  return quantile(p, df)
}
