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

/**
 * A generator seeded with a safe integer: the same seed gives the same stream everywhere.
 * @example
 * ```ts
 * const random = createRandom(20261124)
 * random.uniform() // → 0.1039454…
 * random.normal() // → -0.576934…
 * random.integer(6) // → 2
 * ```
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`invalid argument. \`seed\` must be a safe integer. Value: \`${seed}\`.`)
  }
  return new Xoshiro128(seed)
}

/**
 * The generator as a class, not closures: every instance shares one set of methods, so a
 * loop that draws from a new generator on each run (a Monte Carlo per request) keeps its
 * optimised calls instead of meeting new functions each time.
 */
class Xoshiro128 implements Random {
  readonly seed: number
  private s0: number
  private s1: number
  private s2: number
  private s3: number
  private spare = 0
  private hasSpare = false

  constructor(seed: number) {
    this.seed = seed
    // splitmix32 expands the seed into four non-zero state words.
    let sm = (seed ^ Math.floor(seed / 2 ** 32)) >>> 0
    const splitmix = () => {
      sm = (sm + 0x9e3779b9) >>> 0
      let z = sm
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
      return (z ^ (z >>> 16)) >>> 0
    }
    this.s0 = splitmix()
    this.s1 = splitmix()
    this.s2 = splitmix()
    this.s3 = splitmix()
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1
  }

  private next32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0
    const t = (this.s1 << 9) >>> 0
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  uniform(): number {
    return ((this.next32() >>> 5) * 67108864 + (this.next32() >>> 6)) / 9007199254740992
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false
      return this.spare
    }
    let u = 0
    let v = 0
    let s = 0
    do {
      u = 2 * this.uniform() - 1
      v = 2 * this.uniform() - 1
      s = u * u + v * v
    } while (s >= 1 || s === 0)
    const factor = Math.sqrt((-2 * Math.log(s)) / s)
    this.spare = v * factor
    this.hasSpare = true
    return u * factor
  }

  integer(n: number): number {
    return Math.floor(this.uniform() * n)
  }

  /**
   * Lemire's multiply-and-reject method, unbiased: the high 32 bits of x·n for a 32-bit x,
   * rejecting the few x whose low part falls below 2^32 mod n (x·n < 2^53 stays exact).
   * Ref: Lemire, D. 2019. Fast random integer generation in an interval. ACM TOMACS 29(1):3.
   * doi:10.1145/3230636.
   */
  fillIndices(out: Uint32Array, n: number): void {
    if (!(n >= 1 && n <= 2 ** 21 && Number.isInteger(n)))
      throw new RangeError(`fillIndices needs an integer n in [1, 2^21], got ${n}`)
    const threshold = 2 ** 32 % n
    let a = this.s0
    let b = this.s1
    let c = this.s2
    let d = this.s3
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
    this.s0 = a
    this.s1 = b
    this.s2 = c
    this.s3 = d
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}
