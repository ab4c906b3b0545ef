import type { YearFlow } from '../../mkba/index.js'

export interface YearRow {
  /** "2024", or "2032–2123" for the years folded into one row. */
  readonly label: string
  readonly costs: number
  readonly benefits: number
  /** Undefined for a folded row (its years have different factors). */
  readonly discountFactor: number | undefined
}

/**
 * The cash-flow table of the report: every year up to `max` rows; a longer horizon (the
 * guideline's standard is 100 years) shows its first max − 1 years and folds the rest into
 * one row of undiscounted sums, so the report keeps to two pages.
 */
export function yearRows(years: readonly YearFlow[], max = 10): YearRow[] {
  const row = (y: YearFlow): YearRow => ({
    label: String(y.year),
    costs: y.costs,
    benefits: y.benefits,
    discountFactor: y.discountFactor,
  })
  if (years.length <= max) return years.map(row)
  const rest = years.slice(max - 1)
  return [
    ...years.slice(0, max - 1).map(row),
    {
      label: `${rest[0]?.year}–${rest[rest.length - 1]?.year}`,
      costs: rest.reduce((s, y) => s + y.costs, 0),
      benefits: rest.reduce((s, y) => s + y.benefits, 0),
      discountFactor: undefined,
    },
  ]
}
