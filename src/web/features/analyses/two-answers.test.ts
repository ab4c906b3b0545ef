import { describe, expect, it } from 'vitest'
import type { OutcomeView } from './results-view.js'
import { agreement, registerEffects } from './two-answers.js'

const outcome = (type: string, ciLow: number, ciHigh: number): OutcomeView => ({
  name: `${type} ${ciLow}`,
  type,
  n: { count: 100, suppression: null },
  groupN: { pilot: { count: 50, suppression: null }, comparison: { count: 50, suppression: null } },
  shown: true,
  scale: '',
  estimate: (ciLow + ciHigh) / 2,
  se: 1,
  ciLow,
  ciHigh,
  p: 0.5,
  meanPilot: null,
  meanComparison: null,
  change: null,
  reading: { nl: '', en: '' },
  km: [],
  atRisk: null,
})

describe('the two answers side by side', () => {
  it('reads a register effect against 0 for a difference and against 1 for a hazard ratio', () => {
    const found = registerEffects([
      outcome('binary', 0.01, 0.08),
      outcome('binary', -0.02, 0.05),
      outcome('time-to-event', 0.6, 0.9),
      outcome('time-to-event', 0.8, 1.3),
    ])
    expect(found.map((o) => o.name)).toEqual(['binary 0.01', 'time-to-event 0.6'])
  })

  it('says whether they agree, and which one finds the effect when they do not', () => {
    const saves = { ciLow: 500, ciHigh: 4000 }
    const unclear = { ciLow: -800, ciHigh: 3000 }
    const effect = [outcome('binary', 0.01, 0.08)]
    const none = [outcome('binary', -0.02, 0.05)]
    expect(agreement(saves, effect)).toBe('both')
    expect(agreement(unclear, none)).toBe('neither')
    expect(agreement(saves, none)).toBe('cases-only')
    expect(agreement(unclear, effect)).toBe('register-only')
  })
})
