import { describe, expect, it } from 'vitest'
import { computeCase, createPriceLookup } from '../business-case/case-costs.js'
import { conversationFileSchema } from '../conversation/conversation.js'
import { LATEST_CPI_YEAR } from './indexation.js'
import { isPriceProblem, priceItem } from './price-item.js'
import type { PriceListItem } from './price-list.js'
import { STARTER_PRICE_LIST } from './starter.js'

/** The domains of the social domain a table conversation prices (not health care or school). */
const SOCIAL = new Set(['participatiewet', 'wmo', 'jeugdwet', 'income', 'housing', 'justice'])
const items = STARTER_PRICE_LIST.items
const byCode = (code: string) => items.find((i) => i.code === code)
const isPriced = (i: PriceListItem) => i.priceCents !== undefined

describe('the starter list’s social domain', () => {
  const social = items.filter((i) => SOCIAL.has(i.domain) && isPriced(i))

  it('has at least 60 priced items with a price year of 2015 or later and a source', () => {
    const recent = social.filter(
      (i) => (i.priceYear ?? 0) >= 2015 && i.source?.title && i.source.year >= 2015,
    )
    expect(recent.length).toBeGreaterThanOrEqual(60)
  })

  it('prices every item it lists at the latest CPI year, old ones (2005, 2011) included', () => {
    const unpriced = items
      .filter(isPriced)
      .filter((i) => isPriceProblem(priceItem(i, i.code, LATEST_CPI_YEAR)))
      .map((i) => `${i.code} (${i.priceYear})`)
    expect(unpriced).toEqual([])
  })

  it('has the social-assistance norm per month for every household type', () => {
    const norms = social.filter((i) => i.code.startsWith('PW-BIJSTAND-MAAND-'))
    expect(norms.map((i) => i.unit)).toEqual(norms.map(() => 'month'))
    expect(byCode('PW-BIJSTAND-MAAND-ALLEENSTAAND')?.priceCents).toBe(130_061)
    expect(byCode('PW-BIJSTAND-MAAND-GEHUWD')?.priceCents).toBe(185_801)
    expect(byCode('PW-BIJSTAND-MAAND-ALLEENSTAAND-AOW')?.priceCents).toBe(145_370)
    expect(byCode('PW-BIJSTAND-MAAND-GEHUWD-AOW')?.priceCents).toBe(199_023)
    expect(byCode('PW-BIJSTAND-MAAND-VT-GEHUWD')?.priceCents).toBe(192_207)
    expect(norms.length).toBeGreaterThanOrEqual(20)
  })

  it('covers Wmo, Jeugdwet, Participatiewet, shelter, debts, eviction and justice with a price', () => {
    for (const code of [
      'KH-HOMECARE-HOUSEHOLD',
      'KH-HOMECARE-GUIDANCE-HOUR',
      'KH-DAYACTIVITIES-HALFDAY',
      'WMO-BW-PGB-ETMAAL',
      'WMO-ABONNEMENTSTARIEF-MAAND',
      'JW-PLEEGVERGOEDING-0-8',
      'PW-STUDIETOESLAG-21',
      'PW-BIJSTAND-UITVOERING-JAAR',
      'MO-FEITELIJK-DAKLOOS-JAAR',
      'SCHULDHULP-CASUS',
      'WONEN-HUISUITZETTING',
      'KH-JUSTICE-DISORDER',
      'DJI-DETENTIE-VOLWASSENE-DAG',
    ])
      expect(byCode(code)?.priceCents, code).toBeGreaterThan(0)
    expect(byCode('KH-HOMECARE-GUIDANCE-HOUR')).toMatchObject({
      domain: 'wmo',
      defaultPayer: 'gemeente-wmo',
    })
  })

  it('lists what has no national figure without a price, saying a local tariff is needed', () => {
    const local = items.filter((i) => i.needsLocalTariff)
    for (const code of [
      'WIJKTEAM-UUR',
      'WI-CONSULENT-UUR',
      'POLITIE-UUR',
      'PW-REINTEGRATIETRAJECT',
      'PW-LOONKOSTENSUBSIDIE-JAAR',
      'PW-BESCHUT-WERK-JAAR',
      'JW-JEUGDBESCHERMING-OTS-JAAR',
      'JW-AMBULANT-UUR',
      'JW-RESIDENTIEEL-ETMAAL',
    ])
      expect(local.map((i) => i.code)).toContain(code)
    for (const item of local) {
      expect(item.priceCents, item.code).toBeUndefined()
      expect(item.notes, item.code).toMatch(/^Lokaal tarief nodig: /)
    }
  })

  it('prices an eviction as its source does: € 5.000–10.000 for the landlord', () => {
    expect(byCode('WONEN-HUISUITZETTING')).toMatchObject({
      priceCents: 750_000,
      lowCents: 500_000,
      highCents: 1_000_000,
      priceYear: 2014,
      defaultPayer: 'woningcorporatie',
      source: { url: expect.stringContaining('eropaf.nl') },
    })
  })
})

describe('an old price in a business case', () => {
  it('counts a 2005 debt case and a 2011 shelter year, indexed, in the totals', () => {
    const file = conversationFileSchema.parse({
      format: 'effectwijzer-table-conversations',
      version: 1,
      baseYear: LATEST_CPI_YEAR,
      priceList: STARTER_PRICE_LIST,
      cases: [
        {
          caseId: 'oud',
          scenarios: {
            interventie: {
              cards: [
                {
                  type: 'activity',
                  id: 'i',
                  item: 'SCHULDHULP-CASUS',
                  quantity: 1,
                  start: '2025-03-01',
                },
              ],
            },
            referentie: {
              kind: 'no-intervention',
              cards: [
                {
                  type: 'activity',
                  id: 'r',
                  item: 'MO-FEITELIJK-DAKLOOS-JAAR',
                  quantity: 1,
                  start: '2025-03-01',
                },
              ],
            },
          },
        },
      ],
    })
    const result = computeCase(file.cases[0]!, createPriceLookup(file))
    // 1,500 (2005) and 23,236 (2011) moved to 2025 with CBS's annual inflation.
    expect(result.interventie).toBeCloseTo(2_378.32, 2)
    expect(result.referentie).toBeCloseTo(33_366.16, 2)
  })
})
