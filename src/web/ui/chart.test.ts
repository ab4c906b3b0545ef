import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linePlot, moneyScale, niceTicks } from './chart.js'

describe('niceTicks', () => {
  it('gives round values inside the range, as many as fit', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100])
    expect(niceTicks(-1234, 5678, 4)).toEqual([0, 2000, 4000])
    expect(niceTicks(-250_000, 1_000_000, 4)).toEqual([-0, 500_000, 1_000_000].map((v) => v + 0))
  })

  it('has no floating-point noise in decimal ticks', () => {
    expect(niceTicks(0.1, 0.7)).toEqual([0.2, 0.4, 0.6])
    expect(niceTicks(-1, 0)).toEqual([-1, -0.8, -0.6, -0.4, -0.2, 0])
  })

  it('never gives a negative zero', () => {
    expect(Object.is(niceTicks(-10, 10)[2], 0)).toBe(true)
  })

  it('gives the one value of an empty or reversed range', () => {
    expect(niceTicks(5, 5)).toEqual([5])
    expect(niceTicks(5, 1)).toEqual([5])
  })

  it('steps by the smallest 1, 2 or 5 times a power of ten that leaves at most count intervals', () => {
    const roundStepAtLeast = (least: number) => {
      const power = 10 ** Math.floor(Math.log10(least))
      return ([1, 2, 5, 10].find((f) => f * power >= least * (1 - 1e-9)) ?? 10) * power
    }
    fc.assert(
      fc.property(
        // A chart's range is near zero relative to its width (money charts include zero).
        fc.double({ min: -3, max: 2, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        fc.integer({ min: 2, max: 8 }),
        (offset, span, count) => {
          const lo = offset * span
          const hi = lo + span
          const ticks = niceTicks(lo, hi, count)
          expect(ticks.length).toBeGreaterThan(0)
          expect(ticks.length).toBeLessThanOrEqual(count + 1)
          for (const v of ticks) {
            expect(v).toBeGreaterThanOrEqual(lo - span * 1e-9)
            expect(v).toBeLessThanOrEqual(hi + span * 1e-9)
          }
          const step = roundStepAtLeast(span / count)
          // Multiples of the step inside [lo, hi], rounded as d3 rounds them.
          let first = Math.round(lo / step)
          if (first * step < lo) first++
          let last = Math.round(hi / step)
          if (last * step > hi) last--
          const fitting = last - first + 1
          // With two or more of those steps in range, those are the ticks; with fewer, d3
          // steps finer rather than leave the axis bare (the hand-made version showed none).
          if (fitting >= 2) {
            expect(ticks.length).toBe(fitting)
            const gap = (ticks[1] as number) - (ticks[0] as number)
            expect(Math.abs(gap - step)).toBeLessThan(step * 1e-6)
          }
        },
      ),
    )
  })
})

describe('moneyScale', () => {
  it('maps the range, widened to zero, onto the pixels', () => {
    const scale = moneyScale([200, 800], 10, 110)
    expect(scale.at(0)).toBe(10)
    expect(scale.at(800)).toBe(110)
    expect(scale.at(400)).toBe(60)
    expect(scale.ticks).toEqual([0, 200, 400, 600, 800])
  })

  it('stays finite when every value is zero', () => {
    const scale = moneyScale([0, 0], 0, 100)
    expect(scale.at(0)).toBe(0)
    expect(scale.ticks).toEqual([0])
  })
})

describe('linePlot', () => {
  const plot = linePlot({ left: 48, xMax: 260, yMax: 1 })

  it('puts zero at the bottom left and the maxima at the top right of a 640 × 260 plot', () => {
    expect([plot.width, plot.height, plot.left, plot.right, plot.top, plot.bottom]).toEqual([
      640, 260, 48, 628, 12, 224,
    ])
    expect([plot.x(0), plot.x(260), plot.y(0), plot.y(1)]).toEqual([48, 628, 224, 12])
    expect([plot.x(130), plot.y(0.5)]).toEqual([338, 118])
  })

  it('draws a single point (xMax 0) at the left edge, not at NaN', () => {
    expect(linePlot({ left: 44, xMax: 0, yMax: 30 }).x(0)).toBe(44)
  })
})
