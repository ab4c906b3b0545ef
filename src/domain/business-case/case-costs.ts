import { discountFactor } from '../../mkba/index.js'
import type {
  ActivityCard,
  ConversationFile,
  TableConversation,
} from '../conversation/conversation.js'
import { expandRate, periodEnd } from '../conversation/rate.js'
import { indexPrice } from '../price-list/indexation.js'
import {
  type PriceListItem,
  priceOf,
  STAKEHOLDERS,
  type Stakeholder,
} from '../price-list/price-list.js'

export type Scenario = 'interventie' | 'referentie'

export interface CaseOptions {
  /** Use the items' low or high prices instead of their point price (sensitivity). */
  readonly priceLevel?: 'price' | 'low' | 'high'
  /** Leave out reference cards the table rated low-confidence (sensitivity). */
  readonly excludeLowConfidence?: boolean
  /** Discount each year's costs to the case's first year at this real rate (optional). */
  readonly discountRate?: number
}

export interface StakeholderCosts {
  readonly stakeholder: Stakeholder
  readonly interventie: number
  readonly referentie: number
  /** referentie − interventie: positive means the approach saves this stakeholder money. */
  readonly difference: number
}

export interface CaseResult {
  readonly caseId: string
  readonly measurement: string
  readonly interventie: number
  readonly referentie: number
  readonly difference: number
  readonly perStakeholder: readonly StakeholderCosts[]
  readonly perYear: ReadonlyArray<{
    year: number
    interventie: number
    referentie: number
    difference: number
  }>
  /** The cards left out, in English (as results.json lists them). */
  readonly warnings: readonly string[]
  /** The same with scenario, card and Dutch and English text. */
  readonly warningDetails: readonly CaseWarning[]
}

/** A priced index over the file's price list, at the file's base year and a price level. */
export type PriceLookup = (
  code: string,
) => { price: number; payer: Stakeholder } | { missing: LocalisedText }

type LocalisedText = { readonly nl: string; readonly en: string }

/** A card the business case had to leave out, and why, in Dutch and English. */
export interface CaseWarning {
  readonly scenario: Scenario
  readonly card: string
  readonly message: LocalisedText
}

export function createPriceLookup(
  file: Pick<ConversationFile, 'priceList' | 'baseYear'>,
  level: CaseOptions['priceLevel'] = 'price',
): PriceLookup {
  const items = new Map<string, PriceListItem>(file.priceList.items.map((i) => [i.code, i]))
  const cache = new Map<string, ReturnType<PriceLookup>>()
  return (code) => {
    const hit = cache.get(code)
    if (hit) return hit
    const item = items.get(code)
    const nominal = item && priceOf(item, level)
    let answer: ReturnType<PriceLookup>
    if (!item)
      answer = {
        missing: {
          nl: `prijslijstpost ${code} staat niet in de prijslijst`,
          en: `price-list item ${code} is not in the file's price list`,
        },
      }
    else if (nominal === undefined || item.priceYear === undefined)
      answer = {
        missing: {
          nl: `${code} heeft nog geen tarief (de gemeente stelt een eigen tarief vast)`,
          en: `${code} has no tariff yet (needs a local tariff)`,
        },
      }
    else {
      const indexed = indexPrice(nominal, item.priceYear, file.baseYear)
      answer =
        indexed === undefined
          ? {
              missing: {
                nl: `${code}: geen CPI-reeks van ${item.priceYear} tot ${file.baseYear}`,
                en: `${code}: no CPI series from ${item.priceYear} to ${file.baseYear}`,
              },
            }
          : { price: indexed, payer: item.defaultPayer }
    }
    cache.set(code, answer)
    return answer
  }
}

/** The quantity of an activity card: given, or expanded from its rate, or 1. */
export function cardQuantity(card: ActivityCard): number {
  if (card.quantity !== undefined) return card.quantity
  if (card.rate !== undefined) return expandRate(card.rate)
  return 1
}

/**
 * The business case of one table conversation: the cost of each scenario per stakeholder per
 * year, and the difference (referentie − interventie).
 *
 * ## Method
 *
 *   cost(card) = round₂(quantity × price indexed to the base year)       (euros, whole cents)
 *   a card with a period (its end, or its rate's duration) is spread over calendar years by
 *   its days in each year
 *   optional discounting: cost_y × (1 + r)^−(y − y₀), y₀ the case's first year
 *
 * Each card is rounded to whole cents once (half away from zero), so totals add up to the cent
 * as a spreadsheet of the same cards would. Ref: Effectencalculator method (research/
 * effectencalculator.md §1.3, §5.1); Werkgroep discontovoet 2020 for the optional rate.
 */
export function computeCase(
  conversation: TableConversation,
  prices: PriceLookup,
  options: CaseOptions = {},
): CaseResult {
  const warnings: CaseWarning[] = []
  const costs = {
    interventie: new Map<Stakeholder, Map<number, number>>(),
    referentie: new Map<Stakeholder, Map<number, number>>(),
  }
  forEachPricedCard(conversation, prices, options, warnings, (scenario, card, cost, payer) => {
    for (const [year, share] of yearShares(card.start, periodEnd(card))) {
      const byYear = costs[scenario].get(payer) ?? new Map<number, number>()
      byYear.set(year, (byYear.get(year) ?? 0) + cost * share)
      costs[scenario].set(payer, byYear)
    }
  })
  const years = [
    ...new Set(
      [...costs.interventie.values(), ...costs.referentie.values()].flatMap((m) => [...m.keys()]),
    ),
  ].sort((a, b) => a - b)
  const firstYear = years[0] ?? 0
  const factor = (year: number) =>
    options.discountRate === undefined
      ? 1
      : discountFactor(year - firstYear, options.discountRate, 'start-of-year')
  const total = (scenario: Scenario, stakeholder?: Stakeholder, year?: number) => {
    let sum = 0
    for (const [s, byYear] of costs[scenario]) {
      if (stakeholder !== undefined && s !== stakeholder) continue
      for (const [y, amount] of byYear)
        if (year === undefined || y === year) sum += amount * factor(y)
    }
    return roundCents(sum)
  }
  const perStakeholder = STAKEHOLDERS.filter(
    (s) => costs.interventie.has(s) || costs.referentie.has(s),
  ).map((stakeholder) => {
    const interventie = total('interventie', stakeholder)
    const referentie = total('referentie', stakeholder)
    return {
      stakeholder,
      interventie,
      referentie,
      difference: roundCents(referentie - interventie),
    }
  })
  const interventie = total('interventie')
  const referentie = total('referentie')
  return {
    caseId: conversation.caseId,
    measurement: conversation.measurement,
    interventie,
    referentie,
    difference: roundCents(referentie - interventie),
    perStakeholder,
    perYear: years.map((year) => {
      const i = total('interventie', undefined, year)
      const r = total('referentie', undefined, year)
      return { year, interventie: i, referentie: r, difference: roundCents(r - i) }
    }),
    warnings: warnings.map(
      (w) => `${conversation.caseId} ${w.scenario} card ${w.card}: ${w.message.en}; left out`,
    ),
    warningDetails: warnings,
  }
}

/**
 * Every priced activity card of both scenarios with its cost, rounded to whole cents once
 * (half away from zero), and its payer. Cards whose item has no price are left out with a
 * warning; low-confidence reference cards are left out on request. A callback, not a
 * generator: a project visits some 10⁵ cards several times, and a generator's result objects
 * cost more than the arithmetic.
 */
function forEachPricedCard(
  conversation: TableConversation,
  prices: PriceLookup,
  options: CaseOptions,
  warnings: CaseWarning[],
  visit: (scenario: Scenario, card: ActivityCard, cost: number, payer: Stakeholder) => void,
): void {
  for (const scenario of ['interventie', 'referentie'] as const) {
    for (const card of conversation.scenarios[scenario].cards) {
      if (card.type !== 'activity') continue
      if (scenario === 'referentie' && options.excludeLowConfidence && card.confidence === 'low')
        continue
      const price = prices(card.item)
      if ('missing' in price) {
        warnings.push({ scenario, card: card.id, message: price.missing })
        continue
      }
      const cost = roundCents(cardQuantity(card) * price.price)
      visit(scenario, card, cost, card.payer ?? price.payer)
    }
  }
}

/**
 * A case's difference (referentie − interventie) alone, without the per-stakeholder and
 * per-year tables: what the sensitivity variants of a project need. Equal to
 * computeCase(...).difference, because without discounting the per-year shares of a card
 * add up to the card. With a discount rate it takes the full computation.
 */
export function caseDifference(
  conversation: TableConversation,
  prices: PriceLookup,
  options: CaseOptions = {},
): number {
  if (options.discountRate !== undefined)
    return computeCase(conversation, prices, options).difference
  const total = { interventie: 0, referentie: 0 }
  forEachPricedCard(conversation, prices, options, [], (scenario, _card, cost) => {
    total[scenario] += cost
  })
  return roundCents(roundCents(total.referentie) - roundCents(total.interventie))
}

/** Rounds euros to whole cents, half away from zero. */
export function roundCents(euros: number): number {
  return (Math.sign(euros) * Math.round(Math.abs(euros) * 100 + 1e-9)) / 100
}

/** Shares of a period per calendar year, by days (a single date: all in its year). */
function yearShares(start: string, end: string | undefined): Array<[number, number]> {
  const y0 = Number(start.slice(0, 4))
  if (end === undefined || end.slice(0, 4) === start.slice(0, 4)) return [[y0, 1]]
  const from = Date.parse(start)
  const to = Date.parse(end) + 86_400_000
  const days = (to - from) / 86_400_000
  const shares: Array<[number, number]> = []
  for (let y = y0; y <= Number(end.slice(0, 4)); y++) {
    const a = Math.max(from, Date.UTC(y, 0, 1))
    const b = Math.min(to, Date.UTC(y + 1, 0, 1))
    if (b > a) shares.push([y, (b - a) / 86_400_000 / days])
  }
  return shares
}
