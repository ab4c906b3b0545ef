import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEMO_CONVERSATIONS } from '../../demo/index.js'
import {
  type ConversationFile,
  conversationFileSchema,
  type TableConversation,
} from '../conversation/conversation.js'
import { expandRate } from '../conversation/rate.js'
import { STARTER_PRICE_LIST } from '../price-list/starter.js'
import { caseDifference, computeCase, createPriceLookup, roundCents } from './case-costs.js'
import { computeBusinessCase } from './project.js'
import { businessCaseResultSchema } from './result-schema.js'

const activity = (
  id: string,
  item: string,
  quantity: number,
  extra: Record<string, unknown> = {},
) => ({
  type: 'activity' as const,
  id,
  item,
  quantity,
  start: '2022-03-01',
  ...extra,
})

/** research/effectencalculator.md §5.1: real 2022 prices, invented volumes, 12 months. */
const FIXTURE_5_1: ConversationFile = conversationFileSchema.parse({
  format: 'effectwijzer-table-conversations',
  version: 1,
  baseYear: 2022,
  priceList: STARTER_PRICE_LIST,
  cases: [
    {
      caseId: 'fixture-5.1',
      scenarios: {
        interventie: {
          cards: [
            activity('i1', 'KH-MHC-SOCIALWORK', 20, { payer: 'gemeente-overig' }),
            activity('i2', 'KH-GP-CONSULT-AVG', 4),
            activity('i3', 'KH-HOMECARE-HOUSEHOLD', 104),
          ],
        },
        referentie: {
          kind: 'former-approach',
          cards: [
            activity('r1', 'KH-MHC-SOCIALWORK', 8, { payer: 'gemeente-overig' }),
            activity('r2', 'KH-GP-CONSULT-AVG', 8),
            activity('r3', 'KH-HOMECARE-HOUSEHOLD', 104),
            activity('r4', 'KH-MHC-NURSINGDAY-PSY-INST', 10),
            activity('r5', 'KH-EMERGENCY-CARE', 1),
            activity('r6', 'KH-AMBULANCE-URGENT', 1),
            activity('r7', 'KH-JUSTICE-DISORDER', 1, { confidence: 'low' }),
          ],
        },
      },
    },
  ],
})

describe('computeCase: the §5.1 fixture (wrong pocket)', () => {
  const result = computeCase(FIXTURE_5_1.cases[0]!, createPriceLookup(FIXTURE_5_1))
  const by = Object.fromEntries(result.perStakeholder.map((s) => [s.stakeholder, s]))

  it('totals the scenarios to the cent: 6,070.52 and 12,460.00', () => {
    expect(result.interventie).toBe(6_070.52)
    expect(result.referentie).toBe(12_460)
    expect(result.difference).toBe(6_389.48)
  })

  it('shows the municipality paying more while the insurer and justice save', () => {
    const gemeente =
      (by['gemeente-overig']?.difference ?? 0) + (by['gemeente-wmo']?.difference ?? 0)
    expect(gemeente).toBe(-1_524)
    expect(by.zorgverzekeraar?.difference).toBe(4_308.48)
    expect(by.justitie?.difference).toBe(3_605)
  })

  it('leaves out low-confidence reference cards in the sensitivity view', () => {
    const strict = computeCase(FIXTURE_5_1.cases[0]!, createPriceLookup(FIXTURE_5_1), {
      excludeLowConfidence: true,
    })
    expect(strict.difference).toBeCloseTo(2_784.48, 2)
  })

  it('indexes 2022 prices to the base year with the CPI (2023: × 1.038)', () => {
    const in2023 = computeCase(
      FIXTURE_5_1.cases[0]!,
      createPriceLookup({ ...FIXTURE_5_1, baseYear: 2023 }),
    )
    expect(in2023.referentie).toBeCloseTo(12_460 * 1.038, 1)
  })

  it('spreads a period over calendar years by days', () => {
    const spanning = computeCase(
      {
        ...FIXTURE_5_1.cases[0]!,
        scenarios: {
          interventie: {
            cards: [
              activity('p', 'KH-MHC-SOCIALWORK', 10, { start: '2022-07-01', end: '2023-06-30' }),
            ],
          },
          referentie: { kind: 'no-intervention', reasoning: '', cards: [] },
        },
      },
      createPriceLookup({ ...FIXTURE_5_1 }),
    )
    expect(spanning.perYear.map((y) => y.year)).toEqual([2022, 2023])
    expect(spanning.perYear[0]!.interventie).toBeCloseTo((1_270 * 184) / 365, 1)
    expect(spanning.interventie).toBe(1_270)
  })

  it('warns about an item without a tariff instead of inventing one', () => {
    const c = computeCase(
      {
        ...FIXTURE_5_1.cases[0]!,
        scenarios: {
          interventie: { cards: [activity('w', 'WIJKTEAM-UUR', 5)] },
          referentie: { kind: 'no-intervention', reasoning: '', cards: [] },
        },
      },
      createPriceLookup(FIXTURE_5_1),
    )
    expect(c.interventie).toBe(0)
    expect(c.warnings[0]).toMatch(/WIJKTEAM-UUR has no tariff yet/)
  })
})

describe('computeCase: a card whose item has no tariff yet', () => {
  const c = FIXTURE_5_1.cases[0]!
  const withPolice = {
    ...c,
    scenarios: {
      ...c.scenarios,
      referentie: {
        ...c.scenarios.referentie,
        cards: [...c.scenarios.referentie.cards, activity('r8', 'POLITIE-UUR', 6)],
      },
    },
  }
  const result = computeCase(withPolice, createPriceLookup(FIXTURE_5_1))

  it('is left out of the totals, never priced at zero silently', () => {
    expect(result.referentie).toBe(12_460)
    expect(result.difference).toBe(6389.48)
  })

  it('warns about too few cases and the left-out card in both languages at project level', () => {
    const project = computeBusinessCase({ ...FIXTURE_5_1, cases: [withPolice] }).project
    expect(project.warnings).toEqual(project.warningDetails.map((w) => w.en))
    expect(project.warningDetails.map((w) => w.nl)).toEqual([
      'Maar 1 casus(sen): te weinig om iets over het project als geheel te zeggen (aanbevolen: ten minste 10).',
      'fixture-5.1 referentie kaart r8: POLITIE-UUR heeft nog geen tarief (de gemeente stelt een eigen tarief vast); niet meegeteld',
    ])
  })

  it('says which card and why, in English for results.json and in both languages for the screen', () => {
    expect(result.warnings).toEqual([
      'fixture-5.1 referentie card r8: POLITIE-UUR has no tariff yet (needs a local tariff); left out',
    ])
    expect(result.warningDetails).toEqual([
      {
        scenario: 'referentie',
        card: 'r8',
        message: {
          nl: 'POLITIE-UUR heeft nog geen tarief (de gemeente stelt een eigen tarief vast)',
          en: 'POLITIE-UUR has no tariff yet (needs a local tariff)',
        },
      },
    ])
  })
})

describe('the result on the wire', () => {
  it('keeps every field through the HTTP schema: per-case warnings and priced cards arrive', () => {
    // The HTTP answer is the engine's result parsed by businessCaseResultSchema; a hand-kept
    // copy of the shape once dropped `warningDetails`, so the Dutch warnings never arrived.
    const withPolice = {
      ...FIXTURE_5_1.cases[0],
      scenarios: {
        ...FIXTURE_5_1.cases[0]?.scenarios,
        referentie: {
          ...FIXTURE_5_1.cases[0]?.scenarios.referentie,
          cards: [
            ...(FIXTURE_5_1.cases[0]?.scenarios.referentie.cards ?? []),
            activity('r8', 'POLITIE-UUR', 6),
          ],
        },
      },
    }
    const result = computeBusinessCase(
      conversationFileSchema.parse({ ...FIXTURE_5_1, cases: [withPolice] }),
    )
    const wire = JSON.parse(JSON.stringify(businessCaseResultSchema.parse(result)))
    expect(wire).toEqual(JSON.parse(JSON.stringify(result)))
    expect(wire.perCase[0].warningDetails[0].message.nl).toContain('POLITIE-UUR')
  })

  it('prices each card once: the card table adds up to the scenario totals to the cent', () => {
    const result = computeCase(
      FIXTURE_5_1.cases[0] as TableConversation,
      createPriceLookup(FIXTURE_5_1),
    )
    for (const scenario of ['interventie', 'referentie'] as const) {
      const cents = result.cards
        .filter((c) => c.scenario === scenario)
        .reduce((sum, c) => sum + Math.round(c.cost * 100), 0)
      expect(cents / 100).toBe(result[scenario])
    }
    expect(result.cards.every((c) => c.cost === roundCents(c.quantity * c.unitPrice))).toBe(true)
  })
})

describe('expandRate', () => {
  it('turns "2 hours a week for 3 months" into 26.07 hours', () => {
    expect(expandRate({ amount: 2, per: 'week', for: { count: 3, unit: 'month' } })).toBeCloseTo(
      26.0714,
      4,
    )
  })
})

describe('computeBusinessCase', () => {
  it('is antisymmetric: swapping the scenarios negates every difference', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 2 }),
        ([a, b]) => {
          const c = FIXTURE_5_1.cases[0]!
          const one = {
            ...c,
            scenarios: {
              interventie: { cards: [activity('x', 'KH-GP-CONSULT-AVG', a!)] },
              referentie: {
                kind: 'no-intervention' as const,
                reasoning: '',
                cards: [activity('y', 'KH-GP-CONSULT-AVG', b!)],
              },
            },
          }
          const swapped = {
            ...one,
            scenarios: {
              interventie: one.scenarios.referentie,
              referentie: { ...one.scenarios.referentie, cards: one.scenarios.interventie.cards },
            },
          }
          const lookup = createPriceLookup(FIXTURE_5_1)
          expect(computeCase(swapped, lookup).difference).toBeCloseTo(
            -computeCase(one, lookup).difference,
            9,
          )
          const r = computeCase(one, lookup)
          expect(r.perStakeholder.reduce((s, x) => s + x.difference, 0)).toBeCloseTo(
            r.difference,
            9,
          )
        },
      ),
    )
  })

  it('gives mean, median and a bootstrap interval over cases, and warns below 10 cases', () => {
    const cases = [1, 2, 3].map((k) => ({
      ...FIXTURE_5_1.cases[0]!,
      caseId: `c${k}`,
      scenarios: {
        interventie: { cards: [] },
        referentie: {
          kind: 'no-intervention' as const,
          reasoning: '',
          cards: [activity('r', 'KH-GP-CONSULT-AVG', k * 10)],
        },
      },
    }))
    const r = computeBusinessCase({ ...FIXTURE_5_1, cases })
    expect(r.project.n).toBe(3)
    expect(r.project.meanDifference).toBe(617.4) // (308.70 + 617.40 + 926.10) / 3
    expect(r.project.medianDifference).toBe(617.4)
    expect(r.project.ciLow).toBeGreaterThanOrEqual(308.7)
    expect(r.project.ciHigh).toBeLessThanOrEqual(926.1)
    expect(r.project.warnings[0]).toMatch(/Only 3 case/)
  })

  it('uses the latest measurement of each case and reports T0 versus T1', () => {
    const c = FIXTURE_5_1.cases[0]!
    const r = computeBusinessCase({
      ...FIXTURE_5_1,
      cases: [
        c,
        {
          ...c,
          measurement: 'T1',
          scenarios: { ...c.scenarios, referentie: { ...c.scenarios.referentie, cards: [] } },
        },
      ],
    })
    expect(r.project.n).toBe(1)
    expect(r.project.meanDifference).toBe(-6_070.52)
    expect(r.project.byMeasurement.map((m) => m.measurement)).toEqual(['T0', 'T1'])
  })
})

describe('computeBusinessCase: prices at their low and high values', () => {
  // The §5.1 fixture with a local range on the social-work contact only (€100–€160 around
  // €127, all at price level 2022): by hand, the intervention has 20 contacts and the
  // reference 8, so the mean difference moves by −12 × (low − 127) and −12 × (high − 127).
  const ranged = conversationFileSchema.parse({
    ...FIXTURE_5_1,
    priceList: {
      ...STARTER_PRICE_LIST,
      items: STARTER_PRICE_LIST.items.map((i) =>
        i.code === 'KH-MHC-SOCIALWORK' ? { ...i, lowCents: 10_000, highCents: 16_000 } : i,
      ),
    },
  })
  const result = computeBusinessCase(ranged)

  it('moves only the ranged item, the rest staying at their price', () => {
    expect(result.project.meanDifference).toBe(6389.48)
    expect(result.sensitivity.pricesLow).toBe(6389.48 + 12 * 27)
    expect(result.sensitivity.pricesHigh).toBe(6389.48 - 12 * 33)
  })

  it('says how many of the items used have a range', () => {
    expect(result.sensitivity).toMatchObject({ itemsUsed: 7, itemsWithRange: 1 })
    expect(computeBusinessCase(FIXTURE_5_1).sensitivity.itemsWithRange).toBe(0)
  })
})

describe('caseDifference: the fast path of the sensitivity variants', () => {
  it('equals the full computation on every demo case, at every price level and without low-confidence cards', () => {
    const file = conversationFileSchema.parse(DEMO_CONVERSATIONS)
    for (const options of [
      {},
      { priceLevel: 'low' as const },
      { priceLevel: 'high' as const },
      { excludeLowConfidence: true },
    ]) {
      const prices = createPriceLookup(file, options.priceLevel)
      for (const c of file.cases)
        expect(caseDifference(c, prices, options)).toBe(computeCase(c, prices, options).difference)
    }
  })
})
