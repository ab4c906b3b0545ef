import { type CountTable, linkedOneWayTables } from './count-table.js'
import { type DisclosureRules, roundToBase } from './rules.js'
import { type Suppression, suppressCells } from './suppress.js'

/** A count as it may be shown: rounded, or hidden with the reason. */
export interface PublishedCount {
  readonly count: number | null
  readonly suppression: Suppression | null
}

/**
 * The table as it may be shown: hidden cells as null, every other count rounded to the
 * rounding base (Statistics Norway rounds small counts to base 5 for the same reason).
 *
 * Differencing, watching a table before and after one person joins: the person adds 1 to one
 * cell of every dimension and to the total. A shown cell's rounded count, and the choice of
 * complementary cells (made on rounded counts), stay the same unless the count crosses a
 * rounding step (n ≡ 2 → 3 mod 5), so mostly nothing visible changes. Residual risks, not
 * covered: a crossing of a rounding step or of the threshold (4 → 5, 0 → 1: a cell appears or
 * disappears), a hidden cell near the edge of the secondary rule, and averaging over many
 * releases. The participant count is shown exactly on the project pages, which tells when
 * someone joined. Publishing aggregates at fixed moments rather than live would reduce these.
 */
export function publishCounts(table: CountTable, rules: DisclosureRules): PublishedCount[] {
  const suppression = suppressCells(table, rules)
  return table.counts.map((count, cell) => {
    const reason = suppression[cell] ?? null
    return { count: reason ? null : roundToBase(count, rules.roundingBase), suppression: reason }
  })
}

/** Never reached (every cell is published); should it be, a cell is hidden, not shown. */
const HIDDEN: PublishedCount = { count: null, suppression: 'primary' }

/**
 * One-way tables of the same people that share one total (linkedOneWayTables), published
 * together; each cell comes back with its other fields and its published count.
 */
export function publishLinkedTables<Cell extends { readonly count: number }>(
  total: number,
  dimensions: readonly (readonly Cell[])[],
  rules: DisclosureRules,
): { total: PublishedCount; dimensions: (Omit<Cell, 'count'> & PublishedCount)[][] } {
  const table = linkedOneWayTables(
    total,
    dimensions.map((cells) => cells.map((cell) => cell.count)),
  )
  const published = publishCounts(table, rules)
  return {
    total: published[0] ?? HIDDEN,
    dimensions: dimensions.map((cells, d) =>
      cells.map(({ count: _exact, ...rest }, i) => ({
        ...rest,
        ...(published[table.relations[d]?.parts[i] ?? 0] ?? HIDDEN),
      })),
    ),
  }
}
