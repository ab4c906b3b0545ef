import { chisqSf } from '../dists/index.js'
import { cholesky, choleskySolve } from '../linalg/index.js'

export interface LogRankResult {
  readonly groups: readonly string[]
  readonly observed: readonly number[]
  readonly expected: readonly number[]
  readonly statistic: number
  readonly df: number
  readonly pValue: number
}

/**
 * Log-rank test of equal survival in G groups (rho = 0), as survival::survdiff.
 *
 * ## Method
 *
 * At each distinct event time t with d events among n at risk (n_g in group g):
 *
 *   E_g  = Σ_t d · n_g / n
 *   V_gh = Σ_t d (n − d) / (n − 1) · (n_g / n) (δ_gh − n_h / n)
 *   χ²   = (O − E)ᵀ V⁻¹ (O − E) over the first G − 1 groups,  df = G − 1
 *
 * ## References
 *
 * - Mantel, N. 1966. "Evaluation of Survival Data and Two New Rank Order Statistics Arising
 *   in Its Consideration." Cancer Chemotherapy Reports 50 (3): 163–70.
 * - Peto, R., and J. Peto. 1972. "Asymptotically Efficient Rank Invariant Test Procedures."
 *   JRSS A 135 (2): 185–207. doi:10.2307/2344317.
 *
 * Checked against: survival::survdiff (3.5-3) — fixtures/make.R, fixtures/log-rank.json
 *
 * @example
 * ```ts
 * logRank({
 *   time: [3, 5, 6, 8, 10, 12, 4, 6, 7, 9, 14, 15],
 *   event: [1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1],
 *   group: ['c', 'c', 'c', 'c', 'c', 'c', 'p', 'p', 'p', 'p', 'p', 'p'],
 * })
 * // → { groups: ['c', 'p'], observed: [4, 4], expected: [3.2831…, 4.7169…],
 * //     statistic: 0.29658…, df: 1, pValue: 0.58604… }
 * ```
 */
export function logRank(input: {
  readonly time: ArrayLike<number>
  readonly event: ArrayLike<number>
  readonly group: ArrayLike<string>
}): LogRankResult {
  const n = input.time.length
  const groups = [...new Set(Array.from(input.group))].sort()
  const G = groups.length
  if (G < 2) throw new RangeError('invalid argument. `group` must have at least two levels.')
  const gi = Int32Array.from(Array.from(input.group), (g) => groups.indexOf(g))
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => input.time[a]! - input.time[b]!,
  )
  const atRisk = new Float64Array(G)
  for (let i = 0; i < n; i++) atRisk[gi[i]!]! += 1
  const O = new Float64Array(G)
  const E = new Float64Array(G)
  const V = new Float64Array(G * G)
  const dg = new Float64Array(G)
  const leaving = new Float64Array(G)
  let total = n
  for (let k = 0; k < n; ) {
    const t = input.time[order[k]!]!
    dg.fill(0)
    leaving.fill(0)
    while (k < n && input.time[order[k]!]! === t) {
      const i = order[k]!
      if (input.event[i]! === 1) dg[gi[i]!]! += 1
      leaving[gi[i]!]! += 1
      k++
    }
    let d = 0
    for (let g = 0; g < G; g++) d += dg[g]!
    if (d > 0) {
      const f = total > 1 ? (d * (total - d)) / (total - 1) : 0
      for (let g = 0; g < G; g++) {
        O[g]! += dg[g]!
        const pg = atRisk[g]! / total
        E[g]! += d * pg
        for (let h = 0; h < G; h++)
          V[g * G + h]! += f * pg * ((g === h ? 1 : 0) - atRisk[h]! / total)
      }
    }
    for (let g = 0; g < G; g++) atRisk[g]! -= leaving[g]!
    total -=
      d +
      (() => {
        let c = 0
        for (let g = 0; g < G; g++) c += leaving[g]!
        return c - d
      })()
  }
  const p = G - 1
  const sub = new Float64Array(p * p)
  const u = new Float64Array(p)
  for (let g = 0; g < p; g++) {
    u[g] = O[g]! - E[g]!
    for (let h = 0; h < p; h++) sub[g * p + h] = V[g * G + h]!
  }
  const l = cholesky(sub, p)
  let statistic = Number.NaN
  if (l) {
    const x = choleskySolve(l, p, u)
    statistic = 0
    for (let g = 0; g < p; g++) statistic += u[g]! * x[g]!
  }
  return {
    groups,
    observed: Array.from(O),
    expected: Array.from(E),
    statistic,
    df: p,
    pValue: chisqSf(statistic, p),
  }
}
