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
 * Nearest-neighbour matching on a scalar distance (propensity score or its logit), with the
 * order and tie rules of MatchIt::matchit(method = "nearest") defaults.
 *
 * ## Method
 *
 * - Treated units are matched in descending order of distance (m.order = "largest"; equal
 *   distances keep data order, as R's stable order()).
 * - With ratio k, matching runs in k rounds: every treated unit gets its first control, then
 *   its second, … Without replacement a control is used at most once.
 * - All units sort by distance (stable: data order among equals); controls before the treated
 *   unit are on its left. The match is the nearer of the nearest available control on each
 *   side, the left one on a tie — MatchIt's nn_matchC rule.
 * - Caliper (std.caliper = TRUE): |d_t − d_c| ≤ caliper · sd(d) over all units; a treated unit
 *   with no control within it stays unmatched.
 * - Weights: treated 1; a control gets Σ 1/k_t over the treated units it serves (k_t: that
 *   unit's number of matches), scaled so matched controls' weights sum to their count.
 *
 * Complexity O(n log n): controls are sorted once; the nearest available control on each side
 * is found through "next available" pointers with path compression — no distance matrix.
 *
 * ## References
 *
 * - Ho, D. E., K. Imai, G. King, and E. A. Stuart. 2011. "MatchIt: Nonparametric Preprocessing
 *   for Parametric Causal Inference." Journal of Statistical Software 42 (8).
 *   doi:10.18637/jss.v042.i08.
 * - Austin, P. C. 2011. "Optimal Caliper Widths for Propensity-Score Matching." Pharmaceutical
 *   Statistics 10 (2): 150–61. doi:10.1002/pst.433.
 *
 * Checked against: MatchIt::matchit(method = "nearest") 4.5.1 — fixtures/make.R, with
 * rule = 'matchit-4.5' (identical pairs and weights without replacement). MatchIt 4.5.1's
 * C++ (src/nn_matchC_vec.cpp) compares distances with abs() on an int, so it is not the
 * nearest neighbour on propensity scores; the default rule is what that code intends.
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
 * ```
 */
export function matchNearest(input: {
  readonly distance: ArrayLike<number>
  /** 1 for treated (pilot), 0 for control. */
  readonly treat: ArrayLike<number>
  readonly ratio?: number
  readonly replace?: boolean
  /** In standard deviations of the distance (MatchIt's std.caliper = TRUE). */
  readonly caliper?: number
  /**
   * `nearest` (default): the nearest available control, the lower one on a tie.
   * `matchit-4.5`: reproduce MatchIt 4.5.1, whose C++ compares |d_t − d_c| with the integer
   * abs() — truncated, so on propensity scores it takes the nearest control below whenever
   * there is one and ignores a caliper below 1. For comparing with old analyses only.
   */
  readonly rule?: 'nearest' | 'matchit-4.5'
  /** Exact matching: a stratum code per row; controls are only taken from the treated unit's stratum. */
  readonly exact?: ArrayLike<number>
}): NearestMatch {
  const n = input.distance.length
  const ratio = input.ratio ?? 1
  const replace = input.replace ?? false
  const rule = input.rule ?? 'nearest'
  if (input.treat.length !== n)
    throw new RangeError('invalid argument. `distance` and `treat` must have the same length.')
  if (!Number.isInteger(ratio) || ratio < 1)
    throw new RangeError(
      `invalid argument. \`ratio\` must be a positive integer. Value: \`${ratio}\`.`,
    )
  if (input.caliper !== undefined && !(input.caliper > 0)) {
    throw new RangeError(
      `invalid argument. \`caliper\` must be a positive number. Value: \`${input.caliper}\`.`,
    )
  }
  const d = input.distance
  const caliperDistance = input.caliper === undefined ? undefined : input.caliper * sampleSd(d)
  const treated: number[] = []
  const controls: number[] = []
  for (let i = 0; i < n; i++) (input.treat[i] === 1 ? treated : controls).push(i)
  // Descending distance, stable: data order among equals.
  treated.sort((a, b) => d[b]! - d[a]! || a - b)
  // By stratum (exact matching), then ascending distance, stable: data order among equals.
  const stratum = (i: number) => input.exact?.[i] ?? 0
  controls.sort((a, b) => stratum(a) - stratum(b) || d[a]! - d[b]! || a - b)
  const m = controls.length
  const value = Float64Array.from(controls, (c) => d[c]!)
  const block = Float64Array.from(controls, stratum)
  // Pointers to the nearest available control at or right of / at or left of a position.
  const right = Int32Array.from({ length: m + 1 }, (_, j) => j)
  const left = Int32Array.from({ length: m + 1 }, (_, j) => j)
  const findRight = (j: number): number => {
    let r = j
    while (right[r]! !== r) r = right[r]!
    while (right[j]! !== r) {
      const next = right[j]!
      right[j] = r
      j = next
    }
    return r // m means none
  }
  // left is indexed with an offset of one: position j ↦ j + 1, 0 means none.
  const findLeft = (j: number): number => {
    let r = j + 1
    while (left[r]! !== r) r = left[r]!
    let k = j + 1
    while (left[k]! !== r) {
      const next = left[k]!
      left[k] = r
      k = next
    }
    return r - 1 // −1 means none
  }
  const remove = (j: number) => {
    right[j] = j + 1
    left[j + 1] = j
  }
  /** Position of the first control after (x, unit) in the stable order by (distance, row). */
  const splitPoint = (x: number, unit: number) => {
    const st = stratum(unit)
    let lo = 0
    let hi = m
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const before =
        block[mid]! < st ||
        (block[mid]! === st && (value[mid]! < x || (value[mid]! === x && controls[mid]! < unit)))
      if (before) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  // MatchIt 4.5's C++ compares distances with the integer abs(), truncating them (see above).
  const measure = rule === 'matchit-4.5' ? (x: number) => Math.trunc(x) : (x: number) => x

  const matchedTo = new Map<number, number[]>(treated.map((t) => [t, []]))
  const usedBy = new Map<number, Set<number>>() // with replacement: controls already matched to t
  for (let round = 0; round < ratio; round++) {
    for (const t of treated) {
      const mine = matchedTo.get(t) ?? []
      if (mine.length < round) continue // unmatched in an earlier round
      const dt = d[t]!
      // Split as MatchIt does: all units in one stable order by distance; controls before
      // the treated unit in that order are on its left.
      const pos = splitPoint(dt, t)
      const taken = usedBy.get(t)
      const skip = (j: number) => replace && taken?.has(j)
      // Nearest available on each side (with replacement, skip this unit's own earlier matches).
      let r = replace ? pos : findRight(pos)
      while (r < m && skip(r)) r = replace ? r + 1 : findRight(r + 1)
      let l = replace ? pos - 1 : findLeft(pos - 1)
      while (l >= 0 && skip(l)) l = replace ? l - 1 : findLeft(l - 1)
      const gap = (j: number) => measure(Math.abs(value[j]! - dt))
      // The nearest available control on a side from another stratum means none in this one.
      if (l >= 0 && block[l]! !== stratum(t)) l = -1
      if (r < m && block[r]! !== stratum(t)) r = m
      // A side whose nearest control lies outside the caliper offers none.
      if (l >= 0 && caliperDistance !== undefined && gap(l) > caliperDistance) l = -1
      if (r < m && caliperDistance !== undefined && gap(r) > caliperDistance) r = m
      let j: number
      if (l >= 0 && r < m) j = gap(l) <= gap(r) ? l : r
      else if (l >= 0) j = l
      else if (r < m) j = r
      else continue
      mine.push(controls[j]!)
      if (replace) {
        const set = taken ?? new Set<number>()
        set.add(j)
        usedBy.set(t, set)
      } else remove(j)
    }
  }

  const weights = new Float64Array(n)
  const subclass = new Int32Array(n).fill(-1)
  const pairs: Array<{ treated: number; controls: number[] }> = []
  let matchedTreated = 0
  for (const t of treated) {
    const cs = matchedTo.get(t) ?? []
    if (cs.length === 0) continue
    const s = matchedTreated++
    weights[t] = 1
    subclass[t] = s
    for (const c of cs) {
      weights[c]! += 1 / cs.length
      if (subclass[c] === -1) subclass[c] = s
    }
  }
  for (const t of [...treated].sort((a, b) => a - b)) {
    const cs = matchedTo.get(t) ?? []
    pairs.push({ treated: t, controls: cs })
  }
  let controlWeight = 0
  let controlsMatched = 0
  for (const c of controls) {
    if (weights[c]! > 0) {
      controlWeight += weights[c]!
      controlsMatched++
    }
  }
  const scale = controlWeight > 0 ? controlsMatched / controlWeight : 1
  for (const c of controls) weights[c]! *= scale
  return {
    pairs,
    weights,
    subclass,
    treatedMatched: matchedTreated,
    unmatchedTreated: treated.length - matchedTreated,
    controlsMatched,
    ...(caliperDistance !== undefined ? { caliperDistance } : {}),
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
