import { describe, expect, it } from 'vitest'
import { todayInAmsterdam } from './calendar.js'

describe('todayInAmsterdam', () => {
  it('is already the next day just after midnight in Amsterdam, in winter and in summer time', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02') // UTC+1
    expect(todayInAmsterdam(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02') // UTC+2
  })

  it('is still the same day late in the evening there', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T22:59:59Z'))).toBe('2026-03-01')
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31')
    expect(todayInAmsterdam(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01')
  })
})
