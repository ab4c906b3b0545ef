import { describe, expect, it } from 'vitest'
import { STARTER_PRICE_LIST } from '../price-list/starter.js'
import { cardDescription } from './card-description.js'

const item = (code: string) => STARTER_PRICE_LIST.items.find((i) => i.code === code)
const activity = {
  type: 'activity' as const,
  id: 'a',
  item: 'KH-MHC-SOCIALWORK',
  start: '2026-01-05',
}

describe('cardDescription', () => {
  it('names an activity by its item, quantity and a unit that agrees with the quantity', () => {
    const contact = item('KH-MHC-SOCIALWORK')
    expect(cardDescription({ ...activity, quantity: 12 }, contact, 'nl')).toBe(
      'Contact maatschappelijk werk · 12 contacten',
    )
    expect(cardDescription({ ...activity, quantity: 1 }, contact, 'nl')).toBe(
      'Contact maatschappelijk werk · 1 contact',
    )
    expect(cardDescription({ ...activity, quantity: 12 }, contact, 'en')).toBe(
      'Contact social work · 12 contacts',
    )
  })

  it('expands a rate and shows one decimal in the user’s language', () => {
    // 2 hours a week for 3 months = 2 × 3 × (365 / 12) / 7 = 26.07 hours (rate.ts), shown as 26,1.
    const card = {
      ...activity,
      item: 'KH-HOMECARE-HOUSEHOLD',
      rate: { amount: 2, per: 'week' as const, for: { count: 3, unit: 'month' as const } },
    }
    expect(cardDescription(card, item('KH-HOMECARE-HOUSEHOLD'), 'nl')).toMatch(/ · 26,1 uur$/)
  })

  it('keeps an unknown item’s code, and names a life event by its ZRM domain and direction', () => {
    expect(cardDescription({ ...activity, item: 'X-1', quantity: 2 }, undefined, 'nl')).toBe(
      'X-1 · 2',
    )
    const event = {
      type: 'event' as const,
      id: 'e',
      domain: 'huisvesting' as const,
      start: '2026-02-01',
      description: 'Ontruiming voorkomen',
      direction: 'better' as const,
    }
    expect(cardDescription(event, undefined, 'nl')).toBe('▲ Huisvesting: Ontruiming voorkomen')
    expect(cardDescription({ ...event, direction: 'worse' }, undefined, 'en')).toBe(
      '▼ Housing: Ontruiming voorkomen',
    )
  })
})
