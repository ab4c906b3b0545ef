/**
 * Standard normal distribution: thin typed wrappers over @stdlib/stats-base-dists-normal
 * (cdf, quantile), version pinned in package.json. stdlib's implementations are
 * tested against Julia/R references by stdlib itself; ours add only the upper tail.
 */
import cdf from '@stdlib/stats-base-dists-normal-cdf'
import quantile from '@stdlib/stats-base-dists-normal-quantile'

/** Φ(x), as R's pnorm(x). */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  return cdf(x, mean, sd)
}

/** 1 − Φ(x) without cancellation, as R's pnorm(x, lower.tail = FALSE). */
export function normalSf(x: number, mean = 0, sd = 1): number {
  return cdf(2 * mean - x, mean, sd)
}

/** Φ⁻¹(p), as R's qnorm(p). */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  return quantile(p, mean, sd)
}
