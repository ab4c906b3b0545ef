import { type CompiledModel, discountFactors } from './compile.js'
import { sensitivityRange } from './distributions.js'
import { ratioOf } from './ledger.js'
import type { UncertainParameter } from './model.js'
import { groupInputs, ownRateFactors, totalsFor, uncertainInputs } from './uncertainty.js'

export interface TornadoBar {
  /** "itemId.field", "discountRate", or "effect:<shared key>" for an estimate several items share. */
  readonly parameter: string
  /** The item's id; absent for the model's discount rate and for a shared effect. */
  readonly item?: string
  readonly field: UncertainParameter | 'discountRate' | 'effect'
  readonly low: number
  readonly high: number
  readonly npvLow: number
  readonly npvHigh: number
  readonly ratioLow: number | null
  readonly ratioHigh: number | null
  readonly ratioFinancialLow: number | null
  readonly ratioFinancialHigh: number | null
}

/**
 * One-way sensitivity: each uncertain parameter in turn (an effect estimate shared by several
 * items counts as one parameter) at its low and at its high value,
 * all others at their base values; bars sorted by swing |npvHigh − npvLow|, largest first.
 * Low/high are the bounds of bounded distributions and the 95% range of unbounded ones.
 * Ref: Romijn & Renes (2013) §7 (gevoeligheidsanalyse); HM Treasury Green Book (2022) §6.
 *
 * @example
 * ```ts
 * const none = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }
 * const pilot: MkbaModel = {
 *   name: 'pilot', baseYear: 2024, priceYear: 2024, horizonYears: 2, discountRate: 0.0225,
 *   timing: 'start-of-year', stakeholders: ['city'],
 *   items: [
 *     { id: 'team', kind: 'cost', category: 'financial', stakeholder: 'city',
 *       years: { 2024: 100000 }, ...none },
 *     { id: 'work', kind: 'benefit', category: 'financial', stakeholder: 'city',
 *       quantity: 20, unitValue: 6000, startYear: 2025, durationYears: 1, ...none,
 *       uncertainty: { quantity: { distribution: 'triangular', low: 10, mode: 20, high: 30 } } },
 *   ],
 * }
 * tornado(compileModel(pilot))
 * // → [{ parameter: 'work.quantity', low: 10, high: 30, npvLow: -41320.29…,
 * //      npvHigh: 76039.12…, ratioLow: 0.5868…, ratioHigh: 1.7604… }]
 * ```
 */
export function tornado(compiled: CompiledModel): TornadoBar[] {
  const { model } = compiled
  const modelFactors = discountFactors(model.discountRate, model.horizonYears, model.timing)
  const itemFactors = ownRateFactors(compiled)
  const bars: TornadoBar[] = []
  for (const group of groupInputs(uncertainInputs(compiled))) {
    const first = group.members[0]!
    const range = sensitivityRange(first.distribution)
    if (range === undefined) continue
    // Members of a shared effect estimate move together: each at its own range end.
    const ends = group.members.map((member) => sensitivityRange(member.distribution)!)
    const at = (end: 0 | 1) => {
      const params = compiled.base.slice()
      let factors = modelFactors
      group.members.forEach((member, m) => {
        const value = ends[m]![end]
        if (member.offset < 0) factors = discountFactors(value, model.horizonYears, model.timing)
        else params[member.offset] = value
      })
      return totalsFor(compiled, params, factors, itemFactors)
    }
    const lo = at(0)
    const hi = at(1)
    bars.push({
      parameter: group.parameter,
      ...(group.itemId !== undefined ? { item: group.itemId } : {}),
      field: group.field,
      low: range[0],
      high: range[1],
      npvLow: lo.pvBenefits - lo.pvCosts,
      npvHigh: hi.pvBenefits - hi.pvCosts,
      ratioLow: ratioOf(lo.pvBenefits, lo.pvCosts),
      ratioHigh: ratioOf(hi.pvBenefits, hi.pvCosts),
      ratioFinancialLow: ratioOf(lo.pvBenefitsFinancial, lo.pvCosts),
      ratioFinancialHigh: ratioOf(hi.pvBenefitsFinancial, hi.pvCosts),
    })
  }
  // Largest NPV swing first; transfers move no societal NPV, so ties fall back to the financial ratio.
  const swing = (b: TornadoBar) => Math.abs(b.npvHigh - b.npvLow)
  const financialSwing = (b: TornadoBar) =>
    Math.abs((b.ratioFinancialHigh ?? 0) - (b.ratioFinancialLow ?? 0))
  return bars.sort((a, b) => swing(b) - swing(a) || financialSwing(b) - financialSwing(a))
}
