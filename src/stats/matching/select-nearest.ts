/**
 * Keeps the k nearest of `count` candidates, in the order MatchIt 4.7.2 returns them
 * (src/internal.cpp, find_control_vec, end): with at most one candidate, or at most k already
 * in non-decreasing distance, the order they were found in; with more than k, C++'s
 * std::partial_sort; otherwise std::sort. Neither is stable, so among equal distances the
 * outcome is that of the algorithms themselves, reproduced here as GCC's libstdc++ (which R
 * builds MatchIt with) implements them: partial_sort as a heap selection (a max-heap of the
 * first k; each later candidate strictly nearer than the heap's top replaces it) followed by a
 * heap sort, std::sort on at most 16 elements as an insertion sort (stable).
 *
 * `slots` holds candidate numbers 0…count−1 on entry and the kept ones, nearest first, on
 * return; `distance[slot]` is a candidate's distance. Returns how many are kept.
 */
export function selectNearest(
  slots: Int32Array,
  distance: Float64Array,
  count: number,
  k: number,
): number {
  if (count <= 1) return count
  if (count <= k) {
    let sorted = true
    for (let i = 1; i < count && sorted; i++) sorted = !(distance[i]! < distance[i - 1]!)
    if (!sorted) insertionSort(slots, distance, count)
    return count
  }
  makeHeap(slots, distance, k)
  for (let i = k; i < count; i++) {
    if (distance[slots[i]!]! < distance[slots[0]!]!) popHeap(slots, distance, k, i)
  }
  for (let len = k; len > 1; len--) popHeap(slots, distance, len - 1, len - 1)
  return k
}

/** Stable insertion sort by distance, as libstdc++'s std::sort below 17 elements. */
function insertionSort(slots: Int32Array, distance: Float64Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const value = slots[i]!
    let j = i
    while (j > 0 && distance[value]! < distance[slots[j - 1]!]!) {
      slots[j] = slots[j - 1]!
      j--
    }
    slots[j] = value
  }
}

/** Max-heap on slots[0…len): every parent at least as far as its children. */
function makeHeap(slots: Int32Array, distance: Float64Array, len: number): void {
  if (len < 2) return
  for (let parent = (len - 2) >> 1; parent >= 0; parent--)
    adjustHeap(slots, distance, parent, len, slots[parent]!)
}

/** Moves the top of the heap slots[0…len) to `result` and puts what was there into the heap. */
function popHeap(slots: Int32Array, distance: Float64Array, len: number, result: number): void {
  const value = slots[result]!
  slots[result] = slots[0]!
  adjustHeap(slots, distance, 0, len, value)
}

/**
 * libstdc++'s sift: the hole at `hole` moves down to a leaf, always to the farther child (the
 * right one unless it is strictly nearer than the left), then `value` rises from there while
 * its parent is strictly nearer.
 */
function adjustHeap(
  slots: Int32Array,
  distance: Float64Array,
  start: number,
  len: number,
  value: number,
): void {
  let hole = start
  let child = start
  while (child < (len - 1) >> 1) {
    child = 2 * (child + 1)
    if (distance[slots[child]!]! < distance[slots[child - 1]!]!) child--
    slots[hole] = slots[child]!
    hole = child
  }
  if ((len & 1) === 0 && child === (len - 2) >> 1) {
    child = 2 * (child + 1)
    slots[hole] = slots[child - 1]!
    hole = child - 1
  }
  let parent = (hole - 1) >> 1
  while (hole > start && distance[slots[parent]!]! < distance[value]!) {
    slots[hole] = slots[parent]!
    hole = parent
    parent = (hole - 1) >> 1
  }
  slots[hole] = value
}
