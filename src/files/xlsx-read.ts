import { createReadStream } from 'node:fs'
import ExcelJS from 'exceljs'
import { noWorksheetError } from './errors.js'

/** An XLSX file: its path (read as a stream) or its bytes. */
export type XlsxInput = string | Uint8Array

/**
 * The one XLSX reader. Calls `onRow` with each non-empty row of the first worksheet, its
 * 1-based number and its cells as the text a CSV of it would hold: numbers as typed, dates as
 * yyyy-mm-dd, formulas by their cached result, rich text and hyperlinks by their text, errors
 * and empty cells as ''. A file on disk is streamed (ExcelJS's WorkbookReader, so a large file
 * is never held as a workbook model); bytes (an upload, bounded by the body limit) are loaded
 * whole. Throws a validation error for a workbook without a worksheet.
 */
export async function eachXlsxRow(
  input: XlsxInput,
  onRow: (cells: string[], row: number) => void,
): Promise<void> {
  if (typeof input !== 'string') return eachLoadedRow(await load(input), onRow)
  let rows = 0
  try {
    await eachStreamedRow(input, (cells, row) => {
      rows++
      onRow(cells, row)
    })
  } catch (error) {
    // ExcelJS 4.4's WorkbookReader can lose xl/workbook.xml in a race of its zip iteration
    // (seen on small files with five or more sheets: "reading 'sheets'" of undefined) before any
    // row is read; the file is then read whole, as before streaming.
    if (rows > 0 || !(error instanceof TypeError)) throw error
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(input)
    eachLoadedRow(workbook, onRow)
  }
}

async function eachStreamedRow(
  path: string,
  onRow: (cells: string[], row: number) => void,
): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles carry the number formats that tell a date from a number.
    styles: 'cache',
    // Ignored, a hyperlink cell keeps its shown text as its value ('cache' would drop it).
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  let first = true
  for await (const sheet of reader) {
    if (!first) continue
    first = false
    for await (const row of sheet) onRow(rowCells(row), row.number)
  }
  if (first) throw noWorksheetError()
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook
}

function eachLoadedRow(
  workbook: ExcelJS.Workbook,
  onRow: (cells: string[], row: number) => void,
): void {
  const sheet = workbook.worksheets[0]
  if (!sheet) throw noWorksheetError()
  sheet.eachRow({ includeEmpty: false }, (row, number) => onRow(rowCells(row), number))
}

function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = []
  for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)))
  return cells
}

/** The first worksheet as rows of text; a row number without cells is an empty row. */
export async function readFirstSheet(input: XlsxInput): Promise<string[][]> {
  const rows: string[][] = []
  await eachXlsxRow(input, (cells, row) => {
    rows[row - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  // A formula's cached result is a plain number even when its format shows a date.
  if (
    value !== null &&
    typeof value === 'object' &&
    ('formula' in value || 'sharedFormula' in value)
  ) {
    const result = value.result
    return typeof result === 'number' && isDateFormat(cell.numFmt)
      ? isoDate(excelSerialToDate(result))
      : valueText(result)
  }
  return valueText(value)
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return isoDate(value)
  if (typeof value === 'number' && Number.isNaN(value)) return ''
  if (typeof value !== 'object') return String(value)
  if ('result' in value) return valueText(value.result)
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((run: { text: string }) => run.text).join('')
  if ('text' in value) return valueText(value.text)
  return ''
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** Excel's serial day (1900 system: day 25569 is 1970-01-01) as a UTC date. */
const excelSerialToDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000))

/** A number format that shows a date: d, m or y outside quoted text and [colour] brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false
  return /[dmy]/i.test(format.replace(/\[[^\]]*]|"[^"]*"|\\./g, ''))
}
