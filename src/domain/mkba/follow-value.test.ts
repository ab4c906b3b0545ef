import { describe, expect, it } from 'vitest'
import { followValue } from './follow-value.js'

describe('followValue', () => {
  it('scales a guess around a quantity with the edit, keeping its relative spread', () => {
    expect(
      followValue({ distribution: 'pert', low: 5, mode: 10, high: 20 }, 10, 15, 'scale'),
    ).toEqual({ distribution: 'pert', low: 7.5, mode: 15, high: 30 })
    expect(followValue({ distribution: 'lognormal', mean: 100, sd: 30 }, 100, 50, 'scale')).toEqual(
      {
        distribution: 'lognormal',
        mean: 50,
        sd: 15,
      },
    )
    expect(followValue({ distribution: 'fixed', value: 3 }, 3, 4, 'scale')).toEqual({
      distribution: 'fixed',
      value: 4,
    })
  })

  it('keeps low below high when a value is edited across zero', () => {
    expect(followValue({ distribution: 'uniform', low: 1, high: 3 }, 2, -2, 'scale')).toEqual({
      distribution: 'uniform',
      low: -3,
      high: -1,
    })
  })

  it('shifts shares and keeps them within 0–1', () => {
    const moved = followValue(
      { distribution: 'triangular', low: 0.5, mode: 0.7, high: 0.9 },
      0.7,
      0.9,
      'share',
    )
    if (moved.distribution !== 'triangular') throw new Error('stays a triangle')
    expect([moved.low, moved.mode, moved.high].map((v) => Number(v.toFixed(12)))).toEqual([
      0.7, 0.9, 1,
    ])
  })

  it('leaves a measured effect, and a lognormal moved to zero, as they are', () => {
    const effect = { distribution: 'effect', estimate: 0.1, se: 0.02, multiplier: 40 } as const
    expect(followValue(effect, 4, 8, 'scale')).toBe(effect)
    const lognormal = { distribution: 'lognormal', mean: 10, sd: 2 } as const
    expect(followValue(lognormal, 10, 0, 'scale')).toBe(lognormal)
  })
})
