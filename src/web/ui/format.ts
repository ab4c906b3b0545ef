import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Decimals,
  formatCompactEuro,
  formatEuro,
  formatNumber,
  formatPercent,
  type Language,
  stakeholderName,
} from '../../domain/index.js'

/**
 * The domain's formatters (domain/format: the same as the reports'), bound to the user's
 * language so that a component re-renders when it changes.
 */
function useLanguage(): Language {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'nl'
}

/** Euros in the user's language (nl: € 1.234; en: €1,234). */
export function useEuro(): (value: number, decimals?: Decimals) => string {
  const language = useLanguage()
  return useMemo(
    () =>
      (value: number, decimals: Decimals = 0) =>
        formatEuro(value, language, decimals),
    [language],
  )
}

/** A quantity with at most one decimal in the user's language. */
export function useQuantity(): (value: number) => string {
  const language = useLanguage()
  return useMemo(() => (value: number) => formatNumber(value, language, { upTo: 1 }), [language])
}

/** Compact euros for axis ticks (€ 1,5 mln.; -€200k): short enough never to overlap. */
export function useCompactEuro(): (value: number) => string {
  const language = useLanguage()
  return useMemo(() => (value: number) => formatCompactEuro(value, language), [language])
}

/** A share (0.0225) as a percentage in the user's language, as the printed report shows it. */
export function usePercent(): (share: number, decimals?: Decimals) => string {
  const language = useLanguage()
  return useMemo(
    () =>
      (share: number, decimals: Decimals = 0) =>
        formatPercent(share, language, decimals),
    [language],
  )
}

/** A stakeholder's name in the user's language (domain/stakeholder: the one list of names). */
export function useStakeholderName(): (id: string) => string {
  const language = useLanguage()
  return useMemo(() => (id: string) => stakeholderName(id, language), [language])
}
