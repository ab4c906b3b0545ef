/**
 * Controls 0…m−1 in distance order, each available until taken: "next available" pointers on
 * each side with path compression, so the nearest untaken control right or left of a place is
 * found in near-constant time however many are taken. Both MatchIt rules match through it.
 */
export interface AvailableControls {
  /** The first available control at or right of j; m when there is none. */
  readonly nextRight: (j: number) => number
  /** The first available control at or left of j; −1 when there is none. */
  readonly nextLeft: (j: number) => number
  /** Takes control j out of both searches. */
  readonly take: (j: number) => void
}

export function availableControls(m: number): AvailableControls {
  // right[j]: a control at or right of j that may be available (m: none); left[j + 1]: the same
  // to the left, offset by one so that 0 means none.
  const right = new Int32Array(m + 1)
  const left = new Int32Array(m + 1)
  for (let j = 0; j <= m; j++) right[j] = left[j] = j
  const nextRight = (j: number): number => {
    let r = j
    while (right[r]! !== r) r = right[r]!
    while (right[j]! !== r) {
      const next = right[j]!
      right[j] = r
      j = next
    }
    return r
  }
  const nextLeft = (j: number): number => {
    let r = j + 1
    while (left[r]! !== r) r = left[r]!
    let k = j + 1
    while (left[k]! !== r) {
      const next = left[k]!
      left[k] = r
      k = next
    }
    return r - 1
  }
  const take = (j: number) => {
    right[j] = j + 1
    left[j + 1] = j
  }
  return { nextRight, nextLeft, take }
}
