import type { CountTable } from './count-table.js'
import type { DisclosureRules } from './rules.js'
import type { Suppression } from './suppress.js'

/** The values a cell can still take, as far as a reader of the published table can tell. */
export interface Bounds {
  readonly low: number
  readonly high: number
}

/**
 * What a reader who sees the shown counts (exactly, as the worst case) and the kind of every
 * hidden one can work out: a primary cell lies in [1, threshold − 1] (from 0 below a small
 * whole, where zeros are hidden too), a secondary one is at least the threshold (it is neither
 * zero nor small), and every relation narrows its members
 * (parts between the whole minus the others' highs and the whole minus the others' lows).
 * Narrowing repeats until nothing changes; the bounds only shrink, by whole numbers, so it ends.
 * This is interval propagation, not the full linear program of Hundepool et al. §5.4, so it
 * may leave a range wider than the exact one; derivable-cells.ts catches the exact values it
 * could miss across several relations.
 */
export function readerBounds(
  table: CountTable,
  status: readonly (Suppression | null)[],
  rules: DisclosureRules,
): Bounds[] {
  const underSmallWhole = new Set(
    table.relations.flatMap((r) => (status[r.whole] === 'primary' ? r.parts : [])),
  )
  const bounds = table.counts.map((count, cell): Bounds => {
    const kind = status[cell] ?? null
    if (kind === 'primary')
      return { low: underSmallWhole.has(cell) ? 0 : 1, high: rules.threshold - 1 }
    if (kind === 'secondary') return { low: rules.threshold, high: Number.POSITIVE_INFINITY }
    return { low: count, high: count }
  })
  const at = (cell: number) => bounds[cell] ?? { low: 0, high: 0 }
  let changed = true
  const narrow = (cell: number, low: number, high: number) => {
    const old = at(cell)
    const next = { low: Math.max(old.low, low), high: Math.min(old.high, high) }
    if (next.low !== old.low || next.high !== old.high) {
      bounds[cell] = next
      changed = true
    }
  }
  while (changed) {
    changed = false
    for (const { parts, whole } of table.relations) {
      narrow(whole, sum(parts.map((c) => at(c).low)), sum(parts.map((c) => at(c).high)))
      for (const cell of parts) {
        // Lows are finite and highs are only added, so ∞ − ∞ never arises.
        const others = parts.filter((other) => other !== cell)
        narrow(
          cell,
          at(whole).low - sum(others.map((c) => at(c).high)),
          at(whole).high - sum(others.map((c) => at(c).low)),
        )
      }
    }
  }
  return bounds
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
