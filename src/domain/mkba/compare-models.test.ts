import { describe, expect, it } from 'vitest'
import { compareMkbaModels, isUnchanged } from './compare-models.js'

const base = {
  name: 'Pilot',
  baseYear: 2026,
  horizonYears: 5,
  stakeholders: ['gemeente'],
  items: [
    { id: 'uren', kind: 'cost', quantity: 100, unitValue: 78.5, years: { 2026: 1 } },
    { id: 'bijstand', kind: 'benefit', quantity: 4 },
  ],
}

describe('compareMkbaModels', () => {
  it('finds nothing between a model and an equal copy, whatever the order of its keys', () => {
    expect(isUnchanged(compareMkbaModels(base, structuredClone(base)))).toBe(true)
    const reordered = { ...base, items: [{ years: { 2026: 1 }, ...base.items[0] }, base.items[1]] }
    expect(isUnchanged(compareMkbaModels(base, reordered))).toBe(true)
  })

  it('lists changed settings, added, removed and changed items field by field', () => {
    const newer = {
      ...base,
      horizonYears: 10,
      discountRate: 0.03,
      items: [
        { id: 'uren', kind: 'cost', quantity: 4.5, unitValue: 78.5, years: { 2026: 1 } },
        { id: 'schuldhulp', kind: 'benefit', quantity: 2 },
      ],
    }
    const c = compareMkbaModels(base, newer)
    expect(c.settings).toEqual([
      { field: 'horizonYears', before: '5', after: '10' },
      { field: 'discountRate', before: undefined, after: '0.03' },
    ])
    expect(c.added).toEqual(['schuldhulp'])
    expect(c.removed).toEqual(['bijstand'])
    expect(c.changed).toEqual([
      { id: 'uren', fields: [{ field: 'quantity', before: '100', after: '4.5' }] },
    ])
  })

  it('reads anything without throwing (an old or hand-edited file)', () => {
    expect(compareMkbaModels(null, { items: 'x', name: 'B' })).toEqual({
      settings: [{ field: 'name', before: undefined, after: '"B"' }],
      added: [],
      removed: [],
      changed: [],
    })
  })
})
