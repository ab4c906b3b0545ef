import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNumber } from './parse-number.js'

const value = (text: string, language: 'nl' | 'en' = 'nl') => {
  const parsed = parseNumber(text, language)
  return parsed.ok ? parsed.value : parsed.reason
}

describe('parseNumber', () => {
  it.each([
    ['4,5', 4.5],
    ['1.250,75', 1250.75],
    ['12.345,67', 12345.67],
    ['1.250', 1250],
    ['1.000.000', 1_000_000],
    ['4.5', 4.5],
    ['0.0225', 0.0225],
    ['0.025', 0.025],
    ['0,025', 0.025],
    ['2,25', 2.25],
    [',5', 0.5],
    ['-3', -3],
    ['−3,5', -3.5],
    ['+7', 7],
    ['€ 1.250,00', 1250],
    ['1 250,5', 1250.5],
    ['1\u00a0250', 1250],
    ['-0', 0],
  ])('reads Dutch %s as %d', (text, expected) => {
    expect(value(text)).toBe(expected)
  })

  it.each([
    ['4.5', 4.5],
    ['1,250.75', 1250.75],
    ['1,250', 1250],
  ])('reads English %s as %d', (text, expected) => {
    expect(value(text, 'en')).toBe(expected)
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1,2,3', 'not-a-number'],
    ['4,5.6', 'not-a-number'],
    ['12.34,5', 'not-a-number'],
    ['12a', 'not-a-number'],
    ['1e308', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['=1+1', 'not-a-number'],
    ['4\u00005', 'not-a-number'],
    ['9'.repeat(400), 'too-large'],
    ['2.000.000.000.000.000', 'too-large'],
  ])('refuses %j (%s) instead of reading another number', (text, reason) => {
    expect(value(text)).toBe(reason)
  })

  it('reads back every number as nl-NL and en-GB write it', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        for (const [language, locale] of [
          ['nl', 'nl-NL'],
          ['en', 'en-GB'],
        ] as const) {
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(x)
          // Intl rounds to 6 decimals: the reading is within half a millionth (plus float noise).
          const ulp = Math.abs(x) * Number.EPSILON
          expect(Math.abs((value(text, language) as number) - x)).toBeLessThanOrEqual(5e-7 + ulp)
        }
      }),
    )
  })
})
