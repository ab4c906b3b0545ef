import type { Stakeholder } from '../stakeholder/stakeholder.js'
import { indexPrice } from './indexation.js'
import { type PriceListItem, priceOf } from './price-list.js'

/** Which price of an item: its point price, or the low or high end of its range (sensitivity). */
export type PriceLevel = 'price' | 'low' | 'high'

/** A priced item: its unit price in euros at the asked price year, and who pays by default. */
export interface ItemPrice {
  readonly price: number
  readonly payer: Stakeholder
}

/** Why an item has no price at a price year; `priceProblemText` says it in Dutch and English. */
export type PriceProblem =
  | { readonly problem: 'not-in-list'; readonly code: string }
  | { readonly problem: 'no-tariff'; readonly code: string }
  | {
      readonly problem: 'no-cpi'
      readonly code: string
      readonly from: number
      readonly to: number
    }

/**
 * The one pricing rule of Effectwijzer, used by the business case, the MKBA and every report:
 * the item's price (or the low/high end of its range) moved from the item's own price year to
 * `priceYear` with the CBS CPI (`indexPrice`). An item without a price or without a price year
 * has no tariff (a price of unknown year cannot be indexed, so it is never used as it stands);
 * years the CPI series does not cover give no price either, never an extrapolated one.
 * Ref: Kostenhandleiding 2024 §3 (prices indexed with the CPI to one price year).
 */
export function priceItem(
  item: PriceListItem | undefined,
  code: string,
  priceYear: number,
  level: PriceLevel = 'price',
): ItemPrice | PriceProblem {
  if (!item) return { problem: 'not-in-list', code }
  const nominal = priceOf(item, level)
  if (nominal === undefined || item.priceYear === undefined) return { problem: 'no-tariff', code }
  const price = indexPrice(nominal, item.priceYear, priceYear)
  if (price === undefined) return { problem: 'no-cpi', code, from: item.priceYear, to: priceYear }
  return { price, payer: item.defaultPayer }
}

/** A price list indexed by code, priced at one price year and level, each code priced once. */
export function createPricer(
  items: readonly PriceListItem[],
  priceYear: number,
  level: PriceLevel = 'price',
): (code: string) => ItemPrice | PriceProblem {
  const byCode = new Map(items.map((i) => [i.code, i]))
  const cache = new Map<string, ItemPrice | PriceProblem>()
  return (code) => {
    let answer = cache.get(code)
    if (answer === undefined) {
      answer = priceItem(byCode.get(code), code, priceYear, level)
      cache.set(code, answer)
    }
    return answer
  }
}

export function isPriceProblem(answer: ItemPrice | PriceProblem): answer is PriceProblem {
  return 'problem' in answer
}

/** Why an item has no price, in Dutch and English. */
export function priceProblemText(p: PriceProblem): { readonly nl: string; readonly en: string } {
  switch (p.problem) {
    case 'not-in-list':
      return {
        nl: `prijslijstpost ${p.code} staat niet in de prijslijst`,
        en: `price-list item ${p.code} is not in the price list`,
      }
    case 'no-tariff':
      return {
        nl: `${p.code} heeft nog geen tarief (de gemeente stelt een eigen tarief vast)`,
        en: `${p.code} has no tariff yet (needs a local tariff)`,
      }
    case 'no-cpi':
      return {
        nl: `${p.code}: geen CPI-reeks van ${p.from} tot ${p.to}`,
        en: `${p.code}: no CPI series from ${p.from} to ${p.to}`,
      }
  }
}
