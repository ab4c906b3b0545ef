import betainc from '@stdlib/math-base-special-betainc'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../stats/index.js'
import { betaVariate, meanOf, sample } from './distributions.js'

/**
 * Beta CDF for integer shapes: I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^{a+b−1−j}
 * (Abramowitz & Stegun 1964, 26.5.4 with 6.6.4) — an exact reference independent of the sampler.
 */
function betaCdfIntegerShapes(x: number, a: number, b: number): number {
  const n = a + b - 1
  let sum = 0
  let binomial = 1
  for (let j = 0; j <= n; j++) {
    if (j >= a) sum += binomial * x ** j * (1 - x) ** (n - j)
    binomial = (binomial * (n - j)) / (j + 1)
  }
  return sum
}

/** Kolmogorov–Smirnov distance between a sample and a CDF. */
function ksDistance(values: number[], cdf: (x: number) => number): number {
  const sorted = values.slice().sort((p, q) => p - q)
  const n = sorted.length
  let d = 0
  sorted.forEach((x, i) => {
    const f = cdf(x)
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f))
  })
  return d
}

describe('betaVariate (the Beta behind PERT)', () => {
  const n = 20_000
  // 1% critical value of the one-sample KS statistic: 1.628 / √n.
  const critical = 1.628 / Math.sqrt(n)

  // Integer shapes against their closed form; shapes that are not whole numbers, as PERT inputs
  // mostly are, against the regularised incomplete Beta function (stdlib's betainc, an
  // independent implementation). Cheng's BB draws all but Beta(1, 5) (two Gammas).
  const closedForm = (a: number, b: number) => (x: number) => betaCdfIntegerShapes(x, a, b)
  const incompleteBeta = (a: number, b: number) => (x: number) => betainc(x, a, b, true, false)
  for (const [a, b, cdf] of [
    [2, 4, closedForm],
    [4, 2, closedForm],
    [3, 3, closedForm],
    [1, 5, closedForm],
    [2.333, 3.667, incompleteBeta],
    [4.6, 1.4, incompleteBeta],
  ] as const) {
    it(`draws Beta(${a}, ${b}) with the exact CDF (KS distance below the 1% critical value)`, () => {
      const random = createRandom(11)
      const draws = Array.from({ length: n }, () => betaVariate(a, b, random))
      expect(ksDistance(draws, cdf(a, b))).toBeLessThan(critical)
    })
  }

  it('gives PERT draws the PERT mean (low + 4·mode + high) / 6', () => {
    const random = createRandom(5)
    const pert = { distribution: 'pert', low: 500, mode: 1_000, high: 2_000 } as const
    let sum = 0
    for (let j = 0; j < 100_000; j++) sum += sample(pert, random)
    expect(sum / 100_000).toBeCloseTo(meanOf(pert), -0.5)
  })

  it('draws triangular inputs with the exact CDF (Vose 2008, §9.2)', () => {
    for (const [low, mode, high] of [
      [0, 3, 6],
      [2, 3, 10],
    ] as const) {
      const random = createRandom(2)
      const d = { distribution: 'triangular', low, mode, high } as const
      const draws = Array.from({ length: n }, () => sample(d, random))
      const cdf = (x: number) =>
        x <= mode
          ? (x - low) ** 2 / ((high - low) * (mode - low))
          : 1 - (high - x) ** 2 / ((high - low) * (high - mode))
      expect(ksDistance(draws, cdf)).toBeLessThan(critical)
    }
  })
})
