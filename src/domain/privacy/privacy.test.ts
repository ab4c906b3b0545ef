import { describe, expect, it } from 'vitest'
import { clockAt } from '../clock.js'
import { addMonths } from './calendar-months.js'
import { daysLeft, requestDeadline } from './request.js'
import { DEFAULT_RETENTION_RULES, retentionDueDate, retentionTable } from './retention.js'

describe('periods in months (Regulation 1182/71 art. 3(2)(c))', () => {
  it('ends on the same day of the later month, or on its last day when it has none', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30')
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15')
    expect(addMonths('2026-12-01', 240)).toBe('2046-12-01')
  })
})

describe('the statutory deadline of a request (AVG art. 12(3))', () => {
  it('is one month after receipt, three once extended', () => {
    expect(requestDeadline('2026-11-30', false)).toBe('2026-12-30')
    expect(requestDeadline('2026-11-30', true)).toBe('2027-02-28')
  })
  it('counts the days left on a given day, negative once overdue', () => {
    expect(daysLeft('2026-12-30', '2026-12-02')).toBe(28)
    expect(daysLeft('2026-12-30', '2027-01-04')).toBe(-5)
  })
})

describe('the retention table', () => {
  it('cites its source per kind: Jeugdwet art. 7.3.9 twenty years, the selection list per municipality', () => {
    const jeugdwet = DEFAULT_RETENTION_RULES.find((rule) => rule.kind === 'jeugdwet')
    expect(jeugdwet).toMatchObject({ years: 20, startEvent: 'file-closed' })
    expect(jeugdwet?.source.nl).toMatch(/Jeugdwet art\. 7\.3\.9/)
    const wmo = DEFAULT_RETENTION_RULES.find((rule) => rule.kind === 'wmo')
    expect(wmo?.source.en).toMatch(/Selectielijst gemeenten en intergemeentelijke organen 2020/)
  })
  it("puts a municipality's own rule in place of the shipped one, and keeps the others", () => {
    const own = {
      kind: 'wmo' as const,
      years: 15,
      startEvent: 'file-closed' as const,
      source: { nl: 'cat. x', en: 'cat. x' },
    }
    const table = retentionTable([own])
    expect(table.map((rule) => [rule.kind, rule.years])).toEqual([
      ['participatiewet', 10],
      ['wmo', 15],
      ['jeugdwet', 20],
      ['research', 5],
    ])
  })
  it('is not due before its start event happened', () => {
    expect(retentionDueDate(DEFAULT_RETENTION_RULES[0] as never, null)).toBeNull()
  })
})

describe('a clock at a day', () => {
  it('stands at noon UTC, the same date in Amsterdam, and refuses what is no date', () => {
    expect(clockAt('2046-06-01')().toISOString()).toBe('2046-06-01T12:00:00.000Z')
    expect(() => clockAt('tomorrow')).toThrow(RangeError)
  })
})
