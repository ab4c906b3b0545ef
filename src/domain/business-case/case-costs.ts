import { discountFactor } from '../../mkba/index.js'
import { MS_PER_DAY } from '../calendar.js'
import type {
  ActivityCard,
  ConversationFile,
  TableConversation,
} from '../conversation/conversation.js'
import { expandRate, periodEnd } from '../conversation/rate.js'
import {
  createPricer,
  type ItemPrice,
  isPriceProblem,
  type PriceProblem,
  priceProblemText,
} from '../price-list/price-item.js'
import { STAKEHOLDERS, type Stakeholder } from '../stakeholder/stakeholder.js'
import type { CaseOptions, CaseResult, CaseWarning, PricedCard, Scenario } from './result-schema.js'

/** A priced index over the file's price list, at the file's base year and a price level. */
export type PriceLookup = (code: string) => ItemPrice | PriceProblem

/** The business case's pricer over a conversation file: `priceItem` at the file's base year. */
export function createPriceLookup(
  file: Pick<ConversationFile, 'priceList' | 'baseYear'>,
  level: CaseOptions['priceLevel'] = 'price',
): PriceLookup {
  return createPricer(file.priceList.items, file.baseYear, level)
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
  const cards: PricedCard[] = []
  const costs = {
    interventie: new Map<Stakeholder, Map<number, number>>(),
    referentie: new Map<Stakeholder, Map<number, number>>(),
  }
  forEachPricedCard(conversation, prices, options, warnings, (scenario, card, priced) => {
    const { cost, payer } = priced
    cards.push({ scenario, card: card.id, item: card.item, ...priced })
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
    cards,
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
  visit: (
    scenario: Scenario,
    card: ActivityCard,
    priced: Omit<PricedCard, 'scenario' | 'card' | 'item'>,
  ) => void,
): void {
  for (const scenario of ['interventie', 'referentie'] as const) {
    for (const card of conversation.scenarios[scenario].cards) {
      if (card.type !== 'activity') continue
      if (scenario === 'referentie' && options.excludeLowConfidence && card.confidence === 'low')
        continue
      const price = prices(card.item)
      if (isPriceProblem(price)) {
        warnings.push({ scenario, card: card.id, message: priceProblemText(price) })
        continue
      }
      const quantity = cardQuantity(card)
      visit(scenario, card, {
        quantity,
        unitPrice: price.price,
        cost: roundCents(quantity * price.price),
        payer: card.payer ?? price.payer,
      })
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
  forEachPricedCard(conversation, prices, options, [], (scenario, _card, { cost }) => {
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
  const to = Date.parse(end) + MS_PER_DAY
  const days = (to - from) / MS_PER_DAY
  const shares: Array<[number, number]> = []
  for (let y = y0; y <= Number(end.slice(0, 4)); y++) {
    const a = Math.max(from, Date.UTC(y, 0, 1))
    const b = Math.min(to, Date.UTC(y + 1, 0, 1))
    if (b > a) shares.push([y, (b - a) / MS_PER_DAY / days])
  }
  return shares
}
