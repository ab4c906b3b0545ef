import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { stakeholderName } from '../../domain/index.js'

// Intl formatters are costly to build and a page formats hundreds of amounts per render.
const formatters = new Map<string, Intl.NumberFormat>()

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options)
    formatters.set(key, cached)
  }
  return cached
}

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL')

/** Formats euros in the user's language (nl-NL: € 1.234; en-GB: €1,234). */
export function useEuro(): (value: number, digits?: number) => string {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(
    () =>
      (value: number, digits = 0) =>
        formatter(locale, {
          style: 'currency',
          currency: 'EUR',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value),
    [locale],
  )
}

/** Formats a quantity with at most one decimal in the user's language. */
export function useQuantity(): (value: number) => string {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(
    () => (value: number) => formatter(locale, { maximumFractionDigits: 1 }).format(value),
    [locale],
  )
}

/** Compact euros for axis ticks (€ 1,5 mln; -€ 200K): short enough never to overlap. */
export function useCompactEuro(): (value: number) => string {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(
    () => (value: number) =>
      formatter(locale, {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumSignificantDigits: 3,
      }).format(value),
    [locale],
  )
}

/** Formats a share (0.0225) as a percentage in the user's language, with at most `digits` decimals. */
export function usePercent(): (share: number, digits?: number) => string {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n.language)
  return useMemo(
    () =>
      (share: number, digits = 0) =>
        formatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(share),
    [locale],
  )
}

/** A stakeholder's name in the user's language (domain/stakeholder: the one list of names). */
export function useStakeholderName(): (id: string) => string {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  return useMemo(() => (id: string) => stakeholderName(id, language), [language])
}
