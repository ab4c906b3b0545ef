import { describe, expect, it } from 'vitest'
import { createRandom } from '../random/index.js'
import { bootstrapMeanInterval, median, quantileSorted } from './index.js'

describe('bootstrapMeanInterval', () => {
  it('covers the mean of a normal sample like the t interval does (n = 200)', () => {
    const r = createRandom(9)
    const x = Float64Array.from({ length: 200 }, () => 10 + 2 * r.normal())
    const mean = x.reduce((s, v) => s + v, 0) / x.length
    const [lo, hi] = bootstrapMeanInterval(x, { resamples: 4_000, random: createRandom(1) })
    // t interval half-width ≈ 1.97 · 2 / √200 ≈ 0.279; the percentile interval agrees to ~10%.
    expect(lo).toBeLessThan(mean)
    expect(hi).toBeGreaterThan(mean)
    expect((hi - lo) / 2).toBeGreaterThan(0.25)
    expect((hi - lo) / 2).toBeLessThan(0.31)
  })

  it('collapses to the value for a constant sample', () => {
    expect(
      bootstrapMeanInterval(Float64Array.from([3, 3, 3]), {
        resamples: 100,
        random: createRandom(1),
      }),
    ).toEqual([3, 3])
  })
})

describe('quantileSorted and median', () => {
  it('match R: quantile(1:10, .05) = 1.45; median(c(4, 1, 3, 2)) = 2.5', () => {
    expect(
      quantileSorted(
        Float64Array.from({ length: 10 }, (_, i) => i + 1),
        0.05,
      ),
    ).toBeCloseTo(1.45, 12)
    expect(median(Float64Array.from([4, 1, 3, 2]))).toBe(2.5)
  })
})
