import { z } from 'zod'
import { type BudgetDomain, spendStakeholder } from '../budget/budget-domain.js'
import type { LocalisedMessage } from '../errors.js'
import { formatNumber } from '../format/index.js'
import { paidAtPriceLevel } from '../price-list/indexation.js'
import { priceProblemText } from '../price-list/price-item.js'
import type { PriceListItem } from '../price-list/price-list.js'
import { hourlyTariff, hoursCents, isTariffProblem } from '../time/hourly-tariff.js'
import {
  type ActivityCard,
  activityCardSchema,
  type Card,
  type CardOrigin,
} from './conversation.js'
import { SCENARIOS, type ScenarioName } from './edits.js'

/** The item code of a card that is a spend from the unshielded budget (its amount is money). */
export const BUDGET_SPEND_ITEM = 'ONTSCHOT-BUDGET'

/** A contact of the case as recorded in the time registration, with its organisation. */
export interface RecordedContact {
  readonly organisationId: string
  readonly organisationName: string
  readonly organisationKind: string
  readonly minutes: number
  readonly date: string
  /** Time for the professional's own organisation (moederorganisatie): not the pilot's cost. */
  readonly ownOrganisation: boolean
}

/** A row of the case's unshielded-budget ledger: a spend, or a correction of one. */
export interface RecordedSpendRow {
  readonly id: string
  readonly amountCents: number
  readonly date: string
  readonly replacesDomain: BudgetDomain | null
  readonly corrects: string | null
}

const localisedSchema = z.object({ nl: z.string(), en: z.string() })

export const recordedCardsSchema = z.object({
  /** The price year the hours are priced at: the conversation's business case's. */
  priceYear: z.number().int(),
  /** Interventie cards, one per organisation's hours and per domain and day of spends. */
  cards: z.array(
    z.object({
      card: activityCardSchema,
      /** What the card costs at the price year, in cents (null: the CPI does not reach it). */
      cents: z.number().int().nullable(),
      source: localisedSchema,
    }),
  ),
  /** Hours that cannot become a card, and why (never a silent zero). */
  problems: z.array(
    z.object({
      organisationName: z.string(),
      contacts: z.number().int(),
      minutes: z.number().int(),
      problem: localisedSchema,
    }),
  ),
  /** What stayed out: own-organisation contacts, and spends cancelled by their corrections. */
  ownOrganisationContacts: z.number().int(),
  cancelledSpends: z.number().int(),
})
export type RecordedCards = z.infer<typeof recordedCardsSchema>

const NO_HOURLY_ITEM: LocalisedMessage = {
  nl: 'deze soort organisatie heeft geen uurtarief in de prijslijst',
  en: 'this kind of organisation has no hourly tariff in the price list',
}

/**
 * A taken-over card's source line in Dutch and English: "tijdregistratie: 3 contacten, 1,5 uur",
 * "ontschot budget: 2 uitgaven".
 * @example
 * ```ts
 * recordedSource({ kind: 'time-registration', key: 'k', contacts: 3, minutes: 90 }).nl
 * // → 'tijdregistratie: 3 contacten, 1,5 uur'
 * recordedSource({ kind: 'budget', key: 'k', spends: 1 }).en // → 'unshielded budget: 1 spend'
 * ```
 */
export function recordedSource(origin: CardOrigin): LocalisedMessage {
  if (origin.kind === 'budget') {
    const n = origin.spends
    return {
      nl: `ontschot budget: ${n} ${n === 1 ? 'uitgave' : 'uitgaven'}`,
      en: `unshielded budget: ${n} ${n === 1 ? 'spend' : 'spends'}`,
    }
  }
  const n = origin.contacts
  const hours = origin.minutes / 60
  const h = (language: 'nl' | 'en') => formatNumber(hours, language, { upTo: 2 })
  return {
    nl: `tijdregistratie: ${n} ${n === 1 ? 'contact' : 'contacten'}, ${h('nl')} uur`,
    en: `time registration: ${n} ${n === 1 ? 'contact' : 'contacts'}, ${h('en')} ${hours === 1 ? 'hour' : 'hours'}`,
  }
}

/**
 * A case's recorded hours and budget spends as cards of a table conversation's intervention
 * scenario. Hours: one card per organisation, its pilot contacts (own-organisation time left
 * out) × the organisation's hourly tariff (`hourlyTariff`, so `priceItem`, at `priceYear`),
 * from the first contact to the last, borne by the tariff's payer. Spends: one money card per
 * domain and day, net of corrections, borne by the municipality's budget of that domain
 * (`spendStakeholder`), its cost at the price year by `paidAtPriceLevel`. A tariff that is missing is returned as a problem, never priced at 0.
 * Each card's id and `origin.key` are stable, so taking the records over again updates cards.
 * @example
 * ```ts
 * const item = { code: 'WIJKTEAM-UUR', name: { nl: 'Uur', en: 'Hour' }, category: 'personeel',
 *   domain: 'wmo', unit: 'hour', priceCents: 8000, priceYear: 2025,
 *   defaultPayer: 'gemeente-overig', needsLocalTariff: true } as const
 * const contact = { organisationId: 'o1', organisationName: 'Wijkteam',
 *   organisationKind: 'wijkteam', date: '2025-03-01', ownOrganisation: false }
 * const taken = recordedCards(
 *   [{ ...contact, minutes: 60 }, { ...contact, minutes: 30, date: '2025-04-01' }],
 *   [{ id: 's1', amountCents: 45000, date: '2025-05-01', replacesDomain: 'wmo', corrects: null }],
 *   [item], 2025)
 * taken.cards.map((c) => [c.card.id, c.cents, c.source.nl])
 * // → [['recorded-hours-o1', 12000, 'tijdregistratie: 2 contacten, 1,5 uur'],
 * //    ['recorded-budget-wmo-2025-05-01', 45000, 'ontschot budget: 1 uitgave']]
 * ```
 */
export function recordedCards(
  contacts: readonly RecordedContact[],
  spends: readonly RecordedSpendRow[],
  priceList: readonly PriceListItem[],
  priceYear: number,
): RecordedCards {
  const hours = hourCards(contacts, priceList, priceYear)
  const money = spendCards(spends, priceYear)
  return {
    priceYear,
    cards: [...hours.cards, ...money.cards],
    problems: hours.problems,
    ownOrganisationContacts: contacts.filter((c) => c.ownOrganisation).length,
    cancelledSpends: money.cancelled,
  }
}

function hourCards(
  contacts: readonly RecordedContact[],
  priceList: readonly PriceListItem[],
  priceYear: number,
) {
  const byOrganisation = new Map<string, RecordedContact[]>()
  for (const c of contacts)
    if (!c.ownOrganisation)
      byOrganisation.set(c.organisationId, [...(byOrganisation.get(c.organisationId) ?? []), c])
  const cards: RecordedCards['cards'] = []
  const problems: RecordedCards['problems'] = []
  for (const [organisationId, own] of byOrganisation) {
    const first = own[0] as RecordedContact
    const minutes = own.reduce((sum, c) => sum + c.minutes, 0)
    const tariff = hourlyTariff(first.organisationKind, priceList, priceYear)
    if (isTariffProblem(tariff)) {
      problems.push({
        organisationName: first.organisationName,
        contacts: own.length,
        minutes,
        problem: tariff.problem === 'no-hourly-item' ? NO_HOURLY_ITEM : priceProblemText(tariff),
      })
      continue
    }
    const dates = own.map((c) => c.date).sort()
    const start = dates[0] as string
    const end = dates.at(-1) as string
    const origin: CardOrigin = {
      kind: 'time-registration',
      key: `time:${organisationId}`,
      contacts: own.length,
      minutes,
    }
    const card: ActivityCard = {
      type: 'activity',
      id: `recorded-hours-${organisationId}`,
      item: tariff.code,
      payer: tariff.payer,
      provider: first.organisationName,
      start,
      ...(end > start ? { end } : {}),
      quantity: minutes / 60,
      origin,
    }
    cards.push({ card, cents: hoursCents(minutes, tariff.euros), source: recordedSource(origin) })
  }
  return { cards, problems }
}

function spendCards(rows: readonly RecordedSpendRow[], priceYear: number) {
  const spends = rows.filter((r) => r.corrects === null)
  const net = new Map(spends.map((s) => [s.id, s.amountCents]))
  for (const r of rows)
    if (r.corrects !== null && net.has(r.corrects))
      net.set(r.corrects, (net.get(r.corrects) ?? 0) + r.amountCents)
  const groups = new Map<
    string,
    { domain: BudgetDomain | null; date: string; cents: number; n: number }
  >()
  let cancelled = 0
  for (const s of spends) {
    const cents = net.get(s.id) ?? 0
    if (cents <= 0) {
      cancelled++
      continue
    }
    const key = `${s.replacesDomain ?? 'other'}-${s.date}`
    const group = groups.get(key) ?? { domain: s.replacesDomain, date: s.date, cents: 0, n: 0 }
    groups.set(key, { ...group, cents: group.cents + cents, n: group.n + 1 })
  }
  const cards = [...groups].map(([key, g]) => {
    const origin: CardOrigin = { kind: 'budget', key: `budget:${key}`, spends: g.n }
    const card: ActivityCard = {
      type: 'activity',
      id: `recorded-budget-${key}`,
      item: BUDGET_SPEND_ITEM,
      payer: spendStakeholder(g.domain),
      start: g.date,
      amountCents: g.cents,
      origin,
    }
    const euros = paidAtPriceLevel(g.cents / 100, g.date, priceYear)
    const cents = euros === undefined ? null : Math.round(euros * 100)
    return { card, cents, source: recordedSource(origin) }
  })
  return { cards, cancelled }
}

/** What taking a proposed card over does to the conversation as it stands. */
export type TakeOverStep = 'add' | 'update' | 'unchanged'

/**
 * How each proposed card lands in the conversation: added, or — when a card with the same
 * origin key is already there, in either scenario — updated under that card's id, or left
 * unchanged when it already says the same. Taking over twice therefore never duplicates.
 * @example
 * ```ts
 * const card = { type: 'activity', id: 'recorded-budget-wmo-2025-05-01', item: 'ONTSCHOT-BUDGET',
 *   start: '2025-05-01', amountCents: 45000,
 *   origin: { kind: 'budget', key: 'budget:wmo-2025-05-01', spends: 1 } } as const
 * const conversation = { scenarios: { interventie: { cards: [] }, referentie: { cards: [] } } }
 * takeOverPlan([card], conversation)[0]?.step // → 'add'
 * const taken = { scenarios: { interventie: { cards: [card] }, referentie: { cards: [] } } }
 * takeOverPlan([{ ...card, amountCents: 50000 }], taken)[0]?.step // → 'update'
 * ```
 */
export function takeOverPlan(
  proposed: readonly ActivityCard[],
  conversation: { readonly scenarios: Record<ScenarioName, { readonly cards: readonly Card[] }> },
): { card: ActivityCard; step: TakeOverStep; before: ActivityCard | undefined }[] {
  const present = new Map<string, ActivityCard>()
  for (const scenario of SCENARIOS)
    for (const c of conversation.scenarios[scenario].cards)
      if (c.type === 'activity' && c.origin) present.set(c.origin.key, c)
  return proposed.map((card) => {
    const before = card.origin ? present.get(card.origin.key) : undefined
    if (!before) return { card, step: 'add', before }
    const updated = { ...card, id: before.id }
    const same = JSON.stringify(sorted(updated)) === JSON.stringify(sorted(before))
    return { card: updated, step: same ? 'unchanged' : 'update', before }
  })
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sorted(v)]),
  )
}
