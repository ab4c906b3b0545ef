import { describe, expect, it } from 'vitest'
import { defaultDomain, seriesDates } from './conference.js'

describe('case conference series', () => {
  it('plans weekly and fortnightly dates across a month and a year end', () => {
    expect(seriesDates('2026-12-24', 'weekly', 3)).toEqual([
      '2026-12-24',
      '2026-12-31',
      '2027-01-07',
    ])
    expect(seriesDates('2026-03-26', 'fortnightly', 2)).toEqual(['2026-03-26', '2026-04-09'])
  })

  it('keeps the calendar date over the change to summer time', () => {
    expect(seriesDates('2026-03-23', 'weekly', 2)).toEqual(['2026-03-23', '2026-03-30'])
  })

  it('lets Work & Income speak for the Participatiewet by default', () => {
    expect(defaultDomain('work-and-income')).toBe('participatiewet')
    expect(defaultDomain('school')).toBe('school')
    expect(defaultDomain('municipality')).toBe('wmo')
  })
})
