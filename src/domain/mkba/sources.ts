import {
  type ItemPrice,
  isPriceProblem,
  type PriceLevel,
  type PriceProblem,
  priceItem,
} from '../price-list/price-item.js'
import type { PriceList, PriceListItem } from '../price-list/price-list.js'
import { modelStakeholderFor } from '../stakeholder/stakeholder.js'
import type { EffectReference, MkbaModelFileInput } from './model-schema.js'
import type { EffectEstimate } from './parse-model.js'

/**
 * Where a model's numbers come from: the price list (unit values), the effect analysis
 * (quantities with their standard error) and the table conversations (savings per case).
 * Shared by the CLI, which reads files, and the builder, which picks from the app.
 */

/**
 * The `price` resolver of parseMkbaModel over a price list: `priceItem`, the rule the business
 * case uses too, at the model's price year.
 */
export function priceResolver(list: PriceList) {
  const items = new Map(list.items.map((i) => [i.code, i]))
  return (code: string, priceYear: number): ItemPrice | PriceProblem =>
    priceItem(items.get(code), code, priceYear)
}

/** An outcome of `effectwijzer analyse` results.json, as the builder lists it. */
export interface EffectOutcome extends EffectEstimate {
  readonly name: string
  readonly type: string
  readonly ciLow: number | undefined
  readonly ciHigh: number | undefined
}

/** The outcomes with an estimate and standard error in an analysis' results.json. */
export function effectOutcomes(results: unknown): EffectOutcome[] {
  const outcomes = (results as { outcomes?: unknown } | null | undefined)?.outcomes
  if (!Array.isArray(outcomes)) return []
  return outcomes.flatMap((o) => {
    const { name, type, estimate, se, ciLow, ciHigh } = o as Record<string, unknown>
    if (typeof name !== 'string' || typeof estimate !== 'number' || typeof se !== 'number')
      return []
    return [
      {
        name,
        type: typeof type === 'string' ? type : '',
        estimate,
        se,
        ciLow: typeof ciLow === 'number' ? ciLow : undefined,
        ciHigh: typeof ciHigh === 'number' ? ciHigh : undefined,
      },
    ]
  })
}

/** The `effect` resolver of parseMkbaModel: the referenced outcome's estimate and SE. */
export function findEffect(
  results: unknown,
  reference: EffectReference,
): EffectEstimate | undefined {
  const outcome = effectOutcomes(results).find((o) => o.name === reference.outcome)
  return outcome && { estimate: outcome.estimate, se: outcome.se }
}

type ItemInput = MkbaModelFileInput['items'][number]

/**
 * A model item valued from the price list: unit value = the item's price at the model's price
 * year, recorded as `unitValueFrom` so that a re-run takes the list's current tariff; its
 * low–high range becomes a triangular distribution around the price (the Kostenhandleiding
 * gives a range, not a shape: the triangle is the least-informed shape with a mode). A price
 * is what a resource costs, so the item starts as a cost, borne by the item's payer as the
 * model names it (a Wmo tariff is the model's `gemeente` when the model has no Wmo of its own).
 */
export function itemFromPrice(
  item: PriceListItem,
  model: Pick<MkbaModelFileInput, 'priceYear' | 'baseYear' | 'stakeholders'>,
  id: string,
): ItemInput | undefined {
  const at = (level: PriceLevel) => {
    const answer = priceItem(item, item.code, model.priceYear, level)
    return isPriceProblem(answer) ? undefined : answer.price
  }
  const price = at('price')
  if (price === undefined) return undefined
  const low = at('low')
  const high = at('high')
  const ranged = low !== undefined && high !== undefined && (low !== price || high !== price)
  return {
    id,
    label: item.name.nl,
    kind: 'cost',
    category: 'financial',
    stakeholder: modelStakeholderFor(item.defaultPayer, model.stakeholders),
    quantity: 1,
    unitValueFrom: { priceListItem: item.code },
    startYear: model.baseYear,
    durationYears: 1,
    ...(ranged
      ? { uncertainty: { unitValue: { distribution: 'triangular', low, mode: price, high } } }
      : {}),
  }
}

/**
 * A model item from an effect estimate: quantity = multiplier × estimate (e.g. participants ×
 * the difference in the share at work), drawn in Monte Carlo as normal on the estimate and its
 * standard error. The unit value is left for the user to set.
 */
export function itemFromEffect(
  outcome: EffectOutcome,
  multiplier: number,
  model: Pick<MkbaModelFileInput, 'baseYear' | 'stakeholders'>,
  id: string,
  source: string,
): ItemInput {
  return {
    id,
    label: `${outcome.name} (${source})`,
    kind: 'benefit',
    category: 'social',
    stakeholder: model.stakeholders[0] ?? 'inwoner',
    quantity: multiplier * outcome.estimate,
    unitValue: 0,
    startYear: model.baseYear,
    durationYears: 1,
    uncertainty: {
      quantity: {
        distribution: 'effect',
        estimate: outcome.estimate,
        se: outcome.se,
        multiplier,
        shared: `${outcome.name} (${source})`,
      },
    },
  }
}

/**
 * A model item from the table conversations: the mean saving per case (referentie −
 * interventie) times the number of cases to scale to. With its 95% bootstrap interval the
 * unit value is drawn as normal with sd = (high − low) / (2 × 1.96) (the interval of a
 * normal mean); a negative mean becomes a cost.
 */
export function itemFromCases(
  saving: { readonly label: string; readonly stakeholder: string; readonly mean: number },
  interval: { readonly low: number; readonly high: number } | undefined,
  cases: number,
  model: Pick<MkbaModelFileInput, 'baseYear'>,
  id: string,
): ItemInput {
  const benefit = saving.mean >= 0
  const value = Math.abs(saving.mean)
  return {
    id,
    label: saving.label,
    kind: benefit ? 'benefit' : 'cost',
    category: 'financial',
    stakeholder: saving.stakeholder,
    quantity: cases,
    unitValue: value,
    startYear: model.baseYear,
    durationYears: 1,
    ...(interval
      ? {
          uncertainty: {
            unitValue: {
              distribution: 'normal',
              mean: value,
              sd: (interval.high - interval.low) / (2 * 1.959963984540054),
            },
          },
        }
      : {}),
  }
}
