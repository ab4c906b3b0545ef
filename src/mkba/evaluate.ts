import {
  type CompiledModel,
  compileModel,
  discountFactors,
  itemAmounts,
  itemPresentValue,
  PARAMETER_COUNT,
} from './compile.js'
import { findDoubleCounting } from './double-counting.js'
import { addToStakeholders, addToTotals, ratioOf, type Totals } from './ledger.js'
import type { EffectSign, MkbaModel, TimingConvention } from './model.js'
import type { MkbaWarning } from './warnings.js'

export interface StakeholderBalance {
  readonly stakeholder: string
  readonly pvCosts: number
  readonly pvBenefits: number
  readonly net: number
}

export interface YearFlow {
  readonly year: number
  /** Undiscounted real costs and benefits for society (transfers net out). */
  readonly costs: number
  readonly benefits: number
  readonly benefitsFinancial: number
  readonly discountFactor: number
  readonly pvNet: number
  readonly cumulativePvNet: number
}

export interface ItemValue {
  readonly id: string
  readonly label: string
  readonly stakeholder: string
  /** For transfers: the stakeholder on the other side. */
  readonly counterparty?: string
  readonly kind: 'cost' | 'benefit'
  readonly category: string
  readonly pv: number
}

export interface UnquantifiedEffect {
  readonly id: string
  readonly label: string
  readonly stakeholder: string
  readonly sign: EffectSign
}

export interface MkbaResult {
  readonly name: string
  readonly baseYear: number
  readonly priceYear: number
  readonly horizonYears: number
  readonly discountRate: number
  readonly timing: TimingConvention
  readonly pvCosts: number
  readonly pvBenefits: number
  readonly pvBenefitsFinancial: number
  readonly npv: number
  readonly npvFinancial: number
  /** All benefits per euro of cost ("each invested euro returns …"); null without costs. */
  readonly ratio: number | null
  /** Financial benefits only per euro of cost. */
  readonly ratioFinancial: number | null
  /** First year in which the cumulative discounted net benefit is ≥ 0; null if never within the horizon. */
  readonly paybackYear: number | null
  readonly perStakeholder: readonly StakeholderBalance[]
  readonly years: readonly YearFlow[]
  readonly items: readonly ItemValue[]
  readonly unquantified: readonly UnquantifiedEffect[]
  /** The warnings in English (as results.json lists them). */
  readonly warnings: readonly string[]
  /** The same warnings with their code, items and Dutch and English text. */
  readonly warningDetails: readonly MkbaWarning[]
}

/**
 * Deterministic MKBA of a model.
 *
 * ## Method
 *
 *   PV_i   = Σ_t a_{i,t} · (1 + r_i)^−τ(t)        τ(t) = t (start-of-year) or t + 1 (end-of-year)
 *   NPV    = PV(benefits) − PV(costs)             society: transfers cancel
 *   B/C    = PV(benefits) / PV(costs)             "each invested euro returns B/C euros"
 *   B/C_fin = PV(financial benefits incl. transfers received) / PV(costs)
 *
 * ## References
 *
 * - Romijn, G., and G. Renes. 2013. Algemene leidraad voor maatschappelijke
 *   kosten-batenanalyse. Den Haag: CPB/PBL. https://www.cpb.nl/publicatie/algemene-leidraad-voor-maatschappelijke-kosten-batenanalyse
 * - Werkgroep discontovoet 2020 (2.25% standard rate) — https://www.rwseconomie.nl/discontovoet
 * - research/mkba.md TC1, TC3, TC5 (tested in evaluate.test.ts).
 *
 * @example
 * ```ts
 * // TC1, a published SROI case (research/mkba.md §4; evaluate.test.ts):
 * const tc1: MkbaModel = {
 *   name: 'TC1', baseYear: 1, priceYear: 1, horizonYears: 5, discountRate: 0.035,
 *   timing: 'start-of-year', stakeholders: ['funder', 'participants'],
 *   items: [
 *     { id: 'inputs', kind: 'cost', category: 'financial', stakeholder: 'funder', upfront: true,
 *       years: { 1: 250000 }, deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 },
 *     { id: 'outcome', kind: 'benefit', category: 'social', stakeholder: 'participants',
 *       quantity: 60, unitValue: 8500, startYear: 1, durationYears: 2,
 *       deadweight: 0.4, attribution: 0.3, displacement: 0, dropOff: 0.3 },
 *   ],
 * }
 * evaluateModel(tc1)
 * // → { pvCosts: 250000, pvBenefits: 359069.57…, ratio: 1.4363…, paybackYear: 2,
 * //     years: [{ year: 1, benefits: 214200 }, { year: 2, benefits: 149940 }, …] }
 * evaluateModel({ ...tc1, timing: 'end-of-year' })
 * // → { pvBenefits: 346927.12…, ratio: 1.3877… }
 * ```
 */
export function evaluateModel(model: MkbaModel): MkbaResult {
  return evaluateCompiled(compileModel(model))
}

/**
 * evaluateModel on a compiled model, optionally with another parameter vector in the layout of
 * `compiled.base` (as one Monte Carlo draw or one end of a tornado bar).
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
 * const compiled = compileModel(pilot)
 * evaluateCompiled(compiled) // → { npv: 17359.41…, ratio: 1.1736…, paybackYear: 2025 }
 * const params = compiled.base.slice()
 * params[7] = 30 // the second item's quantity (7 parameters per item)
 * evaluateCompiled(compiled, params) // → { npv: 76039.12… }
 * ```
 */
export function evaluateCompiled(compiled: CompiledModel, params = compiled.base): MkbaResult {
  const { model } = compiled
  const H = model.horizonYears
  const S = model.stakeholders.length
  const modelFactors = discountFactors(model.discountRate, H, model.timing)
  const totals: Totals = { pvCosts: 0, pvBenefits: 0, pvBenefitsFinancial: 0 }
  const stakeholderCosts = new Float64Array(S)
  const stakeholderBenefits = new Float64Array(S)
  const yearCosts = new Float64Array(H)
  const yearBenefits = new Float64Array(H)
  const yearFinancial = new Float64Array(H)
  const yearPvNet = new Float64Array(H)
  const amounts = new Float64Array(H)
  const items: ItemValue[] = []
  const warnings: MkbaWarning[] = []

  compiled.items.forEach((item, index) => {
    const o = index * PARAMETER_COUNT
    const factors = item.ownRate ? discountFactors(item.rate, H, item.timing) : modelFactors
    const pv = itemPresentValue(item, params, o, factors)
    addToTotals(totals, item, pv)
    addToStakeholders(stakeholderCosts, stakeholderBenefits, item, pv)
    items.push({
      id: item.item.id,
      label: item.item.label ?? item.item.id,
      stakeholder: item.item.stakeholder,
      ...(item.item.counterparty !== undefined ? { counterparty: item.item.counterparty } : {}),
      kind: item.item.kind,
      category: item.item.category,
      pv,
    })
    itemAmounts(item, params, o, amounts)
    const { kind, category } = item.item
    for (let t = 0; t < H; t++) {
      const a = amounts[t]!
      if (a === 0) continue
      if (category === 'transfer') {
        yearFinancial[t]! += a
        continue
      }
      const sign = kind === 'cost' ? -1 : 1
      if (kind === 'cost') yearCosts[t]! += a
      else yearBenefits[t]! += a
      if (kind === 'benefit' && category === 'financial') yearFinancial[t]! += a
      yearPvNet[t]! += sign * a * factors[t]!
    }
    if (item.outsideHorizon.length > 0) {
      const { id } = item.item
      const n = item.outsideHorizon.length
      const span = `${model.baseYear}–${model.baseYear + H - 1}`
      const list = item.outsideHorizon.join(', ')
      warnings.push({
        code: 'outside-horizon',
        items: [id],
        message: {
          nl: `Post "${id}": ${n} jaar buiten de looptijd ${span} niet meegeteld (${list}).`,
          en: `Item "${id}": ${n} year(s) outside the horizon ${span} left out (${list}).`,
        },
      })
    }
  })
  warnings.push(...findDoubleCounting(model.items))

  const years: YearFlow[] = []
  let cumulative = 0
  let paybackYear: number | null = null
  for (let t = 0; t < H; t++) {
    cumulative += yearPvNet[t]!
    // Payback: the first year from which the cumulative discounted net stays ≥ 0 to the end.
    if (cumulative >= -1e-9 && paybackYear === null) paybackYear = model.baseYear + t
    if (cumulative < -1e-9) paybackYear = null
    years.push({
      year: model.baseYear + t,
      costs: yearCosts[t]!,
      benefits: yearBenefits[t]!,
      benefitsFinancial: yearFinancial[t]!,
      discountFactor: modelFactors[t]!,
      pvNet: yearPvNet[t]!,
      cumulativePvNet: cumulative,
    })
  }

  return {
    name: model.name,
    baseYear: model.baseYear,
    priceYear: model.priceYear,
    horizonYears: H,
    discountRate: model.discountRate,
    timing: model.timing,
    pvCosts: totals.pvCosts,
    pvBenefits: totals.pvBenefits,
    pvBenefitsFinancial: totals.pvBenefitsFinancial,
    npv: totals.pvBenefits - totals.pvCosts,
    npvFinancial: totals.pvBenefitsFinancial - totals.pvCosts,
    ratio: ratioOf(totals.pvBenefits, totals.pvCosts),
    ratioFinancial: ratioOf(totals.pvBenefitsFinancial, totals.pvCosts),
    paybackYear,
    perStakeholder: model.stakeholders.map((stakeholder, s) => ({
      stakeholder,
      pvCosts: stakeholderCosts[s]!,
      pvBenefits: stakeholderBenefits[s]!,
      net: stakeholderBenefits[s]! - stakeholderCosts[s]!,
    })),
    years,
    items,
    unquantified: model.items
      .filter((item) => item.category === 'unquantified')
      .map((item) => ({
        id: item.id,
        label: item.label ?? item.id,
        stakeholder: item.stakeholder,
        sign: item.sign ?? '?',
      })),
    warnings: warnings.map((w) => w.message.en),
    warningDetails: warnings,
  }
}
