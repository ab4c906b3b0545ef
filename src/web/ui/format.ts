import { useTranslation } from 'react-i18next'

/** Formats euros in the user's language (nl-NL: € 1.234; en-GB: €1,234). */
export function useEuro(): (value: number, digits?: number) => string {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL'
  return (value, digits = 0) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value)
}
