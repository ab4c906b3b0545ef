import { normalCdf, normalSf } from '../dists/index.js'

export interface WilcoxonResult {
  /** R's W: the rank sum of x minus nₓ(nₓ + 1)/2 (the Mann–Whitney U of x). */
  readonly statistic: number
  readonly pValue: number
  readonly exact: boolean
}

/**
 * Wilcoxon rank-sum (Mann–Whitney) test, two-sided, as stats::wilcox.test(x, y).
 *
 * ## Method
 *
 * - Exact when both samples are smaller than 50 and there are no ties: the null distribution
 *   of W by counting (R's pwilcox), p = min(1, 2·min(P(W ≤ w), P(W ≥ w))).
 * - Otherwise the normal approximation with the tie correction and continuity correction:
 *   z = (W − nₓnᵧ/2 − ½·sign) / √(nₓnᵧ/12 · (nₓ + nᵧ + 1 − Σ(t³ − t)/((N)(N − 1))))
 *
 * ## References
 *
 * - Mann, H. B., and D. R. Whitney. 1947. "On a Test of Whether One of Two Random Variables
 *   Is Stochastically Larger than the Other." Ann. Math. Statist. 18 (1): 50–60.
 *   doi:10.1214/aoms/1177730491.
 * - Hollander, M., and D. A. Wolfe. 1999. Nonparametric Statistical Methods, 2nd ed., §4.1.
 *
 * Checked against: stats::wilcox.test — fixtures/make.R
 *
 * @example
 * ```ts
 * wilcoxonRankSum(
 *   [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3],
 *   [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29],
 * )
 * // → { statistic: 58, pValue: 0.13292…, exact: false }
 * // As wilcox.test in the R fixtures; y has ties, so both use the normal approximation.
 * ```
 */
export function wilcoxonRankSum(x: ArrayLike<number>, y: ArrayLike<number>): WilcoxonResult {
  const nx = x.length
  const ny = y.length
  const all = [...Array.from(x, (v) => ({ v, g: 0 })), ...Array.from(y, (v) => ({ v, g: 1 }))].sort(
    (a, b) => a.v - b.v,
  )
  const N = all.length
  let rankSumX = 0
  let tieTerm = 0
  for (let i = 0; i < N; ) {
    let j = i
    while (j < N && all[j]!.v === all[i]!.v) j++
    const rank = (i + 1 + j) / 2
    const t = j - i
    tieTerm += t ** 3 - t
    for (let k = i; k < j; k++) if (all[k]!.g === 0) rankSumX += rank
    i = j
  }
  const W = rankSumX - (nx * (nx + 1)) / 2
  if (nx < 50 && ny < 50 && tieTerm === 0) {
    const counts = mannWhitneyCounts(nx, ny)
    const total = counts.reduce((s, c) => s + c, 0)
    const cdf = (w: number) => counts.slice(0, Math.floor(w) + 1).reduce((s, c) => s + c, 0) / total
    const p = W > (nx * ny) / 2 ? 1 - cdf(W - 1) : cdf(W)
    return { statistic: W, pValue: Math.min(1, 2 * p), exact: true }
  }
  const z0 = W - (nx * ny) / 2
  const sigma = Math.sqrt(((nx * ny) / 12) * (nx + ny + 1 - tieTerm / ((nx + ny) * (nx + ny - 1))))
  const z = (z0 - Math.sign(z0) * 0.5) / sigma
  return { statistic: W, pValue: 2 * Math.min(normalCdf(z), normalSf(z)), exact: false }
}

/** Number of arrangements with each value of U for sample sizes m and n (counts, not probabilities). */
function mannWhitneyCounts(m: number, n: number): number[] {
  // f[j][u]: ways for (i, j) with U = u, built up over i: f_i(j, u) = f_{i−1}(j, u − j) + f_i(j − 1, u).
  let prev: number[][] = Array.from({ length: n + 1 }, () => [1])
  for (let i = 1; i <= m; i++) {
    const cur: number[][] = [[1]]
    for (let j = 1; j <= n; j++) {
      const size = i * j + 1
      const row = new Array<number>(size).fill(0)
      const left = cur[j - 1]!
      const up = prev[j]!
      for (let u = 0; u < size; u++) row[u] = (u - j >= 0 ? (up[u - j] ?? 0) : 0) + (left[u] ?? 0)
      cur.push(row)
    }
    prev = cur
  }
  return prev[n]!
}
