import type { Random } from '../random/index.js'

/**
 * Percentile bootstrap interval of the mean: B resamples of x with replacement, the mean of
 * each, and the (1 − level)/2 and (1 + level)/2 quantiles of those means (R's quantile type 7).
 *
 * ## References
 *
 * - Efron, B., and R. J. Tibshirani. 1993. An Introduction to the Bootstrap, ch. 13.
 *   Chapman & Hall. doi:10.1201/9780429246593.
 *
 * @param options.resamples - number of bootstrap resamples B (≥ 1)
 * @param options.level - confidence level, default 0.95
 *
 * @example
 * ```ts
 * const x = Float64Array.of(12, 15, 9, 20, 14, 11, 18, 16, 13, 10) // mean 13.8
 * bootstrapMeanInterval(x, { resamples: 2000, random: createRandom(7) }) // → [11.8, 15.8]
 * ```
 */
export function bootstrapMeanInterval(
  x: Float64Array,
  options: { readonly resamples: number; readonly random: Random; readonly level?: number },
): readonly [number, number] {
  const { resamples, random } = options
  const level = options.level ?? 0.95
  const n = x.length
  if (n === 0) return [Number.NaN, Number.NaN]
  const means = new Float64Array(resamples)
  const picks = new Uint32Array(n)
  const fill =
    n <= 2 ** 21
      ? () => random.fillIndices(picks, n)
      : () => {
          for (let i = 0; i < n; i++) picks[i] = random.integer(n)
        }
  for (let b = 0; b < resamples; b++) {
    fill()
    let sum = 0
    for (let i = 0; i < n; i++) sum += x[picks[i]!]!
    means[b] = sum / n
  }
  means.sort()
  return [quantileSorted(means, (1 - level) / 2), quantileSorted(means, (1 + level) / 2)]
}

/**
 * R's quantile(type = 7) of sorted data (Hyndman & Fan 1996, doi:10.2307/2684934).
 * @example
 * ```ts
 * quantileSorted(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.05) // → 1.45
 * // R: quantile(1:10, 0.05)
 * ```
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const h = (n - 1) * p
  const lo = Math.floor(h)
  return sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, n - 1)]! - sorted[lo]!)
}

/**
 * The median (quantile type 7 at p = 0.5); x need not be sorted and is left as it is.
 * @example
 * ```ts
 * median(Float64Array.of(3, 1, 10, 2)) // → 2.5
 * ```
 */
export function median(x: Float64Array): number {
  return quantileSorted(x.slice().sort(), 0.5)
}
