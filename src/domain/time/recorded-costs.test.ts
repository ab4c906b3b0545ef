import { describe, expect, it } from 'vitest'
import type { PriceListItem } from '../price-list/price-list.js'
import { costItems } from './cost-items.js'
import { hourlyTariff } from './hourly-tariff.js'
import { recordedCosts } from './recorded-costs.js'

const wijkteamHour: PriceListItem = {
  code: 'WIJKTEAM-UUR',
  name: { nl: 'Uur wijkteammedewerker', en: 'Hour of a wijkteam worker' },
  category: 'personeel',
  domain: 'wmo',
  unit: 'hour',
  priceCents: 7850,
  priceYear: 2024,
  defaultPayer: 'gemeente-overig',
  needsLocalTariff: true,
  override: { reason: 'Loonkosten schaal 10 plus 30% overhead' },
}
const consultantHour: PriceListItem = {
  ...wijkteamHour,
  code: 'WI-CONSULENT-UUR',
  priceCents: undefined,
  priceYear: undefined,
  defaultPayer: 'gemeente-participatiewet',
  override: undefined,
}

const minutes = (
  kind: string,
  name: string,
  year: number,
  formal: number,
  informal: number,
  own: number,
  entries: number,
) => ({
  organisationId: name,
  organisationName: name,
  organisationKind: kind,
  year,
  formal,
  informal,
  ownOrganisation: own,
  entries,
})

describe('hours priced from the price list', () => {
  it('prices pilot hours at the tariff indexed to the price year, as a hand computation', () => {
    // CBS CPI 2025 year-on-year change: 3.3% (StatLine 70936NED), so € 78,50 (2024) is
    // € 78,50 × 1.033 = € 81,0905 an hour at 2025 prices.
    const tariff = hourlyTariff('wijkteam', [wijkteamHour], 2025)
    expect(tariff).toMatchObject({ code: 'WIJKTEAM-UUR', payer: 'gemeente-overig' })
    expect('euros' in tariff && tariff.euros).toBeCloseTo(81.0905, 4)
    // 7 h 25 min of pilot time (5 h formal + 2 h 25 min informal), 1 h own organisation:
    // 445 / 60 × 81.0905 = 601.4212… → 60142 cents; 60 / 60 × 81.0905 → 8109 cents.
    const costs = recordedCosts(
      [minutes('wijkteam', 'Wijkteams', 2025, 300, 145, 60, 9)],
      [],
      [wijkteamHour],
      2025,
    )
    expect(costs.hours[0]).toMatchObject({
      pilotCents: 60142,
      ownOrganisationCents: 8109,
      entries: 9,
      stakeholder: 'gemeente-overig',
      tariff: { code: 'WIJKTEAM-UUR', source: 'Loonkosten schaal 10 plus 30% overhead' },
    })
    expect(costs.measuredCents).toBe(60142)
  })

  it('counts hours without a tariff, never prices them, and says why', () => {
    const costs = recordedCosts(
      [
        minutes('work-and-income', 'W&I', 2026, 60, 0, 0, 1),
        minutes('school', 'School', 2026, 30, 30, 0, 2),
      ],
      [{ domain: null, year: 2026, cents: 12345, entries: 1 }],
      [wijkteamHour, consultantHour],
      2025,
    )
    expect(costs.hours.map((h) => [h.pilotCents, h.problem?.en])).toEqual([
      [null, 'WI-CONSULENT-UUR has no tariff yet (needs a local tariff)'],
      [null, 'this kind of organisation has no hourly tariff in the price list'],
    ])
    expect(costs.unpricedMinutes).toBe(120)
    expect(costs.measuredCents).toBe(12345)
    expect(costs.spends[0]?.stakeholder).toBe('gemeente-overig')
  })

  it('gives the MKBA builder one cost item per organisation and per domain, years in euros', () => {
    const costs = recordedCosts(
      [
        minutes('wijkteam', 'Wijkteams', 2025, 60, 0, 0, 2),
        minutes('wijkteam', 'Wijkteams', 2026, 120, 0, 0, 3),
      ],
      [{ domain: 'jeugdwet', year: 2026, cents: 50000, entries: 2 }],
      [{ ...wijkteamHour, priceYear: 2025, priceCents: 8000 }],
      2025,
    )
    expect(costItems(costs, { stakeholders: ['gemeente-overig', 'gemeente-jeugdwet'] })).toEqual([
      {
        id: 'tijd-wijkteams',
        label: 'Uren Wijkteams (tijdregistratie, 5 registraties)',
        kind: 'cost',
        category: 'financial',
        stakeholder: 'gemeente-overig',
        years: { 2025: 80, 2026: 160 },
      },
      {
        id: 'budget-jeugdwet',
        label: 'Ontschot budget, Jeugdwet (2 uitgaven)',
        kind: 'cost',
        category: 'financial',
        stakeholder: 'gemeente-jeugdwet',
        years: { 2026: 500 },
      },
    ])
  })
})
