import { describe, expect, it } from 'vitest'
import { evaluateModel } from './evaluate.js'
import { stakeholderParts } from './stakeholder-parts.js'
import { flat, item, model } from './test-models.js'

describe('stakeholderParts', () => {
  const result = evaluateModel(
    model({
      horizonYears: 4,
      stakeholders: ['gemeente', 'inwoner', 'zorgverzekeraar'],
      items: [
        item({
          id: 'staff',
          kind: 'cost',
          category: 'financial',
          stakeholder: 'gemeente',
          years: { 2024: 1000 },
        }),
        item({
          id: 'care',
          kind: 'benefit',
          category: 'financial',
          stakeholder: 'zorgverzekeraar',
          years: flat(2025, 2026, 300),
        }),
        item({
          id: 'wellbeing',
          kind: 'benefit',
          category: 'social',
          stakeholder: 'inwoner',
          years: { 2025: 200 },
        }),
        item({
          id: 'benefit-saved',
          kind: 'benefit',
          category: 'transfer',
          stakeholder: 'gemeente',
          counterparty: 'inwoner',
          years: { 2025: 500 },
        }),
        item({
          id: 'trust',
          kind: 'benefit',
          category: 'unquantified',
          stakeholder: 'inwoner',
          sign: '+',
        }),
      ],
    }),
  )
  const parts = stakeholderParts(result.items)

  it('adds up to each stakeholder’s net of the per-stakeholder table', () => {
    for (const s of result.perStakeholder) {
      const sum = parts
        .filter((p) => p.stakeholder === s.stakeholder)
        .reduce((t, p) => t + p.value, 0)
      expect(sum).toBeCloseTo(s.net, 9)
    }
  })

  it('shows a transfer on both sides, so that it cancels for society', () => {
    const transfer = parts.filter((p) => p.part === 'transfer')
    expect(transfer.map((p) => p.stakeholder)).toEqual(['gemeente', 'inwoner'])
    expect(transfer[0]!.value).toBeCloseTo(500 / 1.0225, 9)
    expect(transfer[0]!.value + transfer[1]!.value).toBe(0)
  })

  it('signs costs negative, splits money from social benefits, and leaves PM items out', () => {
    expect(parts.find((p) => p.part === 'cost')).toMatchObject({
      stakeholder: 'gemeente',
      value: -1000,
    })
    expect(parts.filter((p) => p.part === 'money').map((p) => p.stakeholder)).toEqual([
      'zorgverzekeraar',
    ])
    expect(parts.filter((p) => p.part === 'social').map((p) => p.stakeholder)).toEqual(['inwoner'])
    expect(parts).toHaveLength(5)
  })
})
