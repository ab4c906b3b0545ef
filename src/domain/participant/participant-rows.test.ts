import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { participantsFromRows } from './participant-rows.js'

const issuesOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError) return error.issues
    throw error
  }
  throw new Error('expected a validation error')
}

describe('participantsFromRows', () => {
  it('reads Dutch headers, Dutch dates and a Dutch number, and leaves empty cells out', () => {
    expect(
      participantsFromRows([
        ['Startdatum', 'Trede', 'Wijk', 'Huishouden'],
        ['1-10-2026', '2,0', 'Haven', ''],
        ['2026-10-02', '', '', 'single'],
      ]),
    ).toEqual([
      { row: 2, startDate: '2026-10-01', ladderRung: 2, district: 'Haven' },
      { row: 3, startDate: '2026-10-02', householdType: 'single' },
    ])
  })

  it('refuses a day that does not exist instead of moving it to the next month', () => {
    const issues = issuesOf(() => participantsFromRows([['start_date'], ['2026-02-30']]))
    expect(issues).toMatchObject([{ row: 2, column: 'start_date' }])
  })

  it('names an unknown column and a missing start date column in the header row', () => {
    const issues = issuesOf(() =>
      participantsFromRows([
        ['naam', 'team'],
        ['Jan', 'Noord'],
      ]),
    )
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [1, 'naam'],
      [1, undefined],
    ])
  })

  it('keeps enrolments within the project period and a team-scoped user to their team', () => {
    const issues = issuesOf(() =>
      participantsFromRows(
        [
          ['start_date', 'team'],
          ['2025-12-31', 'Noord'],
          ['2026-01-02', 'Zuid'],
        ],
        { ownTeam: 'Noord', period: { start: '2026-01-01', end: null } },
      ),
    )
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'start_date'],
      [3, 'team'],
    ])
  })

  it('refuses a file without participants', () => {
    expect(issuesOf(() => participantsFromRows([['start_date'], ['']]))[0]?.message.en).toBe(
      'The file holds no participants.',
    )
  })
})
