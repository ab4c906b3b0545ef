/**
 * Numbers as Effectwijzer shows them — on screen, in reports and workbooks, on the command line
 * — in Dutch (nl-NL: `€ 1.234,50`, `2,25%`) or English (en-GB: `€1,234.50`, `2.25%`). One
 * place, so that a figure reads the same on the screen and in the printed report.
 */
import { type Language, LOCALE } from './language.js'

/** Exactly this many decimals (`2` → `2,50`), or at most this many (`{ upTo: 1 }` → `2,5`, `3`). */
export type Decimals = number | { readonly upTo: number }

// Intl formatters are costly to build, and a page or report formats hundreds of amounts.
const formatters = new Map<string, Intl.NumberFormat>()

function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.NumberFormat(LOCALE[language], options)
    formatters.set(key, cached)
  }
  return cached
}

const fractionDigits = (decimals: Decimals) =>
  typeof decimals === 'number'
    ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
    : { maximumFractionDigits: decimals.upTo }

/** `€ 1.234.567` (nl) or `€1,234,567` (en); whole euros unless `decimals` says otherwise. */
export function formatEuro(value: number, language: Language, decimals: Decimals = 0): string {
  return formatter(language, {
    style: 'currency',
    currency: 'EUR',
    ...fractionDigits(decimals),
  }).format(value)
}

/** Compact euros for chart axes (`€ 1,5 mln.`, `-€200k`): short enough never to overlap. */
export function formatCompactEuro(value: number, language: Language): string {
  return formatter(language, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value)
}

/** A share as a percentage: 0.0225 → `2,25%` (nl) with `decimals` 2. */
export function formatPercent(share: number, language: Language, decimals: Decimals = 0): string {
  return formatter(language, { style: 'percent', ...fractionDigits(decimals) }).format(share)
}

/** A number with thousands grouped: `1.234,57` (nl), `1,234.57` (en) with two decimals. */
export function formatNumber(value: number, language: Language, decimals: Decimals = 2): string {
  return formatter(language, fractionDigits(decimals)).format(value)
}

/**
 * A number as an input field shows it, to be read back by parseNumber: the language's decimal
 * separator, no grouping and no rounding (`1250,75`). Empty for no number.
 */
export function formatPlainNumber(value: number | undefined, language: Language): string {
  if (value === undefined || !Number.isFinite(value)) return ''
  return formatter(language, { maximumFractionDigits: 10, useGrouping: false }).format(value)
}
