/**
 * Student's t distribution: wrappers over @stdlib/stats-base-dists-t (cdf, quantile).
 * The upper tail uses symmetry, as R's pt(x, df, lower.tail = FALSE).
 */
import cdf from '@stdlib/stats-base-dists-t-cdf'
import quantile from '@stdlib/stats-base-dists-t-quantile'

export function tCdf(x: number, df: number): number {
  return cdf(x, df)
}

export function tSf(x: number, df: number): number {
  return cdf(-x, df)
}

export function tQuantile(p: number, df: number): number {
  return quantile(p, df)
}
