import { describe, expect, it } from 'vitest'
import { computeCase, createPriceLookup } from '../business-case/case-costs.js'
import type { PriceListItem } from '../price-list/price-list.js'
import type { TableConversation } from './conversation.js'
import { applyEdit, type LiveConversation } from './edits.js'
import {
  type RecordedContact,
  type RecordedSpendRow,
  recordedCards,
  takeOverPlan,
} from './recorded-cards.js'

const wijkteamHour: PriceListItem = {
  code: 'WIJKTEAM-UUR',
  name: { nl: 'Uur wijkteammedewerker', en: 'Hour of a wijkteam worker' },
  category: 'personeel',
  domain: 'wmo',
  unit: 'hour',
  priceCents: 8050,
  priceYear: 2026,
  defaultPayer: 'gemeente-overig',
  needsLocalTariff: true,
  override: { reason: 'Loonkosten schaal 10 plus overhead' },
}
// The municipality has not set its own consultant tariff yet.
const consultantHour: PriceListItem = {
  ...wijkteamHour,
  code: 'WI-CONSULENT-UUR',
  priceCents: undefined,
  defaultPayer: 'gemeente-participatiewet',
  override: undefined,
}
const PRICES = [wijkteamHour, consultantHour]

const wijkteam = {
  organisationId: 'wt',
  organisationName: 'Wijkteam Voorbeeldstad',
  organisationKind: 'wijkteam',
  ownOrganisation: false,
}
const contacts: RecordedContact[] = [
  { ...wijkteam, minutes: 60, date: '2026-02-03' },
  { ...wijkteam, minutes: 35, date: '2026-05-20' },
  // Time for the professional's own organisation: not the pilot's cost.
  { ...wijkteam, minutes: 30, date: '2026-03-01', ownOrganisation: true },
]
const spend = (id: string, amountCents: number, extra: Partial<RecordedSpendRow> = {}) => ({
  id,
  amountCents,
  date: '2026-03-02',
  replacesDomain: null,
  corrects: null,
  ...extra,
})

const empty: TableConversation = {
  caseId: 'VS-02',
  measurement: 'T0',
  attendees: [],
  scenarios: {
    interventie: {
      cards: [
        {
          type: 'event',
          id: 'e1',
          domain: 'huisvesting',
          start: '2026-03-02',
          description: 'Huurachterstand betaald uit ontschot budget',
          direction: 'better',
        },
      ],
    },
    referentie: { kind: 'former-approach', reasoning: '', cards: [] },
  },
}

const lookup = (baseYear: number) =>
  createPriceLookup({
    priceList: { id: 'p', name: 'p', version: '1', items: PRICES },
    baseYear,
  } as never)

describe('recordedCards', () => {
  it('prices pilot hours at the organisation’s tariff, leaving own-organisation time out', () => {
    const taken = recordedCards(contacts, [], PRICES, 2026)
    expect(taken.cards).toHaveLength(1)
    const hours = taken.cards[0]
    // 60 + 35 = 95 pilot minutes; 95 / 60 × € 80,50 = € 127,4583… → 12746 cents.
    expect(hours?.cents).toBe(12746)
    expect(hours?.card).toMatchObject({
      item: 'WIJKTEAM-UUR',
      payer: 'gemeente-overig',
      provider: 'Wijkteam Voorbeeldstad',
      start: '2026-02-03',
      end: '2026-05-20',
      origin: { kind: 'time-registration', key: 'time:wt', contacts: 2, minutes: 95 },
    })
    expect(hours?.card.quantity).toBeCloseTo(95 / 60, 12)
    expect(hours?.source).toEqual({
      nl: 'tijdregistratie: 2 contacten, 1,58 uur',
      en: 'time registration: 2 contacts, 1.58 hours',
    })
    expect(taken.ownOrganisationContacts).toBe(1)
  })

  it('the engine prices the hours card to the same cent as the preview', () => {
    const taken = recordedCards(contacts, [], PRICES, 2026)
    const card = taken.cards[0]?.card
    if (!card) throw new Error('no card')
    const conversation = {
      ...empty,
      scenarios: { ...empty.scenarios, interventie: { cards: [card] } },
    }
    const prices = createPriceLookup({
      priceList: { id: 'p', name: 'p', version: '1', items: PRICES },
      baseYear: 2026,
    } as never)
    expect(computeCase(conversation, prices).interventie).toBe(127.46)
  })

  it('reports hours without a tariff instead of pricing them at zero', () => {
    const taken = recordedCards(
      [
        {
          ...wijkteam,
          organisationId: 'wi',
          organisationName: 'W&I',
          organisationKind: 'work-and-income',
          minutes: 45,
          date: '2026-02-01',
        },
        {
          ...wijkteam,
          organisationId: 'sc',
          organisationName: 'School',
          organisationKind: 'school',
          minutes: 20,
          date: '2026-02-01',
        },
      ],
      [],
      PRICES,
      2026,
    )
    expect(taken.cards).toEqual([])
    expect(taken.problems.map((p) => [p.organisationName, p.minutes, p.contacts])).toEqual([
      ['W&I', 45, 1],
      ['School', 20, 1],
    ])
    expect(taken.problems[0]?.problem.nl).toMatch(/tarief/)
    expect(taken.problems[1]?.problem.en).toBe(
      'this kind of organisation has no hourly tariff in the price list',
    )
  })

  it('nets corrections into their spend and drops a cancelled spend', () => {
    const taken = recordedCards(
      [],
      [
        spend('bike', 32000, { replacesDomain: 'wmo', date: '2026-04-14' }),
        spend('fix', -7000, { corrects: 'bike', date: '2026-04-20' }),
        spend('gone', 5000, { replacesDomain: 'participatiewet' }),
        spend('cancel', -5000, { corrects: 'gone' }),
      ],
      PRICES,
      2026,
    )
    expect(
      taken.cards.map((c) => [c.card.id, c.card.amountCents, c.card.payer, c.card.start]),
    ).toEqual([['recorded-budget-wmo-2026-04-14', 25000, 'gemeente-wmo', '2026-04-14']])
    expect(taken.cards[0]?.source.nl).toBe('ontschot budget: 1 uitgave')
    expect(taken.cancelledSpends).toBe(1)
  })

  it('keys cards stably, so that a second take-over updates instead of duplicating', () => {
    const first = recordedCards(contacts, [spend('rent', 185000)], PRICES, 2026)
    const again = recordedCards(contacts, [spend('rent', 185000)], PRICES, 2026)
    expect(again.cards.map((c) => c.card.id)).toEqual(first.cards.map((c) => c.card.id))

    let live: LiveConversation = { conversation: empty, heads: {} }
    const takeOver = (cards: typeof first.cards) => {
      const plan = takeOverPlan(
        cards.map((c) => c.card),
        live.conversation,
      )
      for (const { card, step } of plan) {
        if (step === 'unchanged') continue
        const outcome = applyEdit(
          live,
          { id: crypto.randomUUID(), base: null, kind: 'put-card', scenario: 'interventie', card },
          { force: true },
        )
        if (outcome.status === 'applied') live = outcome.live
      }
      return plan.map((p) => p.step)
    }
    expect(takeOver(first.cards)).toEqual(['add', 'add'])
    expect(takeOver(again.cards)).toEqual(['unchanged', 'unchanged'])
    const more = recordedCards(
      [...contacts, { ...wijkteam, minutes: 15, date: '2026-06-01' }],
      [spend('rent', 185000)],
      PRICES,
      2026,
    )
    expect(takeOver(more.cards)).toEqual(['update', 'unchanged'])
    expect(live.conversation.scenarios.interventie.cards).toHaveLength(3)
  })

  it('the business case counts a taken-over spend once, beside the life event it paid for', () => {
    const prices = lookup(2025)
    expect(computeCase(empty, prices).interventie).toBe(0)
    const [card] = recordedCards([], [spend('rent', 185000)], PRICES, 2026).cards
    if (!card) throw new Error('no card')
    const taken = {
      ...empty,
      scenarios: {
        ...empty.scenarios,
        interventie: { cards: [...empty.scenarios.interventie.cards, card.card] },
      },
    }
    const result = computeCase(taken, prices)
    expect(result.interventie).toBe(1850)
    expect(result.perStakeholder).toEqual([
      { stakeholder: 'gemeente-overig', interventie: 1850, referentie: 0, difference: -1850 },
    ])
    expect(result.warnings).toEqual([])
  })

  it('moves money paid to the price level of the business case with the CPI', () => {
    const withSpend = (date: string) => {
      const [card] = recordedCards([], [spend('s', 100000, { date })], PRICES, 2025).cards
      if (!card) throw new Error('no card')
      return { ...empty, scenarios: { ...empty.scenarios, interventie: { cards: [card.card] } } }
    }
    // CBS CPI year-on-year 2025: 1.033, so € 1.000 paid in 2024 is € 1.033 at 2025 prices.
    expect(computeCase(withSpend('2024-06-01'), lookup(2025)).interventie).toBe(1033)
    expect(computeCase(withSpend('2025-06-01'), lookup(2024)).interventie).toBe(968.05)
    // Paid after the last published CPI year (2025): at the latest level, as results default to.
    expect(computeCase(withSpend('2026-03-02'), lookup(2025)).interventie).toBe(1000)
  })
})
