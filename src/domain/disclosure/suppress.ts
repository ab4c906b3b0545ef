import type { CountTable } from './count-table.js'
import { derivableCells } from './derivable-cells.js'
import { readerBounds } from './reader-bounds.js'
import { type DisclosureRules, isSmallCount, roundToBase } from './rules.js'

/** Why a count is hidden: it is small itself, or it would give a small one away. */
export type Suppression = 'primary' | 'secondary'

/**
 * Primary and secondary cell suppression for a table of counts (Hundepool et al., Statistical
 * Disclosure Control, Wiley 2012, ch. 5 "Frequency tables": the threshold rule, then
 * complementary suppression until no hidden cell can be recovered; CBS, Inkomensstatistiek
 * §5, 2021: "at least one related cell is suppressed too").
 *
 * 1. Primary: every count of 1 to threshold − 1, margins included, and every cell below a small
 *    whole (a project of 3 participants shows none of its cells, not even its zeros).
 * 2. Secondary, one cell at a time until no hidden cell has a single possible value, for a
 *    reader who knows every shown count exactly, every whole (a project's participant count is
 *    shown elsewhere) and the kind of every hidden cell (the answer says it):
 *    - reader-bounds.ts narrows each hidden cell by the relations (44 − 40 = 4; two hidden
 *      primaries under 42 − 40 = 2 are both 1; a primary beside a secondary 5 under 6 is 1);
 *    - derivable-cells.ts finds values that follow from several relations together, as in
 *      two-way tables, which narrowing one relation at a time can miss.
 *    The cell added is the smallest shown non-zero part of a relation of the exposed cell (by
 *    rounded count, then position, so that one more person in a shown cell does not move the
 *    choice), else the relation's whole, else the smallest in the table. A zero is a complement
 *    only when no counted cell is left to hide: shown zeros can pin a whole through the kinds'
 *    bounds (two hidden primaries of at most 4 under a whole that another relation puts at 8
 *    or more make it 8), and hiding one of them lifts that bound. A zero worked out gives
 *    nobody away. So a secondary cell is at least the threshold, or a zero hidden this way.
 *    The check takes every secondary as at least the threshold, and a zero is chosen only
 *    where that belief stays possible: then no cell has one value under it, and so none under
 *    the truer belief (at least the threshold, or zero) either, which allows more.
 * Residual: a hidden cell's range can be narrow (a primary known to be 3 or 4); only an exact
 * value is prevented, as the issue asks. The propagation is not a full linear program, so
 * two-way tables are checked for exact values, not for the tightest ranges.
 */
export function suppressCells(table: CountTable, rules: DisclosureRules): (Suppression | null)[] {
  const status = primarySuppression(table, rules)
  for (;;) {
    const exposed = exposedCell(table, status, rules)
    if (exposed === undefined) return status
    const relations = table.relations.filter(
      (r) => r.whole === exposed || r.parts.includes(exposed),
    )
    const complement =
      smallestShown(
        relations.flatMap((r) => r.parts),
        table,
        status,
        rules,
      ) ??
      smallestShown(
        relations.map((r) => r.whole),
        table,
        status,
        rules,
      ) ??
      smallestShown(
        table.counts.map((_, cell) => cell),
        table,
        status,
        rules,
      ) ??
      protectingZero(
        relations.flatMap((r) => r.parts),
        table,
        status,
        rules,
      )
    if (complement === undefined) return status
    status[complement] = 'secondary'
  }
}

/**
 * Counts of 1 to threshold − 1, and everything below a small whole, zeros too: under a whole
 * of 4, four shown zeros and four hidden cells of at least 1 would each be 1.
 */
function primarySuppression(table: CountTable, rules: DisclosureRules): (Suppression | null)[] {
  const status: (Suppression | null)[] = table.counts.map((count) =>
    isSmallCount(count, rules) ? 'primary' : null,
  )
  let changed = true
  while (changed) {
    changed = false
    for (const { parts, whole } of table.relations) {
      if (status[whole] !== 'primary') continue
      for (const part of parts) {
        if (status[part] === null) {
          status[part] = 'primary'
          changed = true
        }
      }
    }
  }
  return status
}

/** A hidden cell whose value a reader can work out exactly, if there is one. */
function exposedCell(
  table: CountTable,
  status: readonly (Suppression | null)[],
  rules: DisclosureRules,
): number | undefined {
  // A zero counts nobody, so working one out gives no one away (zeros are shown elsewhere).
  const counted = (cell: number) => status[cell] !== null && (table.counts[cell] ?? 0) > 0
  const bounds = readerBounds(table, status, rules)
  const narrowed = bounds.findIndex((range, cell) => counted(cell) && range.low >= range.high)
  if (narrowed >= 0) return narrowed
  const hidden = new Set(table.counts.flatMap((_, cell) => (status[cell] ? [cell] : [])))
  return derivableCells(table, hidden).find(counted)
}

/**
 * The complement of last resort (see suppressCells): a shown zero among `cells` whose hiding
 * leaves every range possible for the reader, who takes a secondary as at least the threshold
 * (so a zero hidden where that would contradict another relation is passed over); the first
 * that leaves no cell exposed, else the first possible one.
 */
function protectingZero(
  cells: readonly number[],
  table: CountTable,
  status: readonly (Suppression | null)[],
  rules: DisclosureRules,
): number | undefined {
  let possible: number | undefined
  for (const cell of cells) {
    if (status[cell]) continue
    const trial = status.map((kind, c) => (c === cell ? 'secondary' : kind))
    if (readerBounds(table, trial, rules).some((range) => range.low > range.high)) continue
    if (exposedCell(table, trial, rules) === undefined) return cell
    possible ??= cell
  }
  return possible
}

function smallestShown(
  cells: readonly number[],
  table: CountTable,
  status: readonly (Suppression | null)[],
  rules: DisclosureRules,
): number | undefined {
  let best: { cell: number; key: number } | undefined
  for (const cell of cells) {
    const count = table.counts[cell] ?? 0
    if (status[cell] || count === 0) continue
    const key = roundToBase(count, rules.roundingBase)
    if (!best || key < best.key || (key === best.key && cell < best.cell)) best = { cell, key }
  }
  return best?.cell
}
