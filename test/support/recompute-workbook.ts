import ExcelJS from 'exceljs'
import FormulaParser from 'fast-formula-parser'

/**
 * An exported workbook opened as a spreadsheet program would: every formula recomputed from
 * the cells it refers to (fast-formula-parser), so a test can change an input and read what a
 * user in Excel would see. Values are recomputed on each read; `set` changes an input.
 */
export async function openWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name)
    if (!found) throw new Error(`no sheet "${name}" in ${workbook.worksheets.map((w) => w.name)}`)
    return found
  }
  let cache = new Map<string, unknown>()
  const value = (name: string, row: number, col: number): unknown => {
    const key = `${name}!${row}:${col}`
    if (cache.has(key)) return cache.get(key)
    const raw = sheet(name).getCell(row, col).value
    const result =
      raw !== null && typeof raw === 'object' && 'formula' in raw
        ? newParser().parse(raw.formula, { sheet: name, row, col })
        : (raw ?? null)
    cache.set(key, result)
    return result
  }
  // A parser per formula: one parse is not re-entrant, and a formula's cells are formulas too.
  const newParser = () =>
    new FormulaParser({
      onCell: ({ sheet: name, row, col }) => value(name, row, col),
      onRange: ({ sheet: name, from, to }) => {
        const rows: unknown[][] = []
        for (let r = from.row; r <= to.row; r++) {
          const cells: unknown[] = []
          for (let c = from.col; c <= to.col; c++) cells.push(value(name, r, c))
          rows.push(cells)
        }
        return rows
      },
    })
  /** The first row of a sheet whose first cell is `label`. */
  const rowOf = (name: string, label: string): number => {
    const ws = sheet(name)
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r
    throw new Error(`no row "${label}" in sheet "${name}"`)
  }
  /** The column of a sheet whose header (row 1) is `header`. */
  const columnOf = (name: string, header: string | number): number => {
    const ws = sheet(name)
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === header) return c
    throw new Error(`no column "${header}" in sheet "${name}"`)
  }
  return {
    names: workbook.worksheets.map((w) => w.name),
    /** The recomputed value of a cell by its row label and column header. */
    get: (name: string, label: string, header: string | number) =>
      value(name, rowOf(name, label), columnOf(name, header)),
    /** Changes an input cell, as a user typing in it. */
    set(name: string, label: string, header: string | number, to: number): void {
      const cell = sheet(name).getCell(rowOf(name, label), columnOf(name, header))
      if (typeof cell.value === 'object' && cell.value !== null)
        throw new Error(`cell ${label}/${header} holds a formula, not an input`)
      cell.value = to
      cache = new Map()
    },
  }
}
