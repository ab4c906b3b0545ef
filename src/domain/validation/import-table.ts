import { ValidationError, type ValidationIssue } from '../errors.js'

/** A problem at a file row (the header is row 1) and, if known, a column, in Dutch and English. */
export function rowIssue(
  row: number,
  column: string | undefined,
  nl: string,
  en: string,
): ValidationIssue {
  return { row, ...(column ? { column } : {}), message: { nl, en } }
}

/** One data row of an import: its number as the spreadsheet shows it, and its cells by column. */
export interface ImportRow<C extends string> {
  readonly row: number
  /** The trimmed text of a column's cell; '' for an empty cell or a column the file lacks. */
  readonly cell: (column: C) => string
}

/**
 * The shared part of reading an imported table (CSV or a spreadsheet's first sheet), header
 * first: each header name (any case, English or Dutch) maps to a known column, an unknown one
 * or a missing required one is a row 1 problem, too many rows or none is refused, and blank rows
 * are skipped. What a cell must hold is the caller's check; this only locates the cells.
 * @example
 * ```ts
 * const rows = importTable([['Wijk', 'startdatum'], ['', ''], ['Haven', '1-10-2026']], {
 *   columns: { start_date: ['start_date', 'startdatum'], district: ['district', 'wijk'] },
 *   required: ['start_date'], maxRows: 10, none: { nl: 'Leeg.', en: 'Empty.' } })
 * rows.map((r) => [r.row, r.cell('district')]) // → [[3, 'Haven']]
 * ```
 */
export function importTable<C extends string>(
  rows: readonly (readonly string[])[],
  spec: {
    /** Each column's accepted header names, the first the one the export writes. */
    readonly columns: Readonly<Record<C, readonly string[]>>
    readonly required: readonly NoInfer<C>[]
    readonly maxRows: number
    /** The problem of a file without data rows ("the file holds no …"). */
    readonly none: { readonly nl: string; readonly en: string }
  },
): ImportRow<C>[] {
  const columns = Object.keys(spec.columns) as C[]
  const known = columns.map((c) => spec.columns[c].join('/')).join(', ')
  const index = new Map<C, number>()
  const headerIssues: ValidationIssue[] = []
  ;(rows[0] ?? []).forEach((text, i) => {
    const name = text.trim().toLowerCase()
    if (name === '') return
    const column = columns.find((c) => spec.columns[c].includes(name))
    if (column === undefined)
      headerIssues.push(
        rowIssue(1, name, `Onbekende kolom; gebruik ${known}.`, `Unknown column; use ${known}.`),
      )
    else index.set(column, i)
  })
  for (const c of spec.required)
    if (!index.has(c)) {
      const [first, ...others] = spec.columns[c]
      const named = others.length > 0 ? `${first} (${others.join(', ')})` : `${first}`
      headerIssues.push(
        rowIssue(
          1,
          undefined,
          `De kopregel mist de kolom ${named}.`,
          `The header row lacks the column ${named}.`,
        ),
      )
    }
  if (headerIssues.length > 0) throw new ValidationError(headerIssues)
  const data = rows.slice(1)
  if (data.length > spec.maxRows)
    throw new ValidationError([
      rowIssue(
        spec.maxRows + 2,
        undefined,
        `Meer dan ${spec.maxRows} rijen; splits het bestand.`,
        `More than ${spec.maxRows} rows; split the file.`,
      ),
    ])
  const read = data.flatMap((cells, k) =>
    cells.every((c) => c.trim() === '')
      ? []
      : [{ row: k + 2, cell: (c: C) => (cells[index.get(c) ?? -1] ?? '').trim() }],
  )
  if (read.length === 0)
    throw new ValidationError([rowIssue(2, undefined, spec.none.nl, spec.none.en)])
  return read
}
