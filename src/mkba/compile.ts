import { discountFactor } from './discounting.js'
import {
  isQuantityItem,
  isSeriesItem,
  type MkbaItem,
  type MkbaModel,
  type UncertainParameter,
} from './model.js'
import { impactFactor } from './sroi-adjustments.js'

/** Order of an item's parameters in its parameter vector. */
export const PARAMETERS: readonly UncertainParameter[] = [
  'quantity',
  'unitValue',
  'amount',
  'deadweight',
  'attribution',
  'displacement',
  'dropOff',
]
export const PARAMETER_COUNT = PARAMETERS.length
const [Q, V, A, DW, AT, DI, DO] = [0, 1, 2, 3, 4, 5, 6] as const

/**
 * An item reduced to arrays over the horizon, so that the deterministic run, the tornado and
 * every Monte Carlo draw evaluate the same code on a parameter vector.
 */
export interface CompiledItem {
  readonly item: MkbaItem
  readonly stakeholder: number
  /** Index of the counterparty stakeholder for transfers, −1 otherwise. */
  readonly counterparty: number
  /** Discount rate of this item (the model's unless the item overrides it). */
  readonly rate: number
  /** True when this item has its own discount factors (its own rate, or upfront timing). */
  readonly ownRate: boolean
  readonly timing: MkbaModel['timing']
  /** Horizon index t of each flow, its amount before adjustments, and its k (years since the item's first year). */
  readonly t: Int32Array
  readonly gross: Float64Array
  readonly k: Int32Array
  /** True if gross is quantity × unitValue (recomputed per draw); false for a series (scaled by `amount`). */
  readonly fromQuantity: boolean
  /** Flows that fall outside the horizon and are left out. */
  readonly outsideHorizon: readonly number[]
}

export interface CompiledModel {
  readonly model: MkbaModel
  readonly items: readonly CompiledItem[]
  /** Base parameter vector: PARAMETER_COUNT values per item, in item order. */
  readonly base: Float64Array
}

/**
 * A model prepared for many evaluations: each item's flows placed on the horizon once (t, gross
 * per year, drop-off step k), and one parameter vector `base` of PARAMETER_COUNT values per item
 * (quantity, unitValue, amount, deadweight, attribution, displacement, dropOff) that the Monte
 * Carlo and the tornado vary without rebuilding the model.
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
 * compileModel(pilot)
 * // → { items: [{ t: [0], gross: [100000] }, { t: [1], gross: [1], fromQuantity: true }],
 * //     base: [0, 0, 1, 0, 0, 0, 0, 20, 6000, 1, 0, 0, 0, 0] }
 * ```
 */
export function compileModel(model: MkbaModel): CompiledModel {
  const stakeholderIndex = new Map(model.stakeholders.map((s, i) => [s, i]))
  const base = new Float64Array(model.items.length * PARAMETER_COUNT)
  const items = model.items.map((item, index): CompiledItem => {
    const o = index * PARAMETER_COUNT
    base[o + A] = 1
    base[o + DW] = item.deadweight
    base[o + AT] = item.attribution
    base[o + DI] = item.displacement
    base[o + DO] = item.dropOff
    const ts: number[] = []
    const gross: number[] = []
    const ks: number[] = []
    const outsideHorizon: number[] = []
    const place = (year: number, amount: number, k: number) => {
      const t = year - model.baseYear
      if (t < 0 || t >= model.horizonYears) outsideHorizon.push(year)
      else {
        ts.push(t)
        gross.push(amount)
        ks.push(k)
      }
    }
    if (isQuantityItem(item)) {
      base[o + Q] = item.quantity
      base[o + V] = item.unitValue
      for (let k = 0; k < item.durationYears; k++) place(item.startYear + k, 1, k)
    } else if (isSeriesItem(item)) {
      const years = Object.keys(item.years)
        .map(Number)
        .sort((a, b) => a - b)
      const first = years[0] ?? model.baseYear
      for (const year of years) place(year, item.years[String(year)] ?? 0, year - first)
    }
    return {
      item,
      stakeholder: stakeholderIndex.get(item.stakeholder) ?? -1,
      counterparty:
        item.counterparty === undefined ? -1 : (stakeholderIndex.get(item.counterparty) ?? -1),
      rate: item.discountRate ?? model.discountRate,
      ownRate: item.discountRate !== undefined || item.upfront === true,
      timing: item.upfront === true ? 'start-of-year' : model.timing,
      t: Int32Array.from(ts),
      gross: Float64Array.from(gross),
      k: Int32Array.from(ks),
      fromQuantity: isQuantityItem(item),
      outsideHorizon,
    }
  })
  return { model, items, base }
}

/**
 * Undiscounted real amounts of one item per horizon year, written into `out` (length ≥ horizon),
 * for the item's parameters at offset `o` of `params`.
 * amount_t = gross_t × (quantity × unitValue | amount) × impactFactor(adjustments, k_t).
 */
export function itemAmounts(
  item: CompiledItem,
  params: Float64Array,
  o: number,
  out: Float64Array,
): void {
  out.fill(0)
  if (item.item.category === 'unquantified') return
  const scale = item.fromQuantity ? params[o + Q]! * params[o + V]! : params[o + A]!
  const adjustments = {
    deadweight: params[o + DW]!,
    attribution: params[o + AT]!,
    displacement: params[o + DI]!,
    dropOff: params[o + DO]!,
  }
  for (let j = 0; j < item.t.length; j++) {
    out[item.t[j]!]! += item.gross[j]! * scale * impactFactor(adjustments, item.k[j]!)
  }
}

/** Present value of one item: Σ_t a_t · d(t) = scale · filter · Σ_j gross_j · keep^k_j · d(t_j). */
export function itemPresentValue(
  item: CompiledItem,
  params: Float64Array,
  o: number,
  discountFactors: Float64Array,
): number {
  if (item.item.category === 'unquantified') return 0
  return itemScale(item, params, o) * discountedSum(item, 1 - params[o + DO]!, discountFactors)
}

/**
 * The part of an item's PV that depends on amounts and adjustments but not on timing:
 * (quantity × unitValue | amount) × (1 − deadweight)(1 − attribution)(1 − displacement).
 */
export function itemScale(item: CompiledItem, params: Float64Array, o: number): number {
  const scale = item.fromQuantity ? params[o + Q]! * params[o + V]! : params[o + A]!
  return scale * (1 - params[o + DW]!) * (1 - params[o + AT]!) * (1 - params[o + DI]!)
}

/** Σ_j gross_j · keep^k_j · d(t_j): the timing part of an item's PV (keep = 1 − dropOff). */
export function discountedSum(
  item: CompiledItem,
  keep: number,
  discountFactors: Float64Array,
): number {
  let sum = 0
  for (let j = 0; j < item.t.length; j++) {
    sum += item.gross[j]! * keep ** item.k[j]! * discountFactors[item.t[j]!]!
  }
  return sum
}

/** Offset of the drop-off parameter within an item's parameter block. */
export const DROP_OFF = DO

/** d(t) for t = 0 … horizon − 1. */
export function discountFactors(
  rate: number,
  horizonYears: number,
  timing: MkbaModel['timing'],
): Float64Array {
  const d = new Float64Array(horizonYears)
  for (let t = 0; t < horizonYears; t++) d[t] = discountFactor(t, rate, timing)
  return d
}
