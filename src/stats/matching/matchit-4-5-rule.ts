import { availableControls } from './available-controls.js'
import type { MatchMatrix, MatchProblem } from './matchit-rule.js'

/**
 * MatchIt 4.5.1's nearest-neighbour rule, for comparing with analyses made with it. Its C++
 * (src/nn_matchC_vec.cpp) compares |d_t − d_c| with the integer abs(), which truncates: on
 * propensity scores every gap is 0, so it takes the nearest available control below the
 * treated unit (in the stable order of all units by distance) whenever there is one, and a
 * caliper below 1 has no effect on whether a control is chosen.
 *
 * - Treated units in descending distance (row order among equals); with ratio k, k rounds.
 * - Per treated unit, the nearest available control on each side of its place, compared by
 *   the truncated gap, the left one on a tie; a side whose control lies beyond the caliper
 *   offers none. With replacement, a treated unit's own earlier matches are skipped.
 */
export function matchMatchIt45(problem: MatchProblem): MatchMatrix {
  const { distance: d, treat, ratio, replace, caliperDistance } = problem
  const n = d.length
  const treatedList: number[] = []
  const controls: number[] = []
  for (let i = 0; i < n; i++) (treat[i] === 1 ? treatedList : controls).push(i)
  const treatedRows = Int32Array.from(treatedList)
  const indexOf = new Map(treatedList.map((row, t) => [row, t]))
  // Descending distance, stable: data order among equals.
  const byDistance = [...treatedList].sort((a, b) => d[b]! - d[a]! || a - b)
  const stratum = (i: number) => problem.exact?.[i] ?? 0
  controls.sort((a, b) => stratum(a) - stratum(b) || d[a]! - d[b]! || a - b)
  const m = controls.length
  const value = Float64Array.from(controls, (c) => d[c]!)
  const block = Float64Array.from(controls, stratum)
  const available = availableControls(m)
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

  const matches = new Int32Array(treatedRows.length * ratio).fill(-1)
  const found = new Int32Array(treatedRows.length)
  const usedBy = new Map<number, Set<number>>() // with replacement: controls already matched to t
  for (let round = 0; round < ratio; round++) {
    for (const row of byDistance) {
      const t = indexOf.get(row)!
      if (found[t]! < round) continue // unmatched in an earlier round
      const dt = d[row]!
      const pos = splitPoint(dt, row)
      const taken = usedBy.get(t)
      const skip = (j: number) => replace && taken?.has(j)
      let r = replace ? pos : available.nextRight(pos)
      while (r < m && skip(r)) r = replace ? r + 1 : available.nextRight(r + 1)
      let l = replace ? pos - 1 : available.nextLeft(pos - 1)
      while (l >= 0 && skip(l)) l = replace ? l - 1 : available.nextLeft(l - 1)
      const gap = (j: number) => Math.trunc(Math.abs(value[j]! - dt))
      if (l >= 0 && block[l]! !== stratum(row)) l = -1
      if (r < m && block[r]! !== stratum(row)) r = m
      if (l >= 0 && gap(l) > caliperDistance) l = -1
      if (r < m && gap(r) > caliperDistance) r = m
      let j: number
      if (l >= 0 && r < m) j = gap(l) <= gap(r) ? l : r
      else if (l >= 0) j = l
      else if (r < m) j = r
      else continue
      matches[t * ratio + found[t]!++] = controls[j]!
      if (replace) {
        const set = taken ?? new Set<number>()
        set.add(j)
        usedBy.set(t, set)
      } else {
        available.take(j)
      }
    }
  }
  const matchOrder = Int32Array.from(byDistance, (row) => indexOf.get(row)!)
  return { treatedRows, matches, matchOrder }
}
