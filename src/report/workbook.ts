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
