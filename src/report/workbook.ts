import ExcelJS from 'exceljs'

/** A workbook built sheet by sheet: a bold header row, then the rows, numbers as numbers. */
export function createWorkbook() {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Effectwijzer'
  return {
    sheet(
      name: string,
      header: readonly string[],
      rows: ReadonlyArray<ReadonlyArray<unknown>>,
    ): void {
      const ws = workbook.addWorksheet(name)
      ws.addRow([...header]).font = { bold: true }
      for (const row of rows) ws.addRow([...row])
      ws.columns.forEach((column) => {
        column.width = 18
      })
    },
    async bytes(): Promise<Uint8Array> {
      return new Uint8Array(await workbook.xlsx.writeBuffer())
    },
  }
}

/**
 * The first sheet of an XLSX file as rows of text (what a CSV of it would hold): numbers as
 * typed, dates as yyyy-mm-dd, formulas by their result, empty cells as ''.
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value))
    rows[number - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    return ''
  }
  return String(value)
}
