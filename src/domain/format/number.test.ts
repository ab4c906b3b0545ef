import { describe, expect, it } from 'vitest'
import {
  formatCompactEuro,
  formatEuro,
  formatNumber,
  formatPercent,
  formatPlainNumber,
} from './number.js'

// Intl writes a non-breaking space between € and the amount in Dutch; normalised for reading.
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

describe('numbers in Dutch and English', () => {
  it('writes euros with the language’s separators, whole euros unless asked', () => {
    expect(plain(formatEuro(1234567.4, 'nl'))).toBe('€ 1.234.567')
    expect(formatEuro(1234567.4, 'en')).toBe('€1,234,567')
    expect(plain(formatEuro(-12.5, 'nl', 2))).toBe('€ -12,50')
    expect(formatEuro(0.14, 'en', 2)).toBe('€0.14')
  })

  it('keeps exactly the decimals asked, or at most them with { upTo }', () => {
    expect(formatNumber(1234.5678, 'nl')).toBe('1.234,57')
    expect(formatNumber(1234.5678, 'en')).toBe('1,234.57')
    expect(formatNumber(0.5, 'nl', 4)).toBe('0,5000')
    expect(formatNumber(2, 'nl', { upTo: 1 })).toBe('2')
    expect(formatNumber(1.25, 'nl', { upTo: 1 })).toBe('1,3')
    expect(formatPercent(0.0225, 'nl', 2)).toBe('2,25%')
    expect(formatPercent(0.035, 'nl', 2)).toBe('3,50%')
    expect(formatPercent(0.175, 'en', { upTo: 1 })).toBe('17.5%')
    expect(formatPercent(0.5, 'nl')).toBe('50%')
  })

  it('shortens euros for a chart axis', () => {
    expect(plain(formatCompactEuro(1_500_000, 'nl'))).toBe('€ 1,5 mln.')
    expect(formatCompactEuro(-200_000, 'en')).toBe('-€200k')
  })

  it('writes an input’s number so that it reads back: no grouping, no rounding', () => {
    expect(formatPlainNumber(1250.75, 'nl')).toBe('1250,75')
    expect(formatPlainNumber(1250.75, 'en')).toBe('1250.75')
    expect(formatPlainNumber(0.0225, 'nl')).toBe('0,0225')
    expect(formatPlainNumber(undefined, 'nl')).toBe('')
    expect(formatPlainNumber(Number.NaN, 'nl')).toBe('')
  })
})
