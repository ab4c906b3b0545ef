import { stringify } from 'csv-stringify/sync'
import { detectDelimiter } from './csv-format.js'
import { bomLength, RecordScanner, UNCLOSED } from './csv-scan.js'
import { unclosedQuoteError } from './errors.js'
import { guardText } from './guard.js'

/** One cell to write: text is guarded against formulas, numbers stay numbers. */
export type Cell = string | number | boolean | null | undefined

/**
 * A CSV text (small: an upload, a file read whole) as rows of cells, in the dialect of
 * csv-scan.ts, delimiter detected from the header. An empty line is a row of one empty cell; a
 * final line break ends the last row.
 * @throws ValidationError naming the row of a quote that is never closed
 */
export function parseCsv(text: string): string[][] {
  const bytes = Buffer.from(text, 'utf8')
  const scanner = new RecordScanner(detectDelimiter(text).charCodeAt(0))
  const rows: string[][] = []
  let pos = bomLength(bytes)
  while (pos < bytes.length) {
    const next = scanner.scan(bytes, pos, bytes.length, true)
    if (next === UNCLOSED) throw unclosedQuoteError(rows.length + 1)
    rows.push(scanner.texts(bytes))
    pos = next
  }
  return rows
}

/**
 * Rows as CSV text: comma-separated, CRLF, quoted where needed (also a `;`, so the reader's
 * delimiter detection never mistakes a written file for Dutch Excel's), every text cell
 * through the formula guard, and a byte-order mark so that Excel reads UTF-8.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvText)),
    {
      bom: true,
      delimiter: ',',
      record_delimiter: '\r\n',
      // A line break inside a cell is quoted whatever the record delimiter (csv-stringify's default
      // stops quoting them once record_delimiter is set).
      quote_record_delimiter: true,
      quoted_match: /;/,
      eof: true,
    },
  )
}

function csvText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  return typeof cell === 'string' ? guardText(cell) : String(cell)
}
