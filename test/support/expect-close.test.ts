import { describe, expect, it } from 'vitest'
import { expectClose } from './expect-close.js'

describe('expectClose', () => {
  it('passes within the relative tolerance and fails outside it', () => {
    expectClose(1.000_000_9, 1, 1e-6)
    expectClose(-2_000_001, -2_000_000, 1e-6)
    expect(() => expectClose(1.000_002, 1, 1e-6)).toThrow(/got 1.000002, want 1/)
  })

  it('asks for exactly 0 when 0 is expected, unless a floor or an absolute allowance is given', () => {
    expectClose(0, 0, 1e-9)
    expect(() => expectClose(1e-30, 0, 1e-9)).toThrow()
    expectClose(5e-10, 0, 1e-9, { floor: 1 })
    expectClose(4e-3, 0, 1e-9, { abs: 5e-3 })
  })

  it('is absolute below the floor and relative above it', () => {
    expectClose(0.5 + 9e-10, 0.5, 1e-9, { floor: 1 })
    expect(() => expectClose(0.5 + 9e-10, 0.5, 1e-9)).toThrow()
    expect(() => expectClose(100 + 2e-7, 100, 1e-9, { floor: 1 })).toThrow()
  })

  it('fails on NaN, null and undefined, and names the value', () => {
    for (const bad of [Number.NaN, null, undefined])
      expect(() => expectClose(bad, 1, 1, { what: 'se' })).toThrow(/^se: got/)
  })
})
