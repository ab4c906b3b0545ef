import type { CountTable } from './count-table.js'

/** Pivots and eliminations below this are zero: the coefficients are small rationals. */
const EPSILON = 1e-9

/**
 * The hidden cells whose value follows exactly from the shown counts: the audit step of
 * secondary suppression (Hundepool et al., Statistical Disclosure Control, 2012, §5.3 and
 * §5.4: a pattern is safe only if no hidden cell is determined by the table's equations).
 *
 * Each relation, with the shown counts moved to the right-hand side, is an equation in the
 * hidden cells. A hidden cell is determined exactly when its unit vector lies in the row
 * space of those equations, that is, when the reduced row echelon form has a row that is that
 * unit vector. (Bounds such as "at least 1" are handled by the per-relation rule in suppress.ts.)
 */
export function derivableCells(table: CountTable, hidden: ReadonlySet<number>): number[] {
  const unknowns = [...hidden].sort((a, b) => a - b)
  const column = new Map(unknowns.map((cell, i) => [cell, i]))
  const rows = table.relations.flatMap((relation) => {
    const row = new Array<number>(unknowns.length).fill(0)
    for (const part of relation.parts) {
      const j = column.get(part)
      if (j !== undefined) row[j] = (row[j] ?? 0) + 1
    }
    const w = column.get(relation.whole)
    if (w !== undefined) row[w] = (row[w] ?? 0) - 1
    return row.some((x) => x !== 0) ? [row] : []
  })
  return reducedRowEchelon(rows, unknowns.length).flatMap((row) => {
    const support = unknowns.filter((_, j) => Math.abs(row[j] ?? 0) > EPSILON)
    return support.length === 1 ? support : []
  })
}

function reducedRowEchelon(input: readonly number[][], width: number): number[][] {
  const rows = input.map((row) => [...row])
  let rank = 0
  for (let j = 0; j < width && rank < rows.length; j += 1) {
    let pivot = rank
    for (let i = rank + 1; i < rows.length; i += 1) {
      if (Math.abs(rows[i]?.[j] ?? 0) > Math.abs(rows[pivot]?.[j] ?? 0)) pivot = i
    }
    const pivotRow = rows[pivot]
    const pivotValue = pivotRow?.[j] ?? 0
    if (!pivotRow || Math.abs(pivotValue) <= EPSILON) continue
    rows[pivot] = rows[rank] ?? []
    const scaled = pivotRow.map((x) => x / pivotValue)
    rows[rank] = scaled
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i]
      const factor = row?.[j] ?? 0
      if (i === rank || !row || Math.abs(factor) <= EPSILON) continue
      rows[i] = row.map((x, k) => x - factor * (scaled[k] ?? 0))
    }
    rank += 1
  }
  return rows.slice(0, rank)
}
