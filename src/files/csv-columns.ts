import { open } from 'node:fs/promises'
import type { TableColumns } from './columns.js'
import { detectDelimiter } from './csv-format.js'
import {
  bomLength,
  INCOMPLETE,
  PLAIN,
  QUOTED,
  RecordScanner,
  UNCLOSED,
  unescapeField,
} from './csv-scan.js'
import { raggedRowError, unclosedQuoteError } from './errors.js'
import { ColumnInterner } from './interner.js'

/** Up to this many rows, the columns' stores are sized from the file size at once. */
const MAX_PRESIZED_ROWS = 1 << 24

export interface CsvReadOptions {
  /** Reports the number of data rows read, every `progressEvery` rows and at the end. */
  readonly onRows?: (rows: number) => void
  readonly progressEvery: number
  /** Bytes read at a time (a record longer than this grows the buffer); tests make it small. */
  readonly chunkBytes?: number
}

/**
 * The `needed` columns of a CSV file, read in chunks of bytes: each record is scanned in place
 * and only the kept cells are looked up in their column's interner, so a cell of a skipped
 * column is never decoded and a repeated value is never decoded twice. The header is row 1
 * (trimmed); empty lines are skipped; a row with another cell count than the header is an error
 * naming its row, as is a quote that is never closed.
 */
export async function readCsvColumns(
  path: string,
  needed: ReadonlySet<string>,
  { onRows, progressEvery, chunkBytes = 1 << 22 }: CsvReadOptions,
): Promise<TableColumns> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    const head = Buffer.allocUnsafe(1 << 16)
    const headBytes = (await file.read(head, 0, head.length, 0)).bytesRead
    const delimiter = detectDelimiter(head.toString('utf8', 0, headBytes))
    // The byte-order mark is skipped by starting after it.
    const bom = bomLength(head.subarray(0, headBytes))
    let buffer = Buffer.allocUnsafe(chunkBytes)
    let end = (await file.read(buffer, 0, chunkBytes, bom)).bytesRead
    let offset = bom + end
    let final = end === 0
    const scanner = new RecordScanner(delimiter.charCodeAt(0))
    let names: string[] | undefined
    let keep: number[] = []
    let interners: ColumnInterner[] = []
    let scratch = Buffer.allocUnsafe(256)
    let records = 0
    let rows = 0
    let pos = 0
    for (;;) {
      while (pos < end) {
        const next = scanner.scan(buffer, pos, end, final)
        if (next === INCOMPLETE) break
        if (next === UNCLOSED) throw unclosedQuoteError(records + 1)
        pos = next
        records++
        if (names === undefined) {
          names = scanner.texts(buffer).map((name) => name.trim())
          keep = names.flatMap((name, i) => (needed.has(name) ? [i] : []))
          // A row takes at least one byte per cell (a delimiter or its line break).
          const capacity = Math.min(Math.ceil(size / names.length), MAX_PRESIZED_ROWS)
          interners = keep.map(() => new ColumnInterner(capacity))
          continue
        }
        if (isEmptyLine(scanner)) continue
        if (scanner.count !== names.length)
          throw raggedRowError(records, scanner.count, names.length)
        for (let k = 0; k < keep.length; k++) {
          const f = keep[k] as number
          const start = scanner.starts[f] as number
          const stop = scanner.ends[f] as number
          const kind = scanner.kinds[f] as number
          const interner = interners[k] as ColumnInterner
          if (kind === PLAIN) interner.add(buffer, start, stop)
          else if (kind === QUOTED) interner.add(buffer, start + 1, stop - 1)
          else {
            if (scratch.length <= stop - start) scratch = Buffer.allocUnsafe(2 * (stop - start))
            interner.add(scratch, 0, unescapeField(buffer, start, stop, kind, scratch))
          }
        }
        rows++
        if (onRows && rows % progressEvery === 0) onRows(rows)
      }
      if (final) break
      // Keep the unfinished record, and read on after it.
      buffer.copyWithin(0, pos, end)
      end -= pos
      pos = 0
      if (end === buffer.length) {
        const grown = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(grown)
        buffer = grown
      }
      const { bytesRead } = await file.read(buffer, end, buffer.length - end, offset)
      final = bytesRead === 0
      end += bytesRead
      offset += bytesRead
    }
    onRows?.(rows)
    return {
      rowCount: rows,
      columns: new Map(
        keep.map((f, k) => [
          (names as string[])[f] as string,
          (interners[k] as ColumnInterner).cells(),
        ]),
      ),
    }
  } finally {
    await file.close()
  }
}

/** A record of one empty cell: an empty line (or `""` alone), which no reader counts as data. */
function isEmptyLine(scanner: RecordScanner): boolean {
  if (scanner.count !== 1) return false
  const length = (scanner.ends[0] as number) - (scanner.starts[0] as number)
  return scanner.kinds[0] === PLAIN ? length === 0 : scanner.kinds[0] === QUOTED && length === 2
}
