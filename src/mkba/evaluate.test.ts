import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../../test/support/expect-close.js'
import { evaluateModel } from './evaluate.js'
import { flat, item, model } from './test-models.js'

// Hand-computed and published cases agree to the cent; we compare at 1e-9 relative.
const REL = 1e-9
// Plus half a cent: the published figures are rounded to cents.
const close = (got: number | null, want: number, rel = REL) =>
  expectClose(got, want, rel, { abs: 5e-3 })

describe('TC1: published SROI example (research/mkba.md §4, public_value crate)', () => {
  const tc1 = (timing: 'start-of-year' | 'end-of-year') =>
    evaluateModel(
      model({
        baseYear: 1,
        priceYear: 1,
        horizonYears: 5,
        discountRate: 0.035,
        timing,
        items: [
          item({
            id: 'inputs',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'funder',
            upfront: true,
            years: { 1: 250_000 },
          }),
          item({
            id: 'outcome',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'participants',
            quantity: 60,
            unitValue: 8_500,
            startYear: 1,
            durationYears: 2,
            deadweight: 0.4,
            attribution: 0.3,
            dropOff: 0.3,
          }),
        ],
      }),
    )

  it('convention A (first year undiscounted) gives PV 359,069.57 and SROI 1.4363', () => {
    const r = tc1('start-of-year')
    close(r.pvBenefits, 359_069.565_217_391_3)
    expect(r.ratio).toBeCloseTo(1.4363, 4)
    expect(r.years[0]?.benefits).toBeCloseTo(214_200, 6)
    expect(r.years[1]?.benefits).toBeCloseTo(149_940, 6)
  })

  it('convention B (every year discounted) gives PV 346,927.12 and SROI 1.3877', () => {
    const r = tc1('end-of-year')
    close(r.pvBenefits, 214_200 / 1.035 + 149_940 / 1.035 ** 2)
    expect(r.pvBenefits).toBeCloseTo(346_927.12, 2)
    expect(r.ratio).toBeCloseTo(1.3877, 4)
    expect(r.timing).toBe('end-of-year')
  })
})

describe('TC3: Dutch per-stakeholder MKBA with transfers and two rates (research/mkba.md §4)', () => {
  const tc3 = (discountRate: number) =>
    evaluateModel(
      model({
        baseYear: 0,
        priceYear: 0,
        horizonYears: 6,
        discountRate,
        stakeholders: ['gemeente', 'zorgverzekeraar', 'client', 'rijk'],
        items: [
          item({
            id: 'project',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'gemeente',
            years: { 0: 300_000, 1: 300_000 },
          }),
          item({
            id: 'avoided-wmo-jeugd',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'gemeente',
            years: flat(1, 5, 60_000),
          }),
          item({
            id: 'avoided-ggz',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'zorgverzekeraar',
            years: flat(1, 5, 20_000),
          }),
          item({
            id: 'bijstand',
            kind: 'benefit',
            category: 'transfer',
            stakeholder: 'gemeente',
            counterparty: 'client',
            years: flat(1, 5, 30_000),
          }),
          item({
            id: 'net-wage',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'client',
            years: flat(1, 5, 56_000),
          }),
          item({
            id: 'tax',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'rijk',
            years: flat(1, 5, 24_000),
          }),
          item({
            id: 'qaly',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'client',
            years: flat(1, 5, 50_000),
          }),
          item({
            id: 'leisure',
            kind: 'benefit',
            category: 'unquantified',
            stakeholder: 'client',
            sign: '-',
          }),
        ],
      }),
    )

  it('at 2.25%: societal benefits 982,685.03, saldo 389,286.50, B/C 1.6560, financial 1.0567', () => {
    const r = tc3(0.0225)
    expect(r.pvCosts).toBeCloseTo(593_398.53, 2)
    expect(r.pvBenefits).toBeCloseTo(982_685.03, 2)
    expect(r.npv).toBeCloseTo(389_286.5, 1)
    expect(r.ratio).toBeCloseTo(1.656, 4)
    expect(r.pvBenefitsFinancial).toBeCloseTo(627_046.64, 2)
    expect(r.ratioFinancial).toBeCloseTo(1.0567, 4)
  })

  it('at 2.25%: the saldo per stakeholder matches and sums to the societal saldo', () => {
    const r = tc3(0.0225)
    const net = Object.fromEntries(r.perStakeholder.map((s) => [s.stakeholder, s.net]))
    expect(net.gemeente).toBeCloseTo(-172_247.81, 1)
    expect(net.zorgverzekeraar).toBeCloseTo(93_589.05, 2)
    expect(net.client).toBeCloseTo(355_638.39, 1)
    expect(net.rijk).toBeCloseTo(112_306.86, 2)
    close(
      r.perStakeholder.reduce((s, x) => s + x.net, 0),
      r.npv,
    )
  })

  it('at 3%: benefits 961,738.51, saldo 370,476.37, ratios 1.6266 and 1.0379', () => {
    const r = tc3(0.03)
    expect(r.pvBenefits).toBeCloseTo(961_738.51, 2)
    expect(r.npv).toBeCloseTo(370_476.37, 1)
    expect(r.ratio).toBeCloseTo(1.6266, 4)
    expect(r.ratioFinancial).toBeCloseTo(1.0379, 4)
  })

  it('lists the PM item without counting it', () => {
    const r = tc3(0.0225)
    expect(r.unquantified).toEqual([
      { id: 'leisure', label: 'leisure', stakeholder: 'client', sign: '-' },
    ])
    expect(r.items.find((i) => i.id === 'leisure')?.pv).toBe(0)
  })
})

describe('TC5: an effect estimate carried through to the NPV (research/mkba.md §4)', () => {
  const tc5 = (uplift: number) =>
    evaluateModel(
      model({
        baseYear: 0,
        priceYear: 0,
        horizonYears: 3,
        items: [
          item({
            id: 'cost',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'gemeente',
            years: { 0: 500_000 },
          }),
          item({
            id: 'work',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'samenleving',
            quantity: 500 * uplift,
            unitValue: 15_000,
            startYear: 1,
            durationYears: 2,
          }),
        ],
      }),
    )

  it('gives NPV €1,386,107.81 and B/C 3.7722 at the point estimate', () => {
    const r = tc5(0.13)
    expect(r.npv).toBeCloseTo(1_386_107.81, 1)
    expect(r.ratio).toBeCloseTo(3.7722, 4)
  })

  it('gives the 95% CI of the NPV exactly at the CI of the uplift (NPV is linear in it)', () => {
    const z = 1.96 // research/mkba.md computed TC5's interval with z = 1.96
    expect(tc5(0.13 - z * 0.04082).npv).toBeCloseTo(225_321.62, -1)
    expect(tc5(0.13 + z * 0.04082).npv).toBeCloseTo(2_546_894.0, -1)
    expect(tc5(0.034_46).npv).toBeCloseTo(0, -3)
  })
})

describe('the Almere headline: each invested euro returns 4 cents, 14 with social benefits', () => {
  it('reproduces ratios 0.04 (financial) and 0.14 (all benefits)', () => {
    const r = evaluateModel(
      model({
        items: [
          item({
            id: 'extra-hours',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'gemeente',
            years: { 2024: 500_000 },
          }),
          item({
            id: 'avoided-benefit',
            kind: 'benefit',
            category: 'transfer',
            stakeholder: 'gemeente',
            counterparty: 'inwoner',
            years: { 2024: 20_000 },
          }),
          item({
            id: 'wellbeing',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'inwoner',
            years: { 2024: 70_000 },
          }),
        ],
      }),
    )
    expect(r.ratioFinancial).toBeCloseTo(0.04, 12)
    expect(r.ratio).toBeCloseTo(0.14, 12)
  })
})

describe('hand-computed adjustments, horizon and payback', () => {
  it('applies deadweight, attribution, displacement, then drop-off per year', () => {
    // The example item: 3 × 12,000 from 2025 for 3 years, dw .2, attr .1, disp .05, drop-off .25
    const r = evaluateModel(
      model({
        horizonYears: 5,
        items: [
          item({
            id: 'avoided-benefit',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'gemeente',
            quantity: 3,
            unitValue: 12_000,
            startYear: 2025,
            durationYears: 3,
            deadweight: 0.2,
            attribution: 0.1,
            displacement: 0.05,
            dropOff: 0.25,
          }),
        ],
      }),
    )
    const first = 36_000 * 0.8 * 0.9 * 0.95 // 24,624
    expect(r.years.map((y) => y.benefits)).toEqual(
      [0, first, first * 0.75, first * 0.5625, 0].map((x) => expect.closeTo(x, 8)),
    )
    close(
      r.pvBenefits,
      first / 1.0225 + (first * 0.75) / 1.0225 ** 2 + (first * 0.5625) / 1.0225 ** 3,
    )
  })

  it('leaves flows outside the horizon out and says so', () => {
    const r = evaluateModel(
      model({
        horizonYears: 2,
        items: [
          item({
            id: 'x',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'g',
            years: { 2023: 5, 2024: 10, 2026: 20 },
          }),
        ],
      }),
    )
    expect(r.pvBenefits).toBe(10)
    expect(r.warnings[0]).toMatch(/2 year\(s\) outside the horizon.*2023, 2026/)
    expect(r.warningDetails[0]?.message.nl).toMatch(/2 jaar buiten de looptijd.*2023, 2026/)
  })

  it('uses an item-level discount rate for the guideline’s exceptions', () => {
    const r = evaluateModel(
      model({
        items: [
          item({
            id: 'riskfree',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'g',
            discountRate: -0.01,
            years: { 2026: 100 },
          }),
        ],
      }),
    )
    close(r.pvBenefits, 100 / 0.99 ** 2)
  })

  it('finds the payback year as the year the cumulative discounted net turns non-negative', () => {
    const r = evaluateModel(
      model({
        discountRate: 0,
        items: [
          item({
            id: 'c',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'g',
            years: { 2024: 100 },
          }),
          item({
            id: 'b',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'g',
            years: flat(2024, 2033, 30),
          }),
        ],
      }),
    )
    expect(r.paybackYear).toBe(2027) // −70, −40, −10, +20
  })

  it('reports no ratio (null, never Infinity) without costs', () => {
    const r = evaluateModel(
      model({
        items: [
          item({
            id: 'b',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'g',
            years: { 2024: 1 },
          }),
        ],
      }),
    )
    expect(r.ratio).toBeNull()
  })

  it('warns about wage gains next to the benefit they replace for one stakeholder', () => {
    const r = evaluateModel(
      model({
        items: [
          item({
            id: 'wage',
            kind: 'benefit',
            category: 'social',
            stakeholder: 'inwoner',
            years: { 2024: 1 },
          }),
          item({
            id: 'bijstand-saved',
            kind: 'benefit',
            category: 'financial',
            stakeholder: 'inwoner',
            years: { 2024: 1 },
          }),
        ],
      }),
    )
    expect(r.warnings.join(' ')).toMatch(/double counting.*wage gains/)
    expect(r.warningDetails[0]).toEqual(
      expect.objectContaining({ code: 'double-counting', items: expect.any(Array) }),
    )
    expect(r.warningDetails[0]?.message.nl).toMatch(/dubbeltelling.*loonwinst/)
  })
})

describe('properties', () => {
  const arbitraryModel = fc.record({
    cost: fc.integer({ min: 1, max: 1_000_000 }),
    benefit: fc.integer({ min: 0, max: 1_000_000 }),
    years: fc.integer({ min: 1, max: 8 }),
  })

  it('the PV of future benefits falls as the discount rate rises', () => {
    fc.assert(
      fc.property(
        arbitraryModel,
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 0.001, max: 0.05, noNaN: true }),
        (m, r, dr) => {
          const build = (rate: number) =>
            evaluateModel(
              model({
                discountRate: rate,
                items: [
                  item({
                    id: 'b',
                    kind: 'benefit',
                    category: 'social',
                    stakeholder: 'g',
                    quantity: 1,
                    unitValue: m.benefit,
                    startYear: 2025,
                    durationYears: m.years,
                  }),
                ],
              }),
            ).pvBenefits
          expect(build(r + dr)).toBeLessThanOrEqual(build(r))
        },
      ),
    )
  })

  it('NPV is linear in a common scale factor', () => {
    fc.assert(
      fc.property(arbitraryModel, fc.double({ min: 0.1, max: 10, noNaN: true }), (m, k) => {
        const build = (s: number) =>
          evaluateModel(
            model({
              items: [
                item({
                  id: 'c',
                  kind: 'cost',
                  category: 'financial',
                  stakeholder: 'g',
                  years: { 2024: m.cost * s },
                }),
                item({
                  id: 'b',
                  kind: 'benefit',
                  category: 'social',
                  stakeholder: 'h',
                  quantity: s,
                  unitValue: m.benefit,
                  startYear: 2025,
                  durationYears: m.years,
                }),
              ],
            }),
          ).npv
        expect(build(k)).toBeCloseTo(k * build(1), 4)
      }),
    )
  })

  it('a transfer counts at the receiving side whichever side writes it down', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 7 }), (amount) => {
        const cost = item({
          id: 'c',
          kind: 'cost',
          category: 'financial',
          stakeholder: 'g',
          years: { 2024: 100 },
        })
        const transfer = (kind: 'cost' | 'benefit', from: string, to: string) =>
          evaluateModel(
            model({
              stakeholders: ['g', 'i'],
              items: [
                cost,
                item({
                  id: 't',
                  kind,
                  category: 'transfer',
                  stakeholder: from,
                  counterparty: to,
                  years: { 2025: amount },
                }),
              ],
            }),
          )
        // The municipality saves a benefit the resident loses: written as the municipality's
        // gain, or as the resident's loss, the result must be the same.
        const asGain = transfer('benefit', 'g', 'i')
        const asLoss = transfer('cost', 'i', 'g')
        expect(asLoss.pvBenefitsFinancial).toBeCloseTo(asGain.pvBenefitsFinancial, 6)
        expect(asGain.pvBenefitsFinancial).toBeCloseTo(amount / 1.0225, 6)
        expect(asLoss.perStakeholder).toEqual(asGain.perStakeholder)
        expect(asLoss.years.map((y) => y.benefitsFinancial)).toEqual(
          asGain.years.map((y) => y.benefitsFinancial),
        )
      }),
    )
  })

  it('transfers never change the societal totals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 7 }), (amount) => {
        const base = [
          item({
            id: 'c',
            kind: 'cost',
            category: 'financial',
            stakeholder: 'g',
            years: { 2024: 100 },
          }),
        ]
        const withTransfer = [
          ...base,
          item({
            id: 't',
            kind: 'benefit',
            category: 'transfer',
            stakeholder: 'g',
            counterparty: 'i',
            years: { 2025: amount },
          }),
        ]
        const a = evaluateModel(model({ stakeholders: ['g', 'i'], items: base }))
        const b = evaluateModel(model({ stakeholders: ['g', 'i'], items: withTransfer }))
        expect(b.npv).toBe(a.npv)
        expect(b.perStakeholder.reduce((s, x) => s + x.net, 0)).toBeCloseTo(a.npv, 6)
      }),
    )
  })
})
