import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { importTable } from './import-table.js'

const spec = {
  columns: { start_date: ['start_date', 'startdatum'], team: ['team'] },
  required: ['start_date'],
  maxRows: 3,
  none: { nl: 'Leeg.', en: 'Empty.' },
} as const

const issuesOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError) return error.issues
    throw error
  }
  throw new Error('expected a validation error')
}

describe('importTable', () => {
  it('maps header names in any case and order to columns, numbers rows as the file does and skips blank rows', () => {
    const rows = importTable(
      [[' Team ', 'STARTDATUM', ''], [' Noord ', '2026-01-01', 'ignored'], ['', ' '], ['Zuid']],
      spec,
    )
    expect(rows.map((r) => [r.row, r.cell('team'), r.cell('start_date')])).toEqual([
      [2, 'Noord', '2026-01-01'],
      [4, 'Zuid', ''],
    ])
  })

  it('names every unknown column and each missing required one in row 1', () => {
    expect(issuesOf(() => importTable([['naam', 'team', 'wijk'], ['x']], spec))).toEqual([
      {
        row: 1,
        column: 'naam',
        message: {
          nl: 'Onbekende kolom; gebruik start_date/startdatum, team.',
          en: 'Unknown column; use start_date/startdatum, team.',
        },
      },
      expect.objectContaining({ row: 1, column: 'wijk' }),
      {
        row: 1,
        message: {
          nl: 'De kopregel mist de kolom start_date (startdatum).',
          en: 'The header row lacks the column start_date (startdatum).',
        },
      },
    ])
  })

  it('names a required column without a Dutch name on its own', () => {
    const issues = issuesOf(() => importTable([['start_date']], { ...spec, required: ['team'] }))
    expect(issues[0]?.message.en).toBe('The header row lacks the column team.')
  })

  it('refuses more rows than the limit at the first row past it, counting blank rows', () => {
    expect(issuesOf(() => importTable([['start_date'], ['a'], [''], ['b'], ['c']], spec))).toEqual([
      {
        row: 5,
        message: {
          nl: 'Meer dan 3 rijen; splits het bestand.',
          en: 'More than 3 rows; split the file.',
        },
      },
    ])
    expect(importTable([['start_date'], ['a'], [''], ['b']], spec)).toHaveLength(2)
  })

  it('refuses a file with only blank rows, or only a header, with the caller’s message', () => {
    for (const rows of [[['start_date'], ['  ']], [['start_date']]])
      expect(issuesOf(() => importTable(rows, spec))).toEqual([
        { row: 2, message: { nl: 'Leeg.', en: 'Empty.' } },
      ])
  })
})
