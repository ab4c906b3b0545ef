import { describe, expect, it } from 'vitest'
import { createRandom } from './index.js'

describe('createRandom', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    const c = createRandom(43)
    const xs = Array.from({ length: 5 }, () => a.uniform())
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs)
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs)
  })

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const r = createRandom(1)
    const n = 200_000
    let sum = 0
    let sumSq = 0
    for (let i = 0; i < n; i++) {
      const u = r.uniform()
      expect(u >= 0 && u < 1).toBe(true)
      sum += u
      sumSq += u * u
    }
    const mean = sum / n
    // 5 standard errors: sd(U) = 0.2887, se = 0.2887 / √n ≈ 6.5e-4
    expect(Math.abs(mean - 0.5)).toBeLessThan((5 * 0.2887) / Math.sqrt(n))
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(2e-3)
  })

  it('fills indices uniformly over [0, n): a χ² test on 7 cells, and the range up to 2^21', () => {
    const r = createRandom(7)
    const n = 7
    const draws = 70_000
    const counts = new Array<number>(n).fill(0)
    const out = new Uint32Array(draws)
    r.fillIndices(out, n)
    for (const k of out) counts[k] = (counts[k] ?? 0) + 1
    expect(counts.reduce((a, b) => a + b, 0)).toBe(draws)
    const expected = draws / n
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0)
    // χ²(6) upper 0.1% point: 22.458 (R: qchisq(0.999, 6)).
    expect(chi2).toBeLessThan(22.458)
    const big = 2 ** 21
    const wide = new Uint32Array(10_000)
    r.fillIndices(wide, big)
    expect(Math.max(...wide)).toBeLessThan(big)
    expect(Math.max(...wide)).toBeGreaterThan(big * 0.99)
    expect(() => r.fillIndices(wide, big + 1)).toThrow(RangeError)
  })

  it('draws standard normals with mean 0 and variance 1', () => {
    const r = createRandom(7)
    const n = 200_000
    let sum = 0
    let sumSq = 0
    for (let i = 0; i < n; i++) {
      const z = r.normal()
      sum += z
      sumSq += z * z
    }
    expect(Math.abs(sum / n)).toBeLessThan(5 / Math.sqrt(n))
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.02)
  })

  it('rejects a seed that is not a safe integer', () => {
    expect(() => createRandom(0.5)).toThrow(RangeError)
  })
})
