import type { CompiledItem } from './compile.js'

/**
 * Where an item's present value lands, by the guideline's bookkeeping:
 *
 * | item                | society         | financial lens        | stakeholder     | counterparty |
 * |---------------------|-----------------|-----------------------|-----------------|--------------|
 * | cost (fin./social)  | cost            | cost                  | cost            | —            |
 * | benefit, financial  | benefit         | benefit               | benefit         | —            |
 * | benefit, social     | benefit         | —                     | benefit         | —            |
 * | transfer, benefit   | — (nets to 0)   | benefit (receiver)    | benefit         | cost         |
 * | transfer, cost      | — (nets to 0)   | benefit (receiver)    | cost            | benefit      |
 * | unquantified        | listed only     | —                     | —               | —            |
 *
 * A transfer moves money between stakeholders: it is shown per stakeholder and cancels for
 * society; the financial lens counts it once, as money received at the receiving side (the
 * item's stakeholder for a benefit, its counterparty for a cost) — a social-assistance benefit
 * saved by the municipality counts as a financial benefit, however the item is written down.
 * Ref: Romijn & Renes (2013) Algemene leidraad MKBA, §5 (verdelingseffecten, transfers);
 * research/mkba.md TC3 (Almere-style 4 ct / 14 ct lenses).
 */
export interface Totals {
  pvCosts: number
  pvBenefits: number
  pvBenefitsFinancial: number
}

export function addToTotals(totals: Totals, item: CompiledItem, pv: number): void {
  const { kind, category } = item.item
  if (category === 'unquantified') return
  if (category === 'transfer') {
    totals.pvBenefitsFinancial += pv
    return
  }
  if (kind === 'cost') totals.pvCosts += pv
  else {
    totals.pvBenefits += pv
    if (category === 'financial') totals.pvBenefitsFinancial += pv
  }
}

/** Adds an item's value to the per-stakeholder cost and benefit columns. */
export function addToStakeholders(
  costs: Float64Array,
  benefits: Float64Array,
  item: CompiledItem,
  pv: number,
): void {
  if (item.item.category === 'unquantified' || item.stakeholder < 0) return
  const own = item.item.kind === 'cost' ? costs : benefits
  own[item.stakeholder]! += pv
  if (item.item.category === 'transfer' && item.counterparty >= 0) {
    const other = item.item.kind === 'cost' ? benefits : costs
    other[item.counterparty]! += pv
  }
}

/** Benefit/cost ratio; undefined when there are no costs (never Infinity in a result). */
export function ratioOf(benefits: number, costs: number): number | null {
  return costs > 0 ? benefits / costs : null
}
