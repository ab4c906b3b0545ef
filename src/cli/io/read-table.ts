import { createReadStream } from 'node:fs'
import { extname } from 'node:path'
import ExcelJS from 'exceljs'
import { type StudyTable, ValidationError } from '../../domain/index.js'

/**
 * Reads a CSV (streaming, comma or semicolon, RFC 4180 quotes) or XLSX file into the raw text
 * of the columns that are needed, so a million-row file does not hold unused columns.
 * `onRows` reports progress. A ragged row is an error naming its row.
 */
export async function readTable(
  path: string,
  needed: ReadonlySet<string>,
  onRows?: (rows: number) => void,
): Promise<StudyTable> {
  return extname(path).toLowerCase() === '.xlsx'
    ? readXlsx(path, needed)
    : readCsv(path, needed, onRows)
}

async function readCsv(
  path: string,
  needed: ReadonlySet<string>,
  onRows?: (rows: number) => void,
): Promise<StudyTable> {
  let header: string[] | undefined
  let delimiter = ','
  let keep: number[] = []
  let columns: string[][] = []
  let rest = ''
  let row = 0
  // Fast path: walk the delimiters and slice only the kept cells (no array per row).
  const takePlain = (line: string): number => {
    let pos = 0
    let field = 0
    let k = 0
    for (;;) {
      const next = line.indexOf(delimiter, pos)
      if (field === keep[k]) {
        columns[k]?.push(line.slice(pos, next === -1 ? line.length : next))
        k++
      }
      field++
      if (next === -1) return field
      pos = next + 1
    }
  }
  const takeQuoted = (line: string): number => {
    const cells = splitLine(line, delimiter)
    keep.forEach((c, k) => {
      columns[k]?.push(cells[c] ?? '')
    })
    return cells.length
  }
  const take = (line: string) => {
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (header === undefined) {
      delimiter = line.includes(';') && !line.includes(',') ? ';' : ','
      header = splitLine(line, delimiter).map((h) => h.trim())
      keep = header.map((h, i) => (needed.has(h) ? i : -1)).filter((i) => i >= 0)
      columns = keep.map(() => [])
      return
    }
    if (line === '') return
    row++
    const count = line.includes('"') ? takeQuoted(line) : takePlain(line)
    if (count !== header.length) {
      throw new ValidationError([
        {
          row: row + 1,
          message: {
            nl: `${count} cellen, verwacht ${header.length}`,
            en: `${count} cells, expected ${header.length}`,
          },
        },
      ])
    }
    if (onRows && row % 50_000 === 0) onRows(row)
  }
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string)
    let start = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      take(text.slice(start, nl))
      start = nl + 1
    }
    rest = text.slice(start)
  }
  if (rest !== '') take(rest)
  onRows?.(row)
  return {
    rowCount: row,
    columns: new Map(keep.map((i, k) => [header?.[i] ?? '', columns[k] ?? []])),
  }
}

/** Splits one CSV line with quoted fields ("a, b" and doubled quotes). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}

async function readXlsx(path: string, needed: ReadonlySet<string>): Promise<StudyTable> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheet = workbook.worksheets[0]
  if (!sheet)
    throw new ValidationError([
      { message: { nl: 'het werkboek heeft geen werkblad', en: 'the workbook has no worksheet' } },
    ])
  const text = (v: ExcelJS.CellValue) =>
    v === null || v === undefined
      ? ''
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === 'object' && 'result' in v
          ? String(v.result ?? '')
          : String(v)
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => text(v).trim())
  const columns = new Map<string, string[]>(header.filter((h) => needed.has(h)).map((h) => [h, []]))
  let rowCount = 0
  sheet.eachRow({ includeEmpty: false }, (r, number) => {
    if (number === 1) return
    rowCount++
    for (const [j, h] of header.entries()) columns.get(h)?.push(text(r.getCell(j + 1).value))
  })
  return { rowCount, columns }
}
