import { describe, expect, it } from 'vitest'
import { approvalProblem, type LedgerRow, summariseLedger } from './ledger.js'

const pot = {
  amountCents: 1_000_000,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  approvalThresholdCents: 50_000,
}
let seq = 0
const row = (over: Partial<LedgerRow>): LedgerRow => ({
  id: `r${++seq}`,
  seq,
  participantId: 'p1',
  pseudonym: 'P-0001',
  amountCents: 10_000,
  date: '2026-03-01',
  purpose: 'Fiets om naar werk te gaan',
  goal: 'Aan het werk',
  replacesDomain: 'participatiewet',
  recordedBy: 'u1',
  approvedBy: null,
  corrects: null,
  recordedAt: '2026-03-01T10:00:00Z',
  ...over,
})

describe('the unshielded budget ledger', () => {
  it('computes balance, per domain and per case with corrections as new rows', () => {
    const a = row({ amountCents: 30_000 })
    const b = row({
      participantId: 'p2',
      pseudonym: 'P-0002',
      amountCents: 80_000,
      replacesDomain: 'wmo',
      approvedBy: 'u2',
    })
    const c = row({ amountCents: 12_500, replacesDomain: null, purpose: '', goal: '' })
    // b was € 800 and should have been € 650: the correction row is −15,000 cents
    const bFix = row({
      participantId: 'p2',
      pseudonym: 'P-0002',
      amountCents: -15_000,
      corrects: b.id,
      purpose: 'Factuur lager',
    })
    const s = summariseLedger(pot, [a, b, c, bFix])
    // 30,000 + 80,000 + 12,500 − 15,000 = 107,500 spent; 1,000,000 − 107,500 = 892,500 left
    expect(s.spentCents).toBe(107_500)
    expect(s.balanceCents).toBe(892_500)
    expect(s.spends.map((x) => [x.id, x.effectiveCents, x.corrections.length])).toEqual([
      [a.id, 30_000, 0],
      [b.id, 65_000, 1],
      [c.id, 12_500, 0],
    ])
    expect(s.perDomain).toEqual([
      { domain: 'participatiewet', cents: 30_000, spends: 1 },
      { domain: 'wmo', cents: 65_000, spends: 1 },
      { domain: null, cents: 12_500, spends: 1 },
    ])
    expect(s.perCase).toEqual([
      { participantId: 'p1', pseudonym: 'P-0001', cents: 42_500, spends: 2 },
      { participantId: 'p2', pseudonym: 'P-0002', cents: 65_000, spends: 1 },
    ])
    expect(s.spends[2]?.flags).toEqual(['no-purpose', 'no-goal'])
    expect(s.flagged).toBe(1)
  })

  it('has no balance without a pot', () => {
    expect(summariseLedger(null, [row({})]).balanceCents).toBeNull()
  })

  it('asks a second person above the threshold, and never the recorder', () => {
    expect(approvalProblem(50_000, 50_000, 'u1', undefined)).toBeNull()
    expect(approvalProblem(50_001, 50_000, 'u1', undefined)?.nl).toMatch(/tweede persoon/)
    expect(approvalProblem(10, 50_000, 'u1', 'u1')?.en).toMatch(/someone other/)
    expect(approvalProblem(50_001, 50_000, 'u1', 'u2')).toBeNull()
  })
})
