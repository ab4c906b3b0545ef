import type { CountRelation, CountTable } from './count-table.js'
import { derivableCells } from './derivable-cells.js'
import { type DisclosureRules, isSmallCount, roundToBase } from './rules.js'

/** Why a count is hidden: it is small itself, or it would give a small one away. */
export type Suppression = 'primary' | 'secondary'

/**
 * Primary and secondary cell suppression for a table of counts (Hundepool et al., Statistical
 * Disclosure Control, Wiley 2012, ch. 5 "Frequency tables": the threshold rule, then
 * complementary suppression until no hidden cell can be recovered; CBS, Inkomensstatistiek
 * §5, 2021: "at least one related cell is suppressed too").
 *
 * 1. Primary: every count of 1 to threshold − 1, margins included.
 * 2. Secondary, repeated until nothing changes:
 *    - per relation (a row, a column, a dimension and its total): when the whole is shown, the
 *      hidden parts add up to a known S, and each is at least 1 (zeros are always shown), so a
 *      hidden part lies in [1, S − (k − 1)] for k hidden parts. That must leave room up to the
 *      threshold: k ≥ 2 and S − (k − 1) ≥ threshold. Otherwise 44 − 40 = 4 gives a cell away,
 *      and two hidden 1s under a shown sum of 2 are both known. When the whole is hidden, at
 *      least one part must be hidden too, or the whole is their sum.
 *    - over the whole table: no hidden cell may follow from the equations together
 *      (derivable-cells.ts), which the per-relation rule alone misses in two-way tables.
 *    The cell added is the relation's smallest shown non-zero part (by rounded count, then
 *    position, so that one more person in a shown cell does not move the choice), or its whole
 *    when no part is left. A zero is never hidden: it would add nothing to S.
 *
 * The reader is assumed to know every whole exactly (a project's participant count is shown
 * elsewhere), so rounding is not relied on here.
 */
export function suppressCells(table: CountTable, rules: DisclosureRules): (Suppression | null)[] {
  const status: (Suppression | null)[] = table.counts.map((count) =>
    isSmallCount(count, rules) ? 'primary' : null,
  )
  for (;;) {
    const next = nextComplement(table, status, rules)
    if (next === undefined) return status
    status[next] = 'secondary'
  }
}

function nextComplement(
  table: CountTable,
  status: readonly (Suppression | null)[],
  rules: DisclosureRules,
): number | undefined {
  const hidden = (cell: number) => status[cell] !== null
  for (const relation of table.relations) {
    if (!isSafe(relation, table.counts, hidden, rules)) {
      const choice = smallestShown(relation.parts, table, hidden, rules) ?? shownWhole(relation)
      if (choice !== undefined) return choice
    }
  }
  const hiddenCells = new Set(table.counts.flatMap((_, cell) => (hidden(cell) ? [cell] : [])))
  const [derivable] = derivableCells(table, hiddenCells)
  if (derivable === undefined) return undefined
  const related = table.relations
    .filter((r) => r.whole === derivable || r.parts.includes(derivable))
    .flatMap((r) => [...r.parts, r.whole])
  return (
    smallestShown(related, table, hidden, rules) ??
    smallestShown(
      table.counts.map((_, cell) => cell),
      table,
      hidden,
      rules,
    )
  )

  function shownWhole(relation: CountRelation): number | undefined {
    return hidden(relation.whole) || table.counts[relation.whole] === 0 ? undefined : relation.whole
  }
}

function isSafe(
  relation: CountRelation,
  counts: readonly number[],
  hidden: (cell: number) => boolean,
  rules: DisclosureRules,
): boolean {
  const hiddenParts = relation.parts.filter(hidden)
  if (hidden(relation.whole)) return hiddenParts.length > 0
  if (hiddenParts.length === 0) return true
  const hiddenSum = hiddenParts.reduce((sum, cell) => sum + (counts[cell] ?? 0), 0)
  return hiddenParts.length >= 2 && hiddenSum - (hiddenParts.length - 1) >= rules.threshold
}

function smallestShown(
  cells: readonly number[],
  table: CountTable,
  hidden: (cell: number) => boolean,
  rules: DisclosureRules,
): number | undefined {
  let best: { cell: number; key: number } | undefined
  for (const cell of cells) {
    const count = table.counts[cell] ?? 0
    if (hidden(cell) || count === 0) continue
    const key = roundToBase(count, rules.roundingBase)
    if (!best || key < best.key || (key === best.key && cell < best.cell)) best = { cell, key }
  }
  return best?.cell
}
