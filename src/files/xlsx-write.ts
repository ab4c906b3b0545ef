import ExcelJS from 'exceljs'
import { guardCell } from './guard.js'

const FORMULA = Symbol('formula')

/**
 * A live formula cell: built by our own code from cell references, never from a user's text
 * (user text goes through the guard and can never become one). `result` is what the formula
 * gives now, shown by viewers that do not recompute.
 */
export interface Formula {
  readonly [FORMULA]: true
  readonly formula: string
  readonly result: number | string
}

export function formula(expression: string, result: number | string): Formula {
  return { [FORMULA]: true, formula: expression, result }
}

function isFormula(value: unknown): value is Formula {
  return typeof value === 'object' && value !== null && FORMULA in value
}

/** A cell as ExcelJS writes it: formulas as formulas, text through the guard, numbers as numbers. */
function cellValue(value: unknown): unknown {
  return isFormula(value) ? { formula: value.formula, result: value.result } : guardCell(value)
}

/**
 * A workbook built sheet by sheet: a bold header row, then the rows, numbers as numbers,
 * formulas as formulas and every text cell through the formula guard.
 */
export function createWorkbook() {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Effectwijzer'
  return {
    sheet(
      name: string,
      header: ReadonlyArray<string | number>,
      rows: ReadonlyArray<ReadonlyArray<unknown>>,
    ): void {
      const ws = workbook.addWorksheet(name)
      ws.addRow(header.map(guardCell)).font = { bold: true }
      for (const row of rows) ws.addRow(row.map(cellValue))
      ws.columns.forEach((column) => {
        column.width = 18
      })
    },
    async bytes(): Promise<Uint8Array> {
      return new Uint8Array(await workbook.xlsx.writeBuffer())
    },
  }
}
