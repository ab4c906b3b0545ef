import { describe, expect, it } from 'vitest'
import { importTable } from './import-table.js'

const spec = {
  columns: { start_date: ['start_date', 'startdatum'], team: ['team'] },
  required: ['start_date'],
  maxRows: 3,
  none: { nl: 'Leeg.', en: 'Empty.' },
} as const

/** What a ValidationError with exactly these issues matches. */
const refusedWith = (issues: readonly unknown[]) =>
  expect.objectContaining({ code: 'validation', issues })

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
    expect(() => importTable([['naam', 'team', 'wijk'], ['x']], spec)).toThrow(
      refusedWith([
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
      ]),
    )
  })

  it('names a required column without a Dutch name on its own', () => {
    expect(() => importTable([['start_date']], { ...spec, required: ['team'] })).toThrow(
      refusedWith([
        {
          row: 1,
          message: {
            nl: 'De kopregel mist de kolom team.',
            en: 'The header row lacks the column team.',
          },
        },
      ]),
    )
  })

  it('refuses more rows than the limit at the first row past it, counting blank rows', () => {
    expect(() => importTable([['start_date'], ['a'], [''], ['b'], ['c']], spec)).toThrow(
      refusedWith([
        {
          row: 5,
          message: {
            nl: 'Meer dan 3 rijen; splits het bestand.',
            en: 'More than 3 rows; split the file.',
          },
        },
      ]),
    )
    expect(importTable([['start_date'], ['a'], [''], ['b']], spec)).toHaveLength(2)
  })

  it('refuses a file with only blank rows, or only a header, with the caller’s message', () => {
    for (const rows of [[['start_date'], ['  ']], [['start_date']]])
      expect(() => importTable(rows, spec)).toThrow(
        refusedWith([{ row: 2, message: { nl: 'Leeg.', en: 'Empty.' } }]),
      )
  })
})
