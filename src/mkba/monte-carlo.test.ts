import { describe, expect, it } from 'vitest'
import { analyseMkba } from './analyse.js'
import { compileModel } from './compile.js'
import { evaluateModel } from './evaluate.js'
import { monteCarlo, quantile7 } from './monte-carlo.js'
import { item, model } from './test-models.js'
import { tornado } from './tornado.js'

/** TC5 with the uplift as an effect estimate: 500 participants, 0.13 (SE 0.04082). */
const tc5 = model({
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
      quantity: 65,
      unitValue: 15_000,
      startYear: 1,
      durationYears: 2,
      uncertainty: {
        quantity: { distribution: 'effect', estimate: 0.13, se: 0.04082, multiplier: 500 },
      },
    }),
  ],
})

describe('monteCarlo', () => {
  it('reproduces TC5: P(NPV > 0) = 0.9904 and the 95% range of the NPV with 200,000 draws', () => {
    const r = monteCarlo(compileModel(tc5), { draws: 200_000, seed: 1 })
    // Monte Carlo error of a proportion near 0.99 with 2e5 draws: sd ≈ 2.2e-4; allow 4 sd.
    expect(Math.abs(r.probRatioAbove1 - 0.9904)).toBeLessThan(1e-3)
    // The 2.5/97.5% NPV equal the NPV at the CI bounds (€225,321.62 … €2,546,894.00); P5/P95 lie inside.
    expect(r.npvP50).toBeGreaterThan(1_386_107.81 - 10_000)
    expect(r.npvP50).toBeLessThan(1_386_107.81 + 10_000)
    expect(r.npvP5).toBeGreaterThan(225_321.62)
    expect(r.npvP95).toBeLessThan(2_546_894)
  })

  it('converges to the deterministic NPV for symmetric inputs as draws grow', () => {
    const symmetric = model({
      items: [
        item({
          id: 'c',
          kind: 'cost',
          category: 'financial',
          stakeholder: 'g',
          years: { 2024: 100_000 },
          uncertainty: { amount: { distribution: 'uniform', low: 0.8, high: 1.2 } },
        }),
        item({
          id: 'b',
          kind: 'benefit',
          category: 'financial',
          stakeholder: 'g',
          quantity: 10,
          unitValue: 5_000,
          startYear: 2025,
          durationYears: 4,
          uncertainty: {
            quantity: { distribution: 'normal', mean: 10, sd: 3 },
            unitValue: { distribution: 'triangular', low: 3_000, mode: 5_000, high: 7_000 },
          },
        }),
        item({
          id: 's',
          kind: 'benefit',
          category: 'social',
          stakeholder: 'i',
          quantity: 20,
          unitValue: 1_000,
          startYear: 2025,
          durationYears: 3,
          uncertainty: { unitValue: { distribution: 'pert', low: 500, mode: 1_000, high: 1_500 } },
        }),
      ],
    })
    const deterministic = evaluateModel(symmetric).npv
    const errors = [1_000, 10_000, 100_000].map((draws) =>
      Math.abs(monteCarlo(compileModel(symmetric), { draws, seed: 11 }).npvMean - deterministic),
    )
    expect(errors[2]!).toBeLessThan(errors[0]!)
    // sd(NPV) ≈ 60k here; at 1e5 draws the standard error of the mean is ≈ 200.
    expect(errors[2]!).toBeLessThan(1_000)
  })

  it('draws an effect estimate shared by two items once per draw, and varies it as one tornado bar', () => {
    const effect = {
      distribution: 'effect',
      estimate: 1,
      se: 0.5,
      multiplier: 1,
      shared: 'w',
    } as const
    const valued = (id: string) =>
      item({
        id,
        kind: 'benefit',
        category: 'social',
        stakeholder: 'g',
        quantity: 1,
        unitValue: 100,
        startYear: 2024,
        durationYears: 1,
        uncertainty: { quantity: effect },
      })
    const cost = item({
      id: 'c',
      kind: 'cost',
      category: 'financial',
      stakeholder: 'g',
      years: { 2024: 150 },
    })
    const compiled = compileModel(model({ items: [cost, valued('wage'), valued('saved')] }))
    // NPV = 200·q − 150 with q ~ N(1, 0.5): P5–P95 spans 2 · 1.645 · 100 = 329 (independent
    // draws would give 2 · 1.645 · 70.7 = 233).
    const r = monteCarlo(compiled, { draws: 100_000, seed: 2 })
    expect(r.npvP95 - r.npvP5).toBeGreaterThan(329 * 0.98)
    expect(r.npvP95 - r.npvP5).toBeLessThan(329 * 1.02)
    const bars = tornado(compiled)
    expect(bars).toHaveLength(1)
    expect(bars[0]).toMatchObject({ parameter: 'effect:w', field: 'effect' })
    // q at 1 ∓ 1.959964 · 0.5 for both items.
    expect(bars[0]?.npvLow).toBeCloseTo(200 * (1 - 1.959963985 * 0.5) - 150, 6)
    expect(bars[0]?.npvHigh).toBeCloseTo(200 * (1 + 1.959963985 * 0.5) - 150, 6)
  })

  it('gives the same result for the same seed, and records the seed', () => {
    const a = monteCarlo(compileModel(tc5), { draws: 1_000, seed: 5 })
    const b = monteCarlo(compileModel(tc5), { draws: 1_000, seed: 5 })
    expect(a).toEqual(b)
    expect(a.seed).toBe(5)
  })

  it('samples lognormal inputs with the requested mean', () => {
    const m = model({
      items: [
        item({
          id: 'b',
          kind: 'benefit',
          category: 'financial',
          stakeholder: 'g',
          quantity: 1,
          unitValue: 100,
          startYear: 2024,
          durationYears: 1,
          uncertainty: { unitValue: { distribution: 'lognormal', mean: 100, sd: 50 } },
        }),
      ],
    })
    expect(monteCarlo(compileModel(m), { draws: 100_000, seed: 3 }).npvMean).toBeCloseTo(100, 0)
  })

  it('rejects a non-positive number of draws', () => {
    expect(() => monteCarlo(compileModel(tc5), { draws: 0, seed: 1 })).toThrow(/draws/)
  })
})

describe('quantile7', () => {
  it('matches R quantile(type = 7): quantile(1:10, c(.05, .5, .95)) = 1.45, 5.5, 9.55', () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => i + 1)
    expect(quantile7(x, 0.05)).toBeCloseTo(1.45, 12)
    expect(quantile7(x, 0.5)).toBeCloseTo(5.5, 12)
    expect(quantile7(x, 0.95)).toBeCloseTo(9.55, 12)
  })
})

describe('tornado', () => {
  it('evaluates each uncertain parameter at its low and high value, largest swing first', () => {
    const bars = tornado(
      compileModel(
        model({
          items: [
            item({
              id: 'c',
              kind: 'cost',
              category: 'financial',
              stakeholder: 'g',
              years: { 2024: 1_000 },
              uncertainty: { amount: { distribution: 'uniform', low: 0.9, high: 1.1 } },
            }),
            item({
              id: 'b',
              kind: 'benefit',
              category: 'financial',
              stakeholder: 'g',
              quantity: 10,
              unitValue: 100,
              startYear: 2024,
              durationYears: 1,
              uncertainty: { quantity: { distribution: 'triangular', low: 0, mode: 10, high: 30 } },
            }),
          ],
        }),
      ),
    )
    expect(bars.map((b) => b.parameter)).toEqual(['b.quantity', 'c.amount'])
    expect(bars[0]).toMatchObject({ low: 0, high: 30, npvLow: -1_000, npvHigh: 2_000 })
    expect(bars[1]).toMatchObject({
      npvLow: expect.closeTo(100, 9),
      npvHigh: expect.closeTo(-100, 9),
    })
  })

  it('includes the discount rate when it is uncertain', () => {
    const r = analyseMkba({
      ...tc5,
      discountRateUncertainty: { distribution: 'uniform', low: 0.01, high: 0.04 },
    })
    expect(r.tornado.map((b) => b.parameter)).toContain('discountRate')
  })
})

describe('scenarios', () => {
  it('evaluates a scale-up side by side with the pilot', () => {
    const r = analyseMkba({
      ...tc5,
      scenarios: [
        {
          id: 'city',
          name: 'Heel de stad',
          overrides: { work: { quantity: 650 }, cost: { years: { 0: 4_000_000 } } },
        },
      ],
    })
    expect(r.scenarios.map((s) => s.id)).toEqual(['base', 'city'])
    expect(r.scenarios[1]!.pvBenefits).toBeCloseTo(10 * r.scenarios[0]!.pvBenefits, 6)
    expect(r.scenarios[1]!.pvCosts).toBe(4_000_000)
  })
})
