import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import { analyseMkba } from '../../mkba/index.js'
import { ValidationError } from '../errors.js'
import { parseMkbaModel } from './parse-model.js'

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/mkba/${name}.json`, import.meta.url), 'utf8'))

const validationOf = (input: unknown, resolvers = {}) => {
  try {
    parseMkbaModel(input, resolvers)
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('parseMkbaModel', () => {
  it('accepts the exact model of the issue and fills the defaults', () => {
    const model = parseMkbaModel(example('pilot-wijkteam'))
    expect(model.timing).toBe('start-of-year')
    expect(model.items[0]).toMatchObject({ id: 'staff', deadweight: 0, dropOff: 0 })
    expect(model.items[1]).toMatchObject({ quantity: 3, unitValue: 12_000, dropOff: 0.25 })
  })

  it('computes the issue’s example as by hand (exact rational arithmetic, 1e-12 relative)', () => {
    // staff 150,000 + 90,000/1.0225; avoided benefit 3 × 12,000 × 0.8 × 0.9 × 0.95 = 24,624 in
    // 2025, × 0.75 in 2026, × 0.75² in 2027, each / 1.0225^t; wellbeing 15 × 2,000 in 2025–2028.
    const r = analyseMkba(parseMkbaModel(example('pilot-wijkteam')))
    const close = (actual: number | null, expected: number) => expectClose(actual, expected, 1e-12)
    close(r.pvCosts, 238_019.559_902_200_5)
    close(r.pvBenefitsFinancial, 54_702.925_275_624_76)
    close(r.pvBenefits, 168_245.131_606_467_42)
    close(r.npv, -69_774.428_295_733_07)
    close(r.ratio, 0.706_854_225_239_293)
    close(r.ratioFinancial, 0.229_825_335_775_352_08)
    expect(r.paybackYear).toBeNull()
    expect(r.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028])
    expect(r.perStakeholder.map((s) => s.stakeholder)).toEqual([
      'gemeente',
      'zorgverzekeraar',
      'inwoner',
    ])
    close(r.perStakeholder[2]?.pvBenefits ?? Number.NaN, 113_542.206_330_842_66)
  })

  it('computes the Almere-style example at 4 and 14 cents per invested euro', () => {
    const r = analyseMkba(parseMkbaModel(DEMO_MKBA_MODEL))
    expect(r.ratioFinancial?.toFixed(2)).toBe('0.04')
    expect(r.ratio?.toFixed(2)).toBe('0.14')
    expect(r.unquantified.map((u) => u.sign)).toEqual(['+', '-'])
    expect(r.scenarios.map((s) => s.id)).toEqual(['base', 'city'])
  })

  it('names the item and the field of every problem, in Dutch and English', () => {
    const error = validationOf({
      name: 'x',
      baseYear: 2024,
      priceYear: 2024,
      horizonYears: 5,
      stakeholders: ['gemeente'],
      items: [
        {
          id: 'a',
          kind: 'cost',
          category: 'financial',
          stakeholder: 'gemeente',
          years: { 2024: 'veel' },
        },
        {
          id: 'b',
          kind: 'benefit',
          category: 'financial',
          stakeholder: 'gemeente',
          quantity: 1,
          unitValue: 1,
          startYear: 2024,
          durationYears: 1,
          dropoff: 0.2,
        },
      ],
    })
    const fields = error.issues.map((i) => i.field)
    expect(fields).toContain('items[0] (a).years.2024')
    expect(error.issues.find((i) => i.field === 'items[1] (b)')?.message).toEqual({
      nl: 'onbekend veld: dropoff',
      en: 'unknown field: dropoff',
    })
    expect(error.localised.nl).toMatch(/moet een getal zijn/)
  })

  it('reports the cross-field rules: stakeholder, counterparty, sign, years or quantity', () => {
    const error = validationOf({
      name: 'x',
      baseYear: 2024,
      priceYear: 2024,
      horizonYears: 5,
      stakeholders: ['gemeente', 'inwoner'],
      items: [
        {
          id: 't',
          kind: 'benefit',
          category: 'transfer',
          stakeholder: 'gemeente',
          years: { 2024: 1 },
        },
        { id: 'p', kind: 'benefit', category: 'unquantified', stakeholder: 'rijk' },
        {
          id: 'q',
          kind: 'benefit',
          category: 'social',
          stakeholder: 'inwoner',
          years: { 2024: 1 },
          quantity: 2,
        },
        {
          id: 'q',
          kind: 'cost',
          category: 'social',
          stakeholder: 'inwoner',
          quantity: 2,
          unitValue: 3,
          startYear: 2024,
        },
      ],
    })
    const messages = error.issues.map((i) => `${i.field}: ${i.message.en}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'items[0] (t).counterparty: a transfer needs a counterparty',
        'items[1] (p).stakeholder: "rijk" is not listed in stakeholders',
        'items[1] (p).sign: an unquantified item needs a sign: "+", "-" or "?"',
        expect.stringMatching(/^items\[2\] \(q\): give either "years"/),
        'items[3] (q).durationYears: is missing (required)',
        'items[3] (q).id: id "q" is used more than once',
      ]),
    )
  })

  it('takes a quantity and its uncertainty from an effect estimate', () => {
    const model = parseMkbaModel(
      {
        name: 'x',
        baseYear: 2024,
        priceYear: 2024,
        horizonYears: 3,
        stakeholders: ['samenleving'],
        items: [
          {
            id: 'work',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'samenleving',
            unitValue: 15_000,
            startYear: 2025,
            durationYears: 2,
            quantityFromEffect: { results: 'out/results.json', outcome: 'work', multiplier: 500 },
          },
        ],
      },
      { effect: (ref) => (ref.outcome === 'work' ? { estimate: 0.13, se: 0.04082 } : undefined) },
    )
    expect(model.items[0]).toMatchObject({
      quantity: 65,
      uncertainty: {
        quantity: { distribution: 'effect', estimate: 0.13, se: 0.04082, multiplier: 500 },
      },
    })
  })

  it('takes a unit value from the price list through the injected lookup', () => {
    const input = {
      name: 'x',
      baseYear: 2024,
      priceYear: 2024,
      horizonYears: 3,
      stakeholders: ['gemeente'],
      items: [
        {
          id: 'h',
          kind: 'cost',
          category: 'financial',
          stakeholder: 'gemeente',
          quantity: 10,
          unitValueFrom: { priceListItem: 'WMO-HH' },
          startYear: 2024,
          durationYears: 1,
        },
      ],
    }
    const priced = { price: () => ({ price: 31.5, payer: 'gemeente-wmo' as const }) }
    expect(parseMkbaModel(input, priced).items[0]).toMatchObject({ unitValue: 31.5 })
    const missing = { price: (code: string) => ({ problem: 'not-in-list' as const, code }) }
    expect(validationOf(input, missing).issues[0]?.message.en).toBe(
      'price-list item WMO-HH is not in the price list',
    )
    const noTariff = { price: (code: string) => ({ problem: 'no-tariff' as const, code }) }
    expect(validationOf(input, noTariff).issues[0]?.message.nl).toBe(
      'WMO-HH heeft nog geen tarief (de gemeente stelt een eigen tarief vast)',
    )
  })
})
