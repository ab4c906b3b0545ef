import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { STARTER_PRICE_LIST, type TableConversation } from '../../domain/index.js'
import { timelineSvg } from './timeline-svg.js'

const conversation: TableConversation = {
  caseId: 'X',
  measurement: 'T1',
  date: '2026-01-01',
  attendees: [],
  scenarios: {
    interventie: {
      cards: [
        {
          type: 'activity',
          id: 'a',
          item: 'KH-GP-CONSULT-AVG',
          start: '2026-01-01',
          end: '2026-03-31',
          quantity: 2,
        },
        { type: 'activity', id: 'b', item: 'KH-GP-CONSULT-AVG', start: '2026-02-01', quantity: 1 },
        {
          type: 'event',
          id: 'e',
          domain: 'financien',
          start: '2026-05-01',
          description: 'Schulden geregeld',
          direction: 'better',
        },
      ],
    },
    referentie: {
      kind: 'former-approach',
      reasoning: '',
      cards: [
        {
          type: 'activity',
          id: 'r',
          item: 'KH-EMERGENCY-CARE',
          start: '2026-04-01',
          quantity: 1,
          confidence: 'low',
        },
      ],
    },
  },
}

function cards() {
  const svg = timelineSvg(
    conversation,
    STARTER_PRICE_LIST,
    'nl',
    { interventie: 'I', referentie: 'R' },
    () => 10,
  )
  const { document } = parseHTML(`<html><body>${svg}</body></html>`)
  return [...document.querySelectorAll('g')].map((g) => {
    const rect = g.querySelector('rect')
    return {
      title: g.querySelector('title')?.textContent ?? '',
      x: Number(rect?.getAttribute('x')),
      y: Number(rect?.getAttribute('y')),
      width: Number(rect?.getAttribute('width')),
      dashed: rect?.hasAttribute('stroke-dasharray') ?? false,
    }
  })
}

describe('the printed timeline', () => {
  it('puts each card in its lane, at x proportional to its date, stacking overlaps', () => {
    const [a, b, e, r] = cards()
    // Same axis: January to July (6 months); a starts at the left edge.
    expect(b?.x).toBeGreaterThan(a?.x ?? 0)
    expect(e?.x).toBeGreaterThan(b?.x ?? 0)
    // b overlaps a's period (January–March): a second row in the same lane.
    expect(b?.y).toBeGreaterThan(a?.y ?? 0)
    expect(e?.y).toBe(a?.y)
    // Reference cards sit below every intervention card.
    expect(r?.y).toBeGreaterThan(Math.max(a?.y ?? 0, b?.y ?? 0))
    // x is linear in time: (Feb 1 − Jan 1) / (May 1 − Jan 1) of the way from a to e.
    const share = ((b?.x ?? 0) - (a?.x ?? 0)) / ((e?.x ?? 0) - (a?.x ?? 0))
    expect(share).toBeCloseTo(31 / 120, 3) // x is written to 0.1 px
    // a spans 90 days, wider than the one-day cards' minimum.
    expect(a?.width).toBeGreaterThan(b?.width ?? 0)
  })

  it('marks a better life event with ▲ and its ZRM domain and an unsure reference card with a dashed outline', () => {
    const [, , e, r] = cards()
    expect(e?.title).toBe('▲ Financiën: Schulden geregeld')
    expect(r?.dashed).toBe(true)
    expect(r?.title).toMatch(/€\s10$/)
  })
})
