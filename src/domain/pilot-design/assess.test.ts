// Expected numbers from R 4.2.2: fixtures/make.R (power.prop.test, power.t.test, Schoenfeld).
import { describe, expect, it } from 'vitest'
import { toValidationError } from '../validation/index.js'
import { assessPilotDesign } from './assess.js'
import { type PilotDesignInput, pilotDesignSchema } from './design.js'

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-6)

const groups = { nPilot: 150, nComparison: 150, followUpMonths: 18 }
const assess = (input: PilotDesignInput) => assessPilotDesign(pilotDesignSchema.parse(input))

describe('assessPilotDesign', () => {
  it('proportions: as power.prop.test(n = 150, p1 = 0.3, …)', () => {
    const a = assess({
      outcome: 'proportion',
      ...groups,
      baselineShare: 0.3,
      smallestDifference: 0.1,
    })
    close(a.detectableDifference, 0.156255482627887)
    close(a.powerAtSmallestDifference, 0.442323564093939)
    expect(a.needed).toEqual({ nPilot: 356, nComparison: 356 }) // R: n = 355.9428
    expect(a.sentence.nl).toBe(
      'Met 150 mensen per groep en 18 maanden kan deze pilot geen verschil kleiner dan 15,6 procentpunt aantonen.',
    )
    expect(a.sentence.en).toBe(
      'With 150 people per group and 18 months, this pilot cannot show a difference smaller than 15.6 percentage points.',
    )
  })

  it('means: as power.t.test(n = 150, sd = 400, …)', () => {
    const a = assess({ outcome: 'mean', ...groups, sd: 400, smallestDifference: 100 })
    close(a.detectableDifference, 129.818555281357)
    close(a.powerAtSmallestDifference, 0.578523856245038)
    expect(a.needed).toEqual({ nPilot: 253, nComparison: 253 }) // R: n = 252.1281
    expect(a.sentence.nl).toContain('kleiner dan 129,8 aantonen.')
  })

  it('time to event: Schoenfeld with the planned allocation 1 : 3', () => {
    const a = assess({
      outcome: 'time-to-event',
      nPilot: 150,
      nComparison: 450,
      followUpMonths: 18,
      eventRatePerMonth: 0.03,
      smallestDifference: 1.5,
    })
    close(a.detectableDifference, 1.5051773290319)
    close(a.powerAtSmallestDifference, 0.793325460280447)
    // R: pilot n 152.5602, so 153 and 3 × 152.5602 = 457.68 → 458
    expect(a.needed).toEqual({ nPilot: 153, nComparison: 458 })
    expect(a.sentence.en).toBe(
      'With 150 people in the pilot group, 450 in the comparison group and 18 months, this pilot cannot show an effect with a hazard ratio closer to 1 than 1.51.',
    )
  })

  it('time to event: a hazard ratio below 1 reports the detectable ratio below 1', () => {
    const a = assess({
      outcome: 'time-to-event',
      nPilot: 150,
      nComparison: 450,
      followUpMonths: 18,
      eventRatePerMonth: 0.03,
      smallestDifference: 1 / 1.5,
    })
    close(a.detectableDifference, 1 / 1.5051773290319)
    close(a.powerAtSmallestDifference, 0.793325460280447)
  })

  it('unequal groups: the harmonic-mean size (Cohen 1988 §2.3.2), needed sizes in the ratio', () => {
    // 100 and 300 are equivalent to 150 and 150: 2·100·300/400 = 150.
    const a = assess({
      outcome: 'proportion',
      nPilot: 100,
      nComparison: 300,
      followUpMonths: 18,
      baselineShare: 0.3,
      smallestDifference: 0.1,
    })
    close(a.detectableDifference, 0.156255482627887)
    // equal n 355.9428 ⇒ pilot 355.9428 · (1 + 3) / 6 = 237.295, comparison 711.886
    expect(a.needed).toEqual({ nPilot: 238, nComparison: 712 })
  })

  it('power curve: 20 rising points reaching past the needed size', () => {
    const a = assess({
      outcome: 'proportion',
      ...groups,
      baselineShare: 0.3,
      smallestDifference: 0.1,
    })
    expect(a.curve).toHaveLength(20)
    for (let i = 1; i < a.curve.length; i++) {
      expect(a.curve[i]?.power ?? 0).toBeGreaterThan(a.curve[i - 1]?.power ?? 1)
    }
    expect(a.curve.at(-1)?.nPilot).toBe(445) // 1.25 × 356
    expect(a.curve.at(-1)?.power ?? 0).toBeGreaterThan(0.8)
  })
})

describe('pilotDesignSchema', () => {
  it('defaults alpha 0.05 and power 0.8', () => {
    const d = pilotDesignSchema.parse({ outcome: 'mean', ...groups, sd: 1, smallestDifference: 1 })
    expect([d.alpha, d.power]).toEqual([0.05, 0.8])
  })

  it('refuses a baseline plus difference of 100% or more, naming the field in nl and en', () => {
    const input = { outcome: 'proportion', ...groups, baselineShare: 0.7, smallestDifference: 0.3 }
    const result = pilotDesignSchema.safeParse(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(toValidationError(result.error, input).issues).toEqual([
      {
        field: 'smallestDifference',
        message: {
          nl: 'het basisniveau plus het kleinste verschil moet onder de 100% blijven',
          en: 'the baseline plus the smallest difference must stay below 100%',
        },
      },
    ])
  })

  it('refuses a hazard ratio of 1 and a group of one', () => {
    const tte = { outcome: 'time-to-event', ...groups, eventRatePerMonth: 0.03 }
    expect(pilotDesignSchema.safeParse({ ...tte, smallestDifference: 1 }).success).toBe(false)
    expect(
      pilotDesignSchema.safeParse({ ...tte, nPilot: 1, smallestDifference: 1.5 }).success,
    ).toBe(false)
  })
})
