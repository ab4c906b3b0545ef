import { describe, expect, it } from 'vitest'
import { DISCLOSURE_RULES } from '../disclosure/index.js'
import { type PartnerMonthCount, publishAttendance } from './attendance.js'

const partner = (
  name: string,
  domain: PartnerMonthCount['domain'],
  attended: number,
  cases: number,
): PartnerMonthCount => ({
  month: '2026-03',
  organisation: { id: name, name },
  domain,
  attended,
  cases,
})

describe('who was at the table', () => {
  it('hides a partner’s small case count and the count that would give it away, but shows attendance exactly', () => {
    const [march] = publishAttendance(
      [{ month: '2026-03', count: 4 }],
      [partner('Wijkteam', 'wmo', 4, 12), partner('Werk & Inkomen', 'participatiewet', 3, 3)],
      DISCLOSURE_RULES,
    )
    expect(march?.conferences).toBe(4)
    expect(march?.cases.count).toBe(15)
    const [wijkteam, werk] = march?.partners ?? []
    expect(werk?.cases).toMatchObject({ count: null, suppression: { kind: 'primary' } })
    // 15 − 12 would give the 3 away
    expect(wijkteam?.cases).toMatchObject({ count: null, suppression: { kind: 'secondary' } })
    expect([wijkteam?.attended, werk?.attended]).toEqual([4, 3])
    expect([wijkteam?.caseShare, werk?.caseShare]).toEqual([null, null])
  })

  it('gives the share of cases from the published, rounded counts', () => {
    const [march] = publishAttendance(
      [{ month: '2026-03', count: 4 }],
      [partner('Wijkteam', 'wmo', 4, 14), partner('Werk & Inkomen', 'participatiewet', 4, 6)],
      DISCLOSURE_RULES,
    )
    expect(march?.partners.map((p) => [p.cases.count, p.caseShare])).toEqual([
      [15, 0.75],
      [5, 0.25],
    ])
  })

  it('lists a month without cases with its conferences and no partners', () => {
    expect(publishAttendance([{ month: '2026-12', count: 2 }], [], DISCLOSURE_RULES)).toEqual([
      { month: '2026-12', conferences: 2, cases: { count: 0, suppression: null }, partners: [] },
    ])
  })
})
