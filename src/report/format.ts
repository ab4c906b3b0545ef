/** Report languages: Dutch first. */
export type ReportLanguage = 'nl' | 'en'

const LOCALE: Record<ReportLanguage, string> = { nl: 'nl-NL', en: 'en-GB' }

/** € 1.234.567 (nl) or €1,234,567 (en); whole euros — reports round only for display. */
export function formatEuro(value: number, language: ReportLanguage, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

export function formatNumber(value: number, language: ReportLanguage, digits = 2): string {
  return new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

export function formatPercent(value: number, language: ReportLanguage, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
