import { availableControls } from './available-controls.js'
import { selectNearest } from './select-nearest.js'
import { stableOrder } from './stable-order.js'

export interface MatchProblem {
  readonly distance: ArrayLike<number>
  readonly treat: ArrayLike<number>
  readonly ratio: number
  readonly replace: boolean
  /** On the distance scale; Infinity for none. */
  readonly caliperDistance: number
  /** A stratum code per row, or undefined for one stratum. */
  readonly exact?: ArrayLike<number> | undefined
}

/** Treated rows in data order and their matches: row i's controls at i·ratio…, −1 after the last. */
export interface MatchMatrix {
  readonly treatedRows: Int32Array
  readonly matches: Int32Array
  /** The treated indices (into treatedRows) in the order they were matched. */
  readonly matchOrder: Int32Array
}

/**
 * MatchIt 4.7.2's nearest-neighbour rule on a scalar distance (src/nn_matchC_vec.cpp and
 * find_control_vec in src/internal.cpp of MatchIt 4.7.2), pair for pair, ties included.
 *
 * - All units, treated and control, are placed in one order by distance, equal distances in row
 *   order (R's order()).
 * - Treated units are matched in descending distance (m.order = "largest"), equal distances in
 *   row order. Without replacement, matching runs in `ratio` rounds (each treated unit's first
 *   control, then its second, …) and a control is used once; a treated unit left without a
 *   control in a round takes no part in later ones. With replacement (or a single treated unit)
 *   each treated unit gets all its controls in one search.
 * - A search starts at the treated unit's place in that order (in a later round: at its
 *   farthest earlier matches on each side, ignoring controls nearer than the farthest of them)
 *   and steps outward one place at a time, left first, then right, left, …; a step onto a
 *   treated or used unit finds nothing but still counts. A side stops when it has `ratio`
 *   candidates, when a control lies beyond the caliper, or when `ratio` candidates found so far
 *   are strictly nearer than its next control. The kept controls are the `ratio` nearest
 *   candidates; among equal distances the first found wins with ratio 1, and with more the
 *   order of C++'s partial_sort (see selectNearest).
 * - Exact matching skips controls of other strata (their steps count).
 *
 * Here the steps are not walked one by one: the next available control on each side is found
 * through "next available" pointers with path compression, and which side's control MatchIt
 * would reach first follows from how many places away each is (left at offset a comes before
 * right at offset b when a ≤ b, as left moves first). O(n) after the sort, no allocation per
 * unit.
 */
export function matchMatchIt(problem: MatchProblem): MatchMatrix {
  const { distance: d, treat, ratio, replace, caliperDistance } = problem
  const n = d.length
  const order = stableOrder(d)

  // Strata as dense numbers 0…S−1.
  const stratum = new Int32Array(n)
  let strata = 1
  if (problem.exact) {
    const ids = new Map<number, number>()
    for (let i = 0; i < n; i++) {
      const code = problem.exact[i]!
      let s = ids.get(code)
      if (s === undefined) {
        s = ids.size
        ids.set(code, s)
      }
      stratum[i] = s
    }
    strata = ids.size
  }

  // Treated index per row (data order) and the controls, by stratum, in distance order.
  const treatedIndex = new Int32Array(n).fill(-1)
  let nt = 0
  const blockStart = new Int32Array(strata + 1)
  for (let i = 0; i < n; i++) {
    if (treat[i] === 1) treatedIndex[i] = nt++
    else blockStart[stratum[i]! + 1]!++
  }
  for (let s = 0; s < strata; s++) blockStart[s + 1]! += blockStart[s]!
  const m = blockStart[strata]!
  const treatedRows = new Int32Array(nt)
  const controlPlace = new Int32Array(m) // place in the order of all units
  const controlRow = new Int32Array(m)
  const controlDistance = new Float64Array(m)
  const treatedPlace = new Int32Array(nt)
  const split = new Int32Array(nt) // first control (index) after the treated unit, its stratum
  const fill = blockStart.slice(0, strata)
  for (let p = 0; p < n; p++) {
    const i = order[p]!
    const s = stratum[i]!
    const t = treatedIndex[i]!
    if (t >= 0) {
      treatedRows[t] = i
      treatedPlace[t] = p
      split[t] = fill[s]!
    } else {
      const j = fill[s]!++
      controlPlace[j] = p
      controlRow[j] = i
      controlDistance[j] = d[i]!
    }
  }
  // Descending distance, equal distances in row order: runs of equal values, from the top.
  const matchOrder = new Int32Array(nt)
  let filled = 0
  for (let p = n - 1; p >= 0; ) {
    let q = p
    while (q > 0 && d[order[q - 1]!] === d[order[p]!]) q--
    for (let r = q; r <= p; r++) {
      const t = treatedIndex[order[r]!]!
      if (t >= 0) matchOrder[filled++] = t
    }
    p = q - 1
  }

  const available = availableControls(m)

  const matches = new Int32Array(nt * ratio).fill(-1) // control indices until the end
  const perCall = replace || nt <= 1 ? ratio : 1
  const candidate = new Int32Array(2 * perCall)
  const candidateDistance = new Float64Array(2 * perCall)
  const slots = new Int32Array(2 * perCall)

  /** One search (MatchIt's find_control_vec) for treated t in round `round` (0-based). */
  const search = (t: number, round: number): number => {
    const dt = d[treatedRows[t]!]!
    const s = stratum[treatedRows[t]!]!
    const lowest = blockStart[s]!
    const highest = blockStart[s + 1]! - 1
    let leftPlace = treatedPlace[t]!
    let rightPlace = leftPlace
    let nextLeft = split[t]! - 1
    let nextRight = split[t]!
    let minDistance = 0
    if (round > 0) {
      let farLeft = -1
      let farRight = -1
      for (let r = 0; r < round; r++) {
        const j = matches[t * ratio + r]!
        if (controlPlace[j]! < leftPlace) {
          leftPlace = controlPlace[j]!
          farLeft = j
        }
        if (controlPlace[j]! > rightPlace) {
          rightPlace = controlPlace[j]!
          farRight = j
        }
      }
      if (farLeft >= 0) nextLeft = farLeft - 1
      if (farRight >= 0) nextRight = farRight + 1
      const gapLeft = farLeft >= 0 ? Math.abs(dt - controlDistance[farLeft]!) : 0
      const gapRight = farRight >= 0 ? Math.abs(dt - controlDistance[farRight]!) : 0
      minDistance = Math.max(gapLeft, gapRight)
    }
    let l = nextLeft >= lowest ? available.nextLeft(nextLeft) : -1
    let r = nextRight <= highest ? available.nextRight(nextRight) : m
    let leftOpen = l >= lowest
    let rightOpen = r <= highest
    let foundLeft = 0
    let foundRight = 0
    let count = 0
    while (leftOpen || rightOpen) {
      const goLeft =
        leftOpen && (!rightOpen || leftPlace - controlPlace[l]! <= controlPlace[r]! - rightPlace)
      const j = goLeft ? l : r
      if (goLeft) {
        l = l - 1 >= lowest ? available.nextLeft(l - 1) : -1
      } else {
        r = r + 1 <= highest ? available.nextRight(r + 1) : m
      }
      const gap = Math.abs(dt - controlDistance[j]!)
      let stop = gap > caliperDistance
      if (!stop && gap >= minDistance) {
        if (count >= perCall) {
          let closer = 0
          for (let c = 0; c < count && closer < perCall; c++)
            if (candidateDistance[c]! < gap) closer++
          stop = closer >= perCall
        }
        if (!stop) {
          candidate[count] = j
          candidateDistance[count++] = gap
          stop = (goLeft ? ++foundLeft : ++foundRight) === perCall
        }
      }
      if (goLeft) leftOpen = !stop && l >= lowest
      else rightOpen = !stop && r <= highest
    }
    for (let c = 0; c < count; c++) slots[c] = c
    const kept = selectNearest(slots, candidateDistance, count, perCall)
    for (let c = 0; c < kept; c++) {
      const j = candidate[slots[c]!]!
      matches[t * ratio + round + c] = j
      if (!replace) {
        available.take(j)
      }
    }
    return kept
  }

  if (perCall === ratio) {
    for (let k = 0; k < nt; k++) search(matchOrder[k]!, 0)
  } else {
    const active = new Uint8Array(nt).fill(1)
    for (let round = 0; round < ratio; round++) {
      for (let k = 0; k < nt; k++) {
        const t = matchOrder[k]!
        if (active[t] === 1 && search(t, round) === 0) active[t] = 0
      }
    }
  }
  for (let k = 0; k < matches.length; k++)
    if (matches[k]! >= 0) matches[k] = controlRow[matches[k]!]!
  return { treatedRows, matches, matchOrder }
}
