import { describe, expect, it } from 'vitest'
import { formatMoment, formatMonth, formatWeekday } from './date.js'

describe('dates in Dutch and English', () => {
  it('names a timeline’s month by its UTC midnight, wherever the reader is', () => {
    expect(formatMonth(Date.UTC(2026, 0, 1), 'nl')).toBe('jan 26')
    expect(formatMonth(Date.UTC(2026, 8, 1), 'en')).toBe('Sept 26')
  })

  it('shows a moment in Dutch time, summer and winter', () => {
    expect(formatMoment('2026-03-01T23:30:00Z', 'nl')).toBe('2 mrt 2026, 00:30')
    expect(formatMoment(new Date('2026-07-01T22:30:00Z'), 'en')).toBe('2 Jul 2026, 00:30')
  })

  it('names a calendar day with its weekday', () => {
    expect(formatWeekday('2026-06-04', 'nl')).toBe('donderdag 4 juni 2026')
    expect(formatWeekday('2026-06-04', 'en')).toBe('Thursday, 4 June 2026')
  })
})
