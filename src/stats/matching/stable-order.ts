/**
 * The row indices of `x` in ascending order, equal values in row order — R's `order(x)` (radix,
 * stable), which MatchIt uses to place every unit. An LSD radix sort on the IEEE-754 bits in
 * four 16-bit digits: linear in n, where a comparison sort of a million indices through a
 * callback takes several times longer. Digits that are the same for every value are skipped.
 * `x` must be free of NaN; −0 sorts as +0.
 */
export function stableOrder(x: ArrayLike<number>): Int32Array {
  const n = x.length
  // Sortable keys: flip every bit of a negative number, only the sign bit of a positive one,
  // so that unsigned comparison of (hi, lo) orders the doubles.
  const bits = new Float64Array(n)
  for (let i = 0; i < n; i++) bits[i] = x[i]! + 0 // + 0 turns −0 into +0
  const words = new Uint32Array(bits.buffer) // little-endian: [lo, hi] per value
  const counts = new Uint32Array(4 * 65536)
  for (let i = 0; i < n; i++) {
    let lo = words[2 * i]!
    let hi = words[2 * i + 1]!
    if (hi >>> 31) {
      hi = ~hi >>> 0
      lo = ~lo >>> 0
    } else hi = (hi | 0x80000000) >>> 0
    words[2 * i] = lo
    words[2 * i + 1] = hi
    counts[lo & 0xffff]!++
    counts[65536 + (lo >>> 16)]!++
    counts[131072 + (hi & 0xffff)]!++
    counts[196608 + (hi >>> 16)]!++
  }
  let order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  let next = new Int32Array(n)
  for (let digit = 0; digit < 4; digit++) {
    const base = digit * 65536
    const word = digit >> 1 // 0: lo, 1: hi
    const shift = (digit & 1) * 16
    const first = n > 0 ? (words[2 * order[0]! + word]! >>> shift) & 0xffff : 0
    if (counts[base + first] === n) continue // one value of this digit: the order stays
    let sum = 0
    for (let v = 0; v < 65536; v++) {
      const c = counts[base + v]!
      counts[base + v] = sum
      sum += c
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!
      const v = (words[2 * i + word]! >>> shift) & 0xffff
      next[counts[base + v]!++] = i
    }
    const swap = order
    order = next
    next = swap
  }
  return order
}
