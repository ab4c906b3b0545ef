import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
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
    expectClose(normalSf(10), 7.6198530241605269e-24, TOL * 1e3)
    // R: pchisq(100, 1, lower.tail = FALSE) = 1.5239706048321054e-23
    expectClose(chisqSf(100, 1), 1.5239706048321054e-23, 1e-9)
    // R: pt(3, 5, lower.tail = FALSE) = 0.015049623948731284
    expectClose(tSf(3, 5), 0.015049623948731284, 1e-10)
    // R: pf(4, 2, 10, lower.tail = FALSE) = 0.052922149401344654
    expectClose(fSf(4, 2, 10), 0.052922149401344654, 1e-10)
  })
})
