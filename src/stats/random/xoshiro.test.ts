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
