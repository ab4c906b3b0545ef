/**
 * The one seeded pseudo-random generator of Effectwijzer: xoshiro128** (32-bit state words,
 * fast in JavaScript), seeded through splitmix32 so that any integer seed gives a well-mixed
 * state. Uniform doubles use 53 random bits; normals use the polar Box–Muller method.
 * The same seed gives the same stream on every platform (all arithmetic is 32-bit integer).
 *
 * ## References
 *
 * - Blackman, D., and S. Vigna. 2021. "Scrambled Linear Pseudorandom Number Generators."
 *   ACM TOMS 47 (4): 36. doi:10.1145/3460772.
 * - Marsaglia, G., and T. A. Bray. 1964. "A Convenient Method for Generating Normal
 *   Variables." SIAM Review 6 (3): 260–64. doi:10.1137/1006063.
 */
export interface Random {
  /** Uniform on [0, 1), 53 bits. */
  uniform(): number
  /** Standard normal N(0, 1). */
  normal(): number
  /** Uniform integer in [0, n). */
  integer(n: number): number
  /**
   * Fills `out` with uniform integers in [0, n), n ≤ 2^21, one 32-bit draw each: the fast
   * path of resampling loops (the generator state stays in locals during the loop).
   * A different stream from `integer`.
   */
  fillIndices(out: Uint32Array, n: number): void
  /** The seed this stream started from (write it into every result that used it). */
  readonly seed: number
}

export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`invalid argument. \`seed\` must be a safe integer. Value: \`${seed}\`.`)
  }
  // splitmix32 expands the seed into four non-zero state words.
  let sm = (seed ^ Math.floor(seed / 2 ** 32)) >>> 0
  const splitmix = () => {
    sm = (sm + 0x9e3779b9) >>> 0
    let z = sm
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  let s0 = splitmix()
  let s1 = splitmix()
  let s2 = splitmix()
  let s3 = splitmix()
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1

  const next32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0
    const t = (s1 << 9) >>> 0
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotl(s3, 11)
    return result
  }
  const uniform = () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992

  let spare: number | undefined
  const normal = () => {
    if (spare !== undefined) {
      const value = spare
      spare = undefined
      return value
    }
    let u = 0
    let v = 0
    let s = 0
    do {
      u = 2 * uniform() - 1
      v = 2 * uniform() - 1
      s = u * u + v * v
    } while (s >= 1 || s === 0)
    const factor = Math.sqrt((-2 * Math.log(s)) / s)
    spare = v * factor
    return u * factor
  }
  const integer = (n: number) => Math.floor(uniform() * n)
  /**
   * Lemire's multiply-and-reject method, unbiased: the high 32 bits of x·n for a 32-bit x,
   * rejecting the few x whose low part falls below 2^32 mod n (x·n < 2^53 stays exact).
   * Ref: Lemire, D. 2019. Fast random integer generation in an interval. ACM TOMACS 29(1):3.
   * doi:10.1145/3230636.
   */
  const fillIndices = (out: Uint32Array, n: number) => {
    if (!(n >= 1 && n <= 2 ** 21 && Number.isInteger(n)))
      throw new RangeError(`fillIndices needs an integer n in [1, 2^21], got ${n}`)
    const threshold = 2 ** 32 % n
    let a = s0
    let b = s1
    let c = s2
    let d = s3
    for (let i = 0; i < out.length; ) {
      const x = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0
      const t = (b << 9) >>> 0
      c ^= a
      d ^= b
      b ^= c
      a ^= d
      c ^= t
      d = rotl(d, 11)
      const m = x * n
      if (m % 4294967296 >= threshold) out[i++] = Math.floor(m / 4294967296)
    }
    s0 = a
    s1 = b
    s2 = c
    s3 = d
  }
  return { uniform, normal, integer, fillIndices, seed }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}
