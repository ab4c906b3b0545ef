import { normalCdf, normalQuantile } from '../dists/index.js'
import { findRoot } from './root.js'

export interface PowerProportionsResult {
  /** Participants per group. */
  readonly n: number
  readonly p1: number
  readonly p2: number
  readonly sigLevel: number
  readonly power: number
}

/**
 * Power of a two-sided comparison of two proportions, and its inverses, as
 * stats::power.prop.test (strict = FALSE): give all of n, p1, p2, power but one.
 *
 * ## Method
 *
 *   power = Φ( (√n |p1 − p2| − z_{1−α/2} √((p1 + p2)(q1 + q2)/2)) / √(p1 q1 + p2 q2) )
 *
 * with q = 1 − p; n, p2 (the smallest detectable proportion, above p1) or power solved by
 * root finding as R does with uniroot.
 *
 * ## References
 *
 * - Fleiss, J. L., B. Levin, and M. C. Paik. 2003. Statistical Methods for Rates and
 *   Proportions, 3rd ed., §4.2. Wiley. doi:10.1002/0471445428.
 *
 * Checked against: stats::power.prop.test (R 4.2.2, tol = 1e-12) — fixtures/make.R
 *
 * @example
 * ```ts
 * powerProportions({ n: 150, p1: 0.175, power: 0.8 })
 * // → { p2: 0.3134… }   (R: power.prop.test(n = 150, p1 = 0.175, power = 0.8), in the fixtures)
 * ```
 */
export function powerProportions(input: {
  readonly n?: number
  readonly p1: number
  readonly p2?: number
  readonly power?: number
  readonly sigLevel?: number
}): PowerProportionsResult {
  const sigLevel = input.sigLevel ?? 0.05
  const missing = [input.n, input.p2, input.power].filter((v) => v === undefined).length
  if (missing !== 1) {
    throw new TypeError('invalid argument. Exactly one of `n`, `p2` and `power` must be omitted.')
  }
  const za = normalQuantile(1 - sigLevel / 2)
  const power = (n: number, p1: number, p2: number) => {
    const q1 = 1 - p1
    const q2 = 1 - p2
    return normalCdf(
      (Math.sqrt(n) * Math.abs(p1 - p2) - za * Math.sqrt(((p1 + p2) * (q1 + q2)) / 2)) /
        Math.sqrt(p1 * q1 + p2 * q2),
    )
  }
  const { p1 } = input
  if (input.power === undefined) {
    const n = input.n ?? Number.NaN
    const p2 = input.p2 ?? Number.NaN
    return { n, p1, p2, sigLevel, power: power(n, p1, p2) }
  }
  const target = input.power
  if (input.n === undefined) {
    const p2 = input.p2 ?? Number.NaN
    return {
      n: findRoot((n) => power(n, p1, p2) - target, 2, 1e7),
      p1,
      p2,
      sigLevel,
      power: target,
    }
  }
  const n = input.n
  return {
    n,
    p1,
    p2: findRoot((p2) => power(n, p1, p2) - target, p1, 1 - 1e-10),
    sigLevel,
    power: target,
  }
}
