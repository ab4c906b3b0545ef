// The part of fast-formula-parser (MIT; no published types) that the workbook tests use to
// recompute an exported workbook's formulas as a spreadsheet would.
declare module 'fast-formula-parser' {
  interface CellRef {
    readonly sheet: string
    readonly row: number
    readonly col: number
  }
  interface RangeRef {
    readonly sheet: string
    readonly from: { readonly row: number; readonly col: number }
    readonly to: { readonly row: number; readonly col: number }
  }
  // biome-ignore lint/style/noDefaultExport: the package's own export is a default one
  export default class FormulaParser {
    constructor(config: {
      onCell: (ref: CellRef) => unknown
      onRange: (ref: RangeRef) => unknown[][]
    })
    parse(formula: string, position: CellRef): unknown
  }
}
