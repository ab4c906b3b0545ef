/**
 * Standard normal distribution: thin typed wrappers over @stdlib/stats-base-dists-normal
 * (cdf, quantile), version pinned in package.json. stdlib's implementations are
 * tested against Julia/R references by stdlib itself; ours add only the upper tail.
 */
import cdf from '@stdlib/stats-base-dists-normal-cdf'
import quantile from '@stdlib/stats-base-dists-normal-quantile'

/**
 * Φ(x), as R's pnorm(x).
 * @example
 * ```ts
 * normalCdf(1.96) // → 0.97500…
 * normalCdf(110, 100, 15) // → 0.74751…
 * ```
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  return cdf(x, mean, sd)
}

/**
 * 1 − Φ(x) without cancellation, as R's pnorm(x, lower.tail = FALSE).
 * @example
 * ```ts
 * normalSf(3) // → 0.0013499…
 * ```
 */
export function normalSf(x: number, mean = 0, sd = 1): number {
  return cdf(2 * mean - x, mean, sd)
}

/**
 * Φ⁻¹(p), as R's qnorm(p).
 * @example
 * ```ts
 * normalQuantile(0.975) // → 1.959964…
 * ```
 */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  return quantile(p, mean, sd)
}
