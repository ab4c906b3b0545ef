import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/power.json' with { type: 'json' }
import {
  eventProbabilityFromRate,
  powerMeans,
  powerProportions,
  schoenfeldEvents,
  survivalPower,
} from './index.js'

const TOL = 1e-6 // relative; R solved with tol = 1e-12, we bisect to 1e-13

describe('powerProportions against stats::power.prop.test', () => {
  for (const c of fixtures.proportions) {
    const input = c.input as {
      n?: number
      p1: number
      p2?: number
      power?: number
      sig_level?: number
    }
    it(`solves ${JSON.stringify(c.input)}`, () => {
      const r = powerProportions({
        p1: input.p1,
        ...(input.n !== undefined ? { n: input.n } : {}),
        ...(input.p2 !== undefined ? { p2: input.p2 } : {}),
        ...(input.power !== undefined ? { power: input.power } : {}),
        sigLevel: c['sig.level'],
      })
      for (const [got, want] of [
        [r.n, c.n],
        [r.p2, c.p2],
        [r.power, c.power],
      ] as const) {
        expectClose(got, want, TOL)
      }
    })
  }

  it('refuses a question with more than one unknown', () => {
    expect(() => powerProportions({ p1: 0.2 })).toThrow(/Exactly one/)
  })
})

describe('powerMeans against stats::power.t.test', () => {
  for (const c of fixtures.means) {
    it(`solves ${JSON.stringify(c.input)}`, () => {
      const input = c.input as { n?: number; delta?: number; sd?: number; power?: number }
      const r = powerMeans({
        sd: c.sd,
        sigLevel: c['sig.level'],
        ...(input.n !== undefined ? { n: input.n } : {}),
        ...(input.delta !== undefined ? { delta: input.delta } : {}),
        ...(input.power !== undefined ? { power: input.power } : {}),
      })
      for (const [got, want] of [
        [r.n, c.n],
        [r.delta, c.delta],
        [r.power, c.power],
      ] as const) {
        expectClose(got, want, TOL)
      }
    })
  }
})

describe('Schoenfeld', () => {
  for (const c of fixtures.schoenfeld) {
    it(`needs ${c.events.toFixed(2)} events for HR ${c.hr} (power ${c.power}, allocation ${c.p.toFixed(2)})`, () => {
      const got = schoenfeldEvents({
        hazardRatio: c.hr,
        power: c.power,
        sigLevel: c.alpha,
        allocation: c.p,
      })
      expectClose(got, c.events, 1e-12)
    })
  }

  it('is consistent: with exactly the required events, power equals the target at the minimal HR', () => {
    const D = schoenfeldEvents({ hazardRatio: 0.5 })
    const r = survivalPower({ nPilot: D, nComparison: D, eventProbability: 0.5, hazardRatio: 0.5 })
    expect(r.minimalHazardRatioDown).toBeCloseTo(0.5, 10)
    expect(r.power).toBeCloseTo(0.8, 10)
  })

  it('turns a monthly rate into an event probability over follow-up', () => {
    expect(eventProbabilityFromRate(0.05, 18)).toBeCloseTo(1 - Math.exp(-0.9), 12)
  })
})
