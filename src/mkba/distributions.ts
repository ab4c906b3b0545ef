import { normalQuantile } from '../stats/dists/normal.js'
import type { Random } from '../stats/random/index.js'
import type { Distribution } from './model.js'

/**
 * Draws one value from an input distribution.
 *
 * ## Method
 *
 * - uniform(a, b):        a + (b − a)·U
 * - triangular(a, m, b):  inverse CDF: a + √(U (b−a)(m−a)) if U < (m−a)/(b−a),
 *                          else b − √((1−U)(b−a)(b−m))
 * - PERT(a, m, b):        a + (b − a)·Beta(α, β), α = 1 + 4(m−a)/(b−a), β = 1 + 4(b−m)/(b−a)
 *                          (Vose 2008, §9.2); Beta by Cheng's algorithm BB (1978), or from
 *                          two Gammas (Marsaglia & Tsang 2000) when a shape is 1
 * - normal(μ, σ):         μ + σ·Z
 * - lognormal(mean, sd):  exp(μ + σ·Z) with σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2
 * - effect(b, se, m):     m·(b + se·Z) — an estimate with its standard error (research/mkba.md TC5)
 *
 * ## References
 *
 * - Vose, D. 2008. Risk Analysis: A Quantitative Guide, 3rd ed. Wiley. (triangular, PERT)
 * - Devroye, L. 1986. Non-Uniform Random Variate Generation. Springer, §IX.4 (Beta as a
 *   ratio of Gammas).
 * - Marsaglia, G., and W. W. Tsang. 2000. "A Simple Method for Generating Gamma Variables."
 *   ACM TOMS 26 (3): 363–72. doi:10.1145/358407.358414.
 *
 * @example
 * ```ts
 * const random = createRandom(1) // from stats
 * sample({ distribution: 'pert', low: 0, mode: 3, high: 6 }, random) // → 3.23866…
 * sample({ distribution: 'effect', estimate: 0.05, se: 0.02, multiplier: 500 }, random)
 * // → 20.6940…
 * ```
 */
export function sample(d: Distribution, random: Random): number {
  return sampler(d, random)()
}

/**
 * The same draws as `sample`, from one random stream, with each distribution's constants
 * (PERT's shape, the lognormal's μ and σ, the Gamma constants) worked out once: the Monte
 * Carlo draws every input 10⁵ times.
 */
export function sampler(d: Distribution, random: Random): () => number {
  switch (d.distribution) {
    case 'fixed': {
      const value = d.value
      return () => value
    }
    case 'uniform': {
      const { low, high } = d
      return () => low + (high - low) * random.uniform()
    }
    case 'triangular': {
      // Inverse CDF; a degenerate range still takes its uniform, so the stream stays aligned.
      const { low: a, mode: m, high: b } = d
      const width = b - a
      const fm = width === 0 ? 0 : (m - a) / width
      return () => {
        const u = random.uniform()
        if (width === 0) return a
        return u < fm
          ? a + Math.sqrt(u * width * (m - a))
          : b - Math.sqrt((1 - u) * width * (b - m))
      }
    }
    case 'pert': {
      const [alpha, beta] = pertShape(d.low, d.mode, d.high)
      const { low, high } = d
      const draw = betaSampler(alpha, beta, random)
      return () => low + (high - low) * draw()
    }
    case 'normal': {
      const { mean, sd } = d
      return () => mean + sd * random.normal()
    }
    case 'lognormal': {
      const [mu, sigma] = lognormalShape(d.mean, d.sd)
      return () => Math.exp(mu + sigma * random.normal())
    }
    case 'effect': {
      const { multiplier, estimate, se } = d
      return () => multiplier * (estimate + se * random.normal())
    }
  }
}

/**
 * The low and high values a one-way sensitivity analysis uses: the bounds of bounded
 * distributions, the 2.5% and 97.5% quantiles of unbounded ones (a 95% range).
 * @example
 * ```ts
 * sensitivityRange({ distribution: 'triangular', low: 0, mode: 3, high: 6 }) // → [0, 6]
 * sensitivityRange({ distribution: 'normal', mean: 100, sd: 10 }) // → [80.400…, 119.600…]
 * sensitivityRange({ distribution: 'effect', estimate: 0.05, se: 0.02, multiplier: 500 })
 * // → [5.400…, 44.600…]   (500 × (0.05 ± 1.96 × 0.02))
 * sensitivityRange({ distribution: 'fixed', value: 1 }) // → undefined
 * ```
 */
export function sensitivityRange(d: Distribution): readonly [number, number] | undefined {
  const z = normalQuantile(0.975)
  switch (d.distribution) {
    case 'fixed':
      return undefined
    case 'uniform':
    case 'triangular':
    case 'pert':
      return [d.low, d.high]
    case 'normal':
      return [d.mean - z * d.sd, d.mean + z * d.sd]
    case 'lognormal': {
      const [mu, sigma] = lognormalShape(d.mean, d.sd)
      return [Math.exp(mu - z * sigma), Math.exp(mu + z * sigma)]
    }
    case 'effect':
      return [d.multiplier * (d.estimate - z * d.se), d.multiplier * (d.estimate + z * d.se)]
  }
}

/**
 * Mean of a distribution (used to check Monte Carlo convergence).
 * @example
 * ```ts
 * meanOf({ distribution: 'pert', low: 0, mode: 3, high: 9 }) // → 3.5   ((0 + 4 × 3 + 9) / 6)
 * meanOf({ distribution: 'triangular', low: 0, mode: 3, high: 9 }) // → 4
 * ```
 */
export function meanOf(d: Distribution): number {
  switch (d.distribution) {
    case 'fixed':
      return d.value
    case 'uniform':
      return (d.low + d.high) / 2
    case 'triangular':
      return (d.low + d.mode + d.high) / 3
    case 'pert':
      return (d.low + 4 * d.mode + d.high) / 6
    case 'normal':
    case 'lognormal':
      return d.mean
    case 'effect':
      return d.multiplier * d.estimate
  }
}

function pertShape(a: number, m: number, b: number): readonly [number, number] {
  if (b === a) return [1, 1]
  return [1 + (4 * (m - a)) / (b - a), 1 + (4 * (b - m)) / (b - a)]
}

function lognormalShape(mean: number, sd: number): readonly [number, number] {
  const s2 = Math.log(1 + (sd * sd) / (mean * mean))
  return [Math.log(mean) - s2 / 2, Math.sqrt(s2)]
}

/** One Beta(α, β) draw (see betaSampler). */
export function betaVariate(alpha: number, beta: number, random: Random): number {
  return betaSampler(alpha, beta, random)()
}

/**
 * Beta(α, β) draws. With both shapes above 1 (every PERT input whose mode is not at a bound)
 * Cheng's rejection algorithm BB: two uniforms a try, most tries accepted by its first,
 * logarithm-free test. Otherwise X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) (Devroye 1986,
 * §IX.4). Ref: Cheng, R. C. H. 1978. "Generating Beta Variates with Nonintegral Shape
 * Parameters." Communications of the ACM 21 (4): 317–22. doi:10.1145/359460.359482.
 */
function betaSampler(alpha: number, beta: number, random: Random): () => number {
  if (Math.min(alpha, beta) <= 1) {
    const x = gammaSampler(alpha, random)
    const y = gammaSampler(beta, random)
    return () => {
      const gx = x()
      return gx / (gx + y())
    }
  }
  // Cheng's set-up: a ≤ b the ordered shapes, then the constants of his algorithm BB.
  const a = Math.min(alpha, beta)
  const b = Math.max(alpha, beta)
  const sum = a + b
  const scale = Math.sqrt((sum - 2) / (2 * a * b - sum))
  const shift = a + 1 / scale
  const LN4 = Math.log(4)
  const SQUEEZE = 1 + Math.log(5) // the constant 2.609438 of the paper
  const swapped = alpha !== a
  return () => {
    for (;;) {
      const u1 = random.uniform()
      const u2 = random.uniform()
      if (u1 === 0) continue // log(0): the next try (probability 2⁻⁵³)
      const v = scale * Math.log(u1 / (1 - u1))
      const w = Math.min(a * Math.exp(v), Number.MAX_VALUE)
      const z = u1 * u1 * u2
      const r = shift * v - LN4
      const s = a + r - w
      if (s + SQUEEZE < 5 * z) {
        const t = Math.log(z)
        if (s <= t && r + sum * Math.log(sum / (b + w)) < t) continue
      }
      return swapped ? b / (b + w) : w / (b + w)
    }
  }
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape ≥ 1 here (PERT shapes are ≥ 1). */
function gammaSampler(shape: number, random: Random): () => number {
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  return () => {
    for (;;) {
      let x = 0
      let v = 0
      do {
        x = random.normal()
        v = 1 + c * x
      } while (v <= 0)
      v = v * v * v
      const u = random.uniform()
      if (u < 1 - 0.0331 * x * x * x * x) return d * v
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
    }
  }
}
