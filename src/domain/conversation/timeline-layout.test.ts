import { describe, expect, it } from 'vitest'
import type { ActivityCard, Card } from './conversation.js'
import { layoutLane, moveCard, stretchCard, timeRange } from './timeline-layout.js'

const activity = (id: string, start: string, end?: string): ActivityCard => ({
  type: 'activity',
  id,
  item: 'X',
  start,
  ...(end ? { end } : {}),
})

describe('timeline layout', () => {
  it('spans whole months, at least six', () => {
    const range = timeRange([activity('a', '2026-03-15', '2026-04-02')], '2026-03-20')
    expect(new Date(range.from).toISOString().slice(0, 10)).toBe('2026-03-01')
    expect(new Date(range.to).toISOString().slice(0, 10)).toBe('2026-09-01')
  })

  it('places cards in proportion to their dates and stacks overlapping ones', () => {
    const range = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 101) } // 100 days
    const placed = layoutLane(
      [
        activity('a', '2026-01-11', '2026-01-30'), // days 10–29
        activity('b', '2026-01-21'), // overlaps a
        activity('c', '2026-03-02'), // day 60: free again
      ],
      range,
      5,
    )
    const byId = Object.fromEntries(placed.map((p) => [p.card.id, p]))
    expect(byId.a).toMatchObject({ left: 10, row: 0 })
    expect(byId.a?.width).toBeCloseTo(20, 10)
    expect(byId.b).toMatchObject({ left: 20, width: 5, row: 1 })
    expect(byId.c).toMatchObject({ left: 60, row: 0 })
  })

  it('moves a period by whole days keeping its length, and stretches it no shorter than a day', () => {
    const card = activity('a', '2026-12-28', '2027-01-03')
    expect(moveCard(card, 7)).toMatchObject({ start: '2027-01-04', end: '2027-01-10' })
    expect(stretchCard(card, -30)).toMatchObject({ start: '2026-12-28', end: '2026-12-28' })
  })

  it('draws a rate without an end over the rate’s duration', () => {
    const rated: Card = {
      ...activity('r', '2026-01-10'),
      rate: { amount: 2, per: 'week', for: { count: 3, unit: 'month' } },
    }
    const range = timeRange([rated], '2026-01-10')
    const [placed] = layoutLane([rated], range, 0)
    // 3 × 365/12 = 91.25 → 91 days, from 10 January up to and including 10 April.
    const days = ((placed?.width ?? 0) / 100) * ((range.to - range.from) / 86_400_000)
    expect(days).toBeCloseTo(91, 6)
  })
})
