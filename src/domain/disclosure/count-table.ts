/**
 * A table of counts as a reader sees it: every cell, margins and totals included, is one entry
 * of `counts`, and each `relation` says that its `parts` add up to its `whole`. A reader who
 * knows some of the counts can solve these equations for the others; that is what
 * secondary suppression has to prevent.
 */
export interface CountTable {
  readonly counts: readonly number[]
  readonly relations: readonly CountRelation[]
}

export interface CountRelation {
  readonly parts: readonly number[]
  readonly whole: number
}

/**
 * Several one-way tables of the same people (per rung, per district, …) that share one total:
 * the total is cell 0, and dimension d's cells follow those of the dimensions before it.
 * The tables are linked through that total, so they are suppressed together.
 */
export function linkedOneWayTables(
  total: number,
  dimensions: readonly (readonly number[])[],
): CountTable {
  const counts = [total]
  const relations: CountRelation[] = []
  for (const cells of dimensions) {
    relations.push({ parts: cells.map((_, i) => counts.length + i), whole: 0 })
    counts.push(...cells)
  }
  return { counts, relations }
}

/**
 * A two-way table with its row totals, column totals and grand total. Cell (i, j) of an r × c
 * grid is at i·(c + 1) + j; the row total of row i at i·(c + 1) + c; the column totals form
 * row r, and the grand total is the last cell.
 */
export function twoWayTable(grid: readonly (readonly number[])[]): CountTable {
  const rows = grid.length
  const columns = grid[0]?.length ?? 0
  const width = columns + 1
  const at = (i: number, j: number) => i * width + j
  const counts: number[] = []
  const columnTotals = Array.from({ length: columns }, () => 0)
  for (const row of grid) {
    if (row.length !== columns)
      throw new RangeError('every row of a two-way table has as many cells')
    row.forEach((count, j) => {
      columnTotals[j] = (columnTotals[j] ?? 0) + count
    })
    counts.push(
      ...row,
      row.reduce((sum, count) => sum + count, 0),
    )
  }
  counts.push(
    ...columnTotals,
    columnTotals.reduce((sum, count) => sum + count, 0),
  )
  const relations: CountRelation[] = []
  for (let i = 0; i <= rows; i += 1) {
    relations.push({
      parts: Array.from({ length: columns }, (_, j) => at(i, j)),
      whole: at(i, columns),
    })
  }
  for (let j = 0; j <= columns; j += 1) {
    relations.push({ parts: Array.from({ length: rows }, (_, i) => at(i, j)), whole: at(rows, j) })
  }
  return { counts, relations }
}
