import { describe, expect, it } from 'vitest'
import { chisqSf, fSf, normalCdf, normalQuantile, normalSf, tQuantile, tSf } from './index.js'

// Reference values printed by R 4.2.2 here: pnorm, qnorm, pt, qt, pchisq, pf (printed with digits = 17).
const TOL = 1e-12

describe('distribution wrappers', () => {
  it('match R at the usual critical values', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12)
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.2281388519862739, 12)
  })

  it('keep precision in the far upper tail', () => {
    // R: pnorm(10, lower.tail = FALSE) = 7.6198530241605269e-24
    expect(Math.abs(normalSf(10) / 7.6198530241605269e-24 - 1)).toBeLessThan(TOL * 1e3)
    // R: pchisq(100, 1, lower.tail = FALSE) = 1.5239706048321054e-23
    expect(Math.abs(chisqSf(100, 1) / 1.5239706048321054e-23 - 1)).toBeLessThan(1e-9)
    // R: pt(3, 5, lower.tail = FALSE) = 0.015049623948731284
    expect(Math.abs(tSf(3, 5) / 0.015049623948731284 - 1)).toBeLessThan(1e-10)
    // R: pf(4, 2, 10, lower.tail = FALSE) = 0.052922149401344654
    expect(Math.abs(fSf(4, 2, 10) / 0.052922149401344654 - 1)).toBeLessThan(1e-10)
  })
})
