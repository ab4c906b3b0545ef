import type { ItemAdjustments } from './model.js'

/**
 * The SROI impact filter, applied in this order:
 *
 *   impact_k = gross × (1 − deadweight) × (1 − attribution) × (1 − displacement) × (1 − dropOff)^k
 *
 * with k = 0 in an item's first year, k = 1 in the next, and so on.
 *
 * ## References
 *
 * - Social Value International. 2012. A Guide to Social Return on Investment, stage 4
 *   (deadweight, attribution, displacement, drop-off) — research/mkba.md §3.2.
 * - TC1 in research/mkba.md: 60 × 8,500 × 0.6 × 0.7 = 214,200; then × 0.7 = 149,940.
 *
 * @example
 * ```ts
 * const tc1 = { deadweight: 0.4, attribution: 0.3, displacement: 0, dropOff: 0.3 }
 * impactFactor(tc1, 0) // → 0.42…   (60 × 8,500 × 0.42 = 214,200)
 * impactFactor(tc1, 1) // → 0.294…   (× 0.7 = 149,940)
 * ```
 */
export function impactFactor(adjustments: ItemAdjustments, k: number): number {
  return (
    (1 - adjustments.deadweight) *
    (1 - adjustments.attribution) *
    (1 - adjustments.displacement) *
    (1 - adjustments.dropOff) ** k
  )
}
