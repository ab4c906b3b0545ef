import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { noWorksheetError } from './errors.js'

/** An XLSX file: its path (read as a stream) or its bytes. */
export type XlsxInput = string | Uint8Array

/**
 * The one XLSX reader. Streams the first worksheet (ExcelJS's WorkbookReader, so a large file
 * is never held as a workbook model) and calls `onRow` with each non-empty row's 1-based
 * number and its cells as the text a CSV of it would hold: numbers as typed, dates as
 * yyyy-mm-dd, formulas by their cached result, rich text and hyperlinks by their text, errors
 * and empty cells as ''. Throws a validation error for a workbook without a worksheet.
 */
export async function eachXlsxRow(
  input: XlsxInput,
  onRow: (cells: string[], row: number) => void,
): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(toStream(input), {
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
    for await (const row of sheet) {
      const cells: string[] = []
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)))
      onRow(cells, row.number)
    }
  }
  if (first) throw noWorksheetError()
}

/** The first worksheet as rows of text; a row number without cells is an empty row. */
export async function readFirstSheet(input: XlsxInput): Promise<string[][]> {
  const rows: string[][] = []
  await eachXlsxRow(input, (cells, row) => {
    rows[row - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

function toStream(input: XlsxInput) {
  return typeof input === 'string'
    ? createReadStream(input)
    : Readable.from([Buffer.from(input.buffer, input.byteOffset, input.byteLength)])
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  // A formula's cached result is a plain number even when its format shows a date.
  if (value !== null && typeof value === 'object' && 'formula' in value) {
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
