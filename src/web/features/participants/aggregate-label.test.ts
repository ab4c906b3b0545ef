import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { AGGREGATE_UNKNOWN } from '../../../domain/index.js'
import en from '../../i18n/en.json'
import nl from '../../i18n/nl.json'
import { aggregateLabel } from './aggregate-label.js'

const translator = async (language: 'nl' | 'en') => {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: language,
    interpolation: { escapeValue: false },
  })
  return i18n.t
}

describe('aggregateLabel', () => {
  it('names "none recorded" in the screen’s language, for every dimension', async () => {
    const nlT = await translator('nl')
    const enT = await translator('en')
    for (const dimension of ['ladder', 'district', 'ageBand', 'household'] as const) {
      expect(aggregateLabel(nlT, dimension, AGGREGATE_UNKNOWN)).toBe('onbekend')
      expect(aggregateLabel(enT, dimension, AGGREGATE_UNKNOWN)).toBe('unknown')
    }
  })

  it('names rungs and households from the catalogue, districts and age bands as recorded', async () => {
    const t = await translator('nl')
    expect(aggregateLabel(t, 'ladder', '6')).toBe('6 · betaald werk')
    expect(aggregateLabel(t, 'household', 'single-parent')).toBe('eenoudergezin')
    expect(aggregateLabel(t, 'district', 'Noord')).toBe('Noord')
    expect(aggregateLabel(t, 'ageBand', '27-49')).toBe('27-49')
  })
})
