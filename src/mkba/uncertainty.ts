import {
  type CompiledModel,
  discountFactors,
  itemPresentValue,
  PARAMETER_COUNT,
  PARAMETERS,
} from './compile.js'
import { addToTotals, type Totals } from './ledger.js'
import type { Distribution, UncertainParameter } from './model.js'

/** One uncertain input: an item parameter, or the model's discount rate (item = −1). */
export interface UncertainInput {
  /** Display name, e.g. "avoided-benefit.quantity" or "discountRate". */
  readonly parameter: string
  /** The item's id, or undefined for the model's discount rate. */
  readonly itemId: string | undefined
  /** Which parameter of the item, or "discountRate". */
  readonly field: UncertainParameter | 'discountRate'
  readonly item: number
  /** Offset into the parameter vector (item · PARAMETER_COUNT + parameter), −1 for the discount rate. */
  readonly offset: number
  readonly distribution: Distribution
}

/**
 * Every uncertain input of a compiled model, in item order: what the Monte Carlo draws, and so
 * what a report's work is counted in (draws × inputs).
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
 * uncertainInputs(compileModel(pilot)).map((input) => input.parameter)
 * // → ['work.quantity']
 * ```
 */
export function uncertainInputs(compiled: CompiledModel): UncertainInput[] {
  const inputs: UncertainInput[] = []
  compiled.items.forEach((item, index) => {
    const spec = item.item.uncertainty
    if (spec === undefined) return
    PARAMETERS.forEach((name, p) => {
      const distribution = spec[name]
      if (distribution !== undefined) {
        inputs.push({
          parameter: `${item.item.id}.${name}`,
          itemId: item.item.id,
          field: name,
          item: index,
          offset: index * PARAMETER_COUNT + p,
          distribution,
        })
      }
    })
  })
  const rate = compiled.model.discountRateUncertainty
  if (rate !== undefined) {
    inputs.push({
      parameter: 'discountRate',
      itemId: undefined,
      field: 'discountRate',
      item: -1,
      offset: -1,
      distribution: rate,
    })
  }
  return inputs
}

/**
 * Totals of society costs, benefits and financial benefits for a parameter vector and a
 * model discount rate — the function every sensitivity run and Monte Carlo draw evaluates.
 * `only` limits the work to the listed items and adds to `start` (the fixed rest).
 */
export function totalsFor(
  compiled: CompiledModel,
  params: Float64Array,
  modelFactors: Float64Array,
  itemFactors: ReadonlyArray<Float64Array | undefined>,
  only?: readonly number[],
  start?: Totals,
): Totals {
  const totals: Totals = start
    ? { ...start }
    : { pvCosts: 0, pvBenefits: 0, pvBenefitsFinancial: 0 }
  const indices = only ?? compiled.items.map((_, i) => i)
  for (const i of indices) {
    const item = compiled.items[i]!
    const factors = itemFactors[i] ?? modelFactors
    addToTotals(totals, item, itemPresentValue(item, params, i * PARAMETER_COUNT, factors))
  }
  return totals
}

/** Discount factors of items with their own rate (undefined where the model's rate applies). */
export function ownRateFactors(compiled: CompiledModel): Array<Float64Array | undefined> {
  const { horizonYears } = compiled.model
  return compiled.items.map((item) =>
    item.ownRate ? discountFactors(item.rate, horizonYears, item.timing) : undefined,
  )
}

/**
 * Uncertain inputs grouped into the parameters a user varies: an effect estimate shared by
 * several items (`shared`) is one parameter; every other input is its own.
 */
export interface InputGroup {
  readonly parameter: string
  readonly itemId: string | undefined
  readonly field: UncertainInput['field'] | 'effect'
  readonly members: readonly UncertainInput[]
}

export function groupInputs(inputs: readonly UncertainInput[]): InputGroup[] {
  const groups: InputGroup[] = []
  const byKey = new Map<string, UncertainInput[]>()
  for (const input of inputs) {
    const key = sharedKey(input.distribution)
    if (key === undefined) {
      groups.push({
        parameter: input.parameter,
        itemId: input.itemId,
        field: input.field,
        members: [input],
      })
      continue
    }
    const members = byKey.get(key)
    if (members) members.push(input)
    else {
      const created = [input]
      byKey.set(key, created)
      groups.push({
        parameter: `effect:${key}`,
        itemId: undefined,
        field: 'effect',
        members: created,
      })
    }
  }
  // A shared estimate used by one item only is simply that item's parameter.
  return groups.map((g) => {
    const only = g.members.length === 1 ? g.members[0] : undefined
    return only ? { ...g, parameter: only.parameter, itemId: only.itemId, field: only.field } : g
  })
}

/** The shared-estimate key of an effect distribution, if any. */
export function sharedKey(d: Distribution): string | undefined {
  return d.distribution === 'effect' ? d.shared : undefined
}
