import { describe, expect, it } from 'vitest'
import { STARTER_PRICE_LIST } from './starter.js'
import { unitName } from './units.js'

describe('unitName', () => {
  it('is singular without a count and for one, plural for any other count, in Dutch', () => {
    expect(unitName('contact', 'nl')).toBe('contact')
    expect(unitName('contact', 'nl', 1)).toBe('contact')
    expect(unitName('contact', 'nl', 12)).toBe('contacten')
    expect(unitName('day', 'nl', 10)).toBe('dagen')
    expect(unitName('day', 'nl', 0.5)).toBe('dagen')
    expect(unitName('offence', 'nl', 1)).toBe('delict')
    expect(unitName('24 hours', 'nl', 3)).toBe('etmalen')
  })

  it('keeps uur and jaar singular after a Dutch number, as Dutch does', () => {
    expect(unitName('hour', 'nl', 156.4)).toBe('uur')
    expect(unitName('year', 'nl', 3)).toBe('jaar')
  })

  it('is singular and plural in English too', () => {
    expect(unitName('consult', 'en')).toBe('consultation')
    expect(unitName('consult', 'en', 4)).toBe('consultations')
    expect(unitName('ride', 'en', 1)).toBe('ride')
    expect(unitName('trajectory', 'en', 2)).toBe('trajectories')
    expect(unitName('hour', 'en', 156.4)).toBe('hours')
    expect(unitName('24 hours', 'en', 30)).toBe('24-hour periods')
  })

  it('returns a unit it does not know as it is, in both languages', () => {
    expect(unitName('maand', 'nl', 12)).toBe('maand')
    expect(unitName('pakket', 'en')).toBe('pakket')
    // Not fooled by the names every object has.
    expect(unitName('constructor', 'nl', 2)).toBe('constructor')
  })

  it('has a Dutch name for every unit of the starter list, not the English code', () => {
    // Codes that are Dutch words as well: their Dutch plural still differs from the code.
    const alsoDutch = new Map([
      ['contact', 'contacten'],
      ['consult', 'consulten'],
      ['km', 'km'],
    ])
    const units = new Set(STARTER_PRICE_LIST.items.map((i) => i.unit))
    expect(units.size).toBeGreaterThan(15)
    for (const unit of units) {
      const plural = alsoDutch.get(unit)
      if (plural !== undefined) {
        expect(unitName(unit, 'nl', 2), unit).toBe(plural)
        continue
      }
      expect(unitName(unit, 'nl'), unit).not.toBe(unit)
      expect(unitName(unit, 'nl', 2), unit).not.toBe(unit)
    }
  })
})
