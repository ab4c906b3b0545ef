import { extname } from 'node:path'
import { readCsvColumns } from './csv-columns.js'
import { eachXlsxRow } from './xlsx-read.js'

/** The text of the named columns of a table file, row by row. */
export interface TableColumns {
  readonly rowCount: number
  readonly columns: Map<string, string[]>
}

/** How many data rows between two progress reports. */
const PROGRESS_EVERY = 50_000

/**
 * Reads a CSV (streamed, `,` or `;`) or XLSX (streamed, first sheet) file into the raw text of
 * the `needed` columns only, so a million-row file does not hold the unused ones. The header is
 * row 1 (trimmed); empty rows are skipped. In a CSV a row with another cell count than the
 * header is an error naming its row. `onRows` reports progress.
 */
export function readColumns(
  path: string,
  needed: ReadonlySet<string>,
  onRows?: (rows: number) => void,
): Promise<TableColumns> {
  return extname(path).toLowerCase() === '.xlsx'
    ? readXlsxColumns(path, needed, onRows)
    : readCsvColumns(path, needed, { progressEvery: PROGRESS_EVERY, ...(onRows ? { onRows } : {}) })
}

/** Collects the kept columns; `add` takes one data row's cells. */
function collector(header: readonly string[], needed: ReadonlySet<string>) {
  const names = header.map((h) => h.trim())
  const keep = names.flatMap((h, i) => (needed.has(h) ? [i] : []))
  const columns = keep.map((): string[] => [])
  return {
    add(cells: readonly string[]) {
      for (let k = 0; k < keep.length; k++) columns[k]?.push(cells[keep[k] as number] ?? '')
    },
    table(rowCount: number): TableColumns {
      return {
        rowCount,
        columns: new Map(keep.map((i, k) => [names[i] as string, columns[k] as string[]])),
      }
    },
  }
}

/** A row of empty cells, which no reader counts as data. */
const isBlank = (cells: readonly string[]) => cells.every((c) => c === '')

async function readXlsxColumns(
  path: string,
  needed: ReadonlySet<string>,
  onRows?: (rows: number) => void,
): Promise<TableColumns> {
  let table: ReturnType<typeof collector> | undefined
  let rows = 0
  await eachXlsxRow(path, (cells, row) => {
    if (table === undefined) {
      // The header is the sheet's row 1; a sheet starting lower has an empty header.
      table = collector(row === 1 ? cells : [], needed)
      if (row === 1) return
    }
    if (isBlank(cells)) return
    table.add(cells)
    rows++
    if (onRows && rows % PROGRESS_EVERY === 0) onRows(rows)
  })
  onRows?.(rows)
  return (table ?? collector([], needed)).table(rows)
}
