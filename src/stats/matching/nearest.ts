import { matchMatchIt45 } from './matchit-4-5-rule.js'
import { type MatchMatrix, matchMatchIt } from './matchit-rule.js'

export interface NearestMatch {
  /** Per treated unit (row index into the data), the row indices of its matched controls. */
  readonly pairs: ReadonlyArray<{ readonly treated: number; readonly controls: readonly number[] }>
  /** Matching weights per row, as MatchIt's `weights` (0 for unmatched units). */
  readonly weights: Float64Array
  /** Row index → subclass (pair id, 0-based) for cluster-robust standard errors; −1 if unmatched. */
  readonly subclass: Int32Array
  readonly treatedMatched: number
  readonly unmatchedTreated: number
  readonly controlsMatched: number
  /** The caliper on the distance scale (caliper × SD of the distance), or undefined. */
  readonly caliperDistance?: number
}

/**
 * Nearest-neighbour matching on a scalar distance (propensity score or its logit), pair for
 * pair as MatchIt::matchit(method = "nearest", m.order = "largest") 4.7.2, ties included: 1:k, with or without replacement, a caliper in standard deviations of
 * the distance (std.caliper = TRUE), exact matching within strata.
 *
 * ## Method
 *
 * The order and tie rule are MatchIt's (see matchMatchIt in matchit-rule.ts): treated units in
 * descending distance; each search starts at the treated unit's place among all units sorted by
 * distance and steps outward left, right, left, …, treated and used units counting as steps;
 * the first control found is kept unless a later one is strictly nearer. Without replacement a
 * control is used at most once, and 1:k runs in k rounds. A treated unit without a control
 * within the caliper stays unmatched. Weights: treated 1; a control gets Σ 1/k_t over the
 * treated units it serves (k_t: that unit's number of matches), scaled so matched controls'
 * weights sum to their count.
 *
 * O(n) after one radix sort of the distances; no distance matrix, no allocation per unit.
 *
 * ## References
 *
 * - Ho, D. E., K. Imai, G. King, and E. A. Stuart. 2011. "MatchIt: Nonparametric Preprocessing
 *   for Parametric Causal Inference." Journal of Statistical Software 42 (8).
 *   doi:10.18637/jss.v042.i08.
 * - Austin, P. C. 2011. "Optimal Caliper Widths for Propensity-Score Matching." Pharmaceutical
 *   Statistics 10 (2): 150–61. doi:10.1002/pst.433.
 *
 * Checked against: MatchIt::matchit(method = "nearest") 4.7.2 — fixtures/make.R (lalonde and a
 * heavy-ties data set with 22 distinct scores among 1,200 people); rule = 'matchit-4.5' against
 * MatchIt 4.5.1 — fixtures/matchit-4.5.R.
 *
 * @example
 * ```ts
 * const distance = [0.8, 0.6, 0.3, 0.7, 0.55, 0.2, 0.1]
 * const treat = [1, 1, 1, 0, 0, 0, 0]
 * matchNearest({ distance, treat })
 * // → { pairs: [{ treated: 0, controls: [3] }, { treated: 1, controls: [4] },
 * //             { treated: 2, controls: [5] }],
 * //     weights: [1, 1, 1, 1, 1, 1, 0], subclass: [0, 1, 2, 0, 1, 2, -1], unmatchedTreated: 0 }
 * matchNearest({ distance, treat, caliper: 0.2 }) // 0.2 SD of the distance: 0.053
 * // → { pairs: [{ treated: 0, controls: [] }, { treated: 1, controls: [4] }, …],
 * //     caliperDistance: 0.05314…, treatedMatched: 1, unmatchedTreated: 2 }
 * // Ties: treated 0.5 between two controls 0.4 and 0.6; the left one is reached first.
 * matchNearest({ distance: [0.4, 0.5, 0.6], treat: [0, 1, 0] }).pairs
 * // → [{ treated: 1, controls: [0] }]
 * ```
 */
export function matchNearest(input: {
  readonly distance: ArrayLike<number>
  /** 1 for treated (pilot), 0 for control. */
  readonly treat: ArrayLike<number>
  /** Controls per treated unit, 1 to 16. */
  readonly ratio?: number
  readonly replace?: boolean
  /** In standard deviations of the distance (MatchIt's std.caliper = TRUE). */
  readonly caliper?: number
  /**
   * `matchit` (default): MatchIt 4.7.2's pairs. `matchit-4.5`: MatchIt 4.5.1's, whose C++
   * compares |d_t − d_c| with the integer abs() — truncated, so on propensity scores it takes
   * the nearest control below whenever there is one and ignores a caliper below 1. For
   * comparing with old analyses only.
   */
  readonly rule?: 'matchit' | 'matchit-4.5'
  /** Exact matching: a stratum code per row; controls are only taken from the treated unit's stratum. */
  readonly exact?: ArrayLike<number>
}): NearestMatch {
  const n = input.distance.length
  const ratio = input.ratio ?? 1
  const replace = input.replace ?? false
  if (input.treat.length !== n)
    throw new RangeError('invalid argument. `distance` and `treat` must have the same length.')
  if (input.exact !== undefined && input.exact.length !== n)
    throw new RangeError('invalid argument. `distance` and `exact` must have the same length.')
  // Above 16, MatchIt's order of equally near controls follows C++'s introsort; not reproduced.
  if (!Number.isInteger(ratio) || ratio < 1 || ratio > 16)
    throw new RangeError(
      `invalid argument. \`ratio\` must be an integer from 1 to 16. Value: \`${ratio}\`.`,
    )
  if (input.caliper !== undefined && !(input.caliper > 0)) {
    throw new RangeError(
      `invalid argument. \`caliper\` must be a positive number. Value: \`${input.caliper}\`.`,
    )
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(input.distance[i]!))
      throw new RangeError(`invalid argument. \`distance\` must be finite. Row ${i + 1}.`)
  }
  const caliperDistance =
    input.caliper === undefined ? undefined : input.caliper * sampleSd(input.distance)
  const problem = {
    distance: input.distance,
    treat: input.treat,
    ratio,
    replace,
    caliperDistance: caliperDistance ?? Number.POSITIVE_INFINITY,
    exact: input.exact,
  }
  const matrix = input.rule === 'matchit-4.5' ? matchMatchIt45(problem) : matchMatchIt(problem)
  return {
    ...summarise(matrix, n, ratio),
    ...(caliperDistance !== undefined ? { caliperDistance } : {}),
  }
}

/** Pairs, MatchIt's weights and a subclass per matched treated unit, from the match matrix. */
function summarise({ treatedRows, matches, matchOrder }: MatchMatrix, n: number, ratio: number) {
  const weights = new Float64Array(n)
  const subclass = new Int32Array(n).fill(-1)
  const isControlMatched = new Uint8Array(n)
  let treatedMatched = 0
  for (const t of matchOrder) {
    let k = 0
    while (k < ratio && matches[t * ratio + k]! >= 0) k++
    if (k === 0) continue
    const s = treatedMatched++
    const row = treatedRows[t]!
    weights[row] = 1
    subclass[row] = s
    for (let c = 0; c < k; c++) {
      const control = matches[t * ratio + c]!
      weights[control]! += 1 / k
      isControlMatched[control] = 1
      if (subclass[control] === -1) subclass[control] = s
    }
  }
  let controlWeight = 0
  let controlsMatched = 0
  for (let i = 0; i < n; i++) {
    if (isControlMatched[i] === 1) {
      controlWeight += weights[i]!
      controlsMatched++
    }
  }
  const scale = controlWeight > 0 ? controlsMatched / controlWeight : 1
  for (let i = 0; i < n; i++) if (isControlMatched[i] === 1) weights[i]! *= scale
  const pairs = Array.from(treatedRows, (row, t) => {
    const controls: number[] = []
    for (let c = 0; c < ratio && matches[t * ratio + c]! >= 0; c++)
      controls.push(matches[t * ratio + c]!)
    return { treated: row, controls }
  })
  return {
    pairs,
    weights,
    subclass,
    treatedMatched,
    unmatchedTreated: treatedRows.length - treatedMatched,
    controlsMatched,
  }
}

/** Sample standard deviation (n − 1), as R's sd(). */
function sampleSd(x: ArrayLike<number>): number {
  const n = x.length
  let mean = 0
  for (let i = 0; i < n; i++) mean += x[i]!
  mean /= n
  let ss = 0
  for (let i = 0; i < n; i++) ss += (x[i]! - mean) ** 2
  return Math.sqrt(ss / (n - 1))
}
