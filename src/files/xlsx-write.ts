import ExcelJS from 'exceljs'
import { guardCell } from './guard.js'

/**
 * A workbook built sheet by sheet: a bold header row, then the rows, numbers as numbers and
 * every text cell through the formula guard.
 */
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
      ws.addRow(header.map(guardCell)).font = { bold: true }
      for (const row of rows) ws.addRow(row.map(guardCell))
      ws.columns.forEach((column) => {
        column.width = 18
      })
    },
    async bytes(): Promise<Uint8Array> {
      return new Uint8Array(await workbook.xlsx.writeBuffer())
    },
  }
}
