// biome-ignore lint/correctness/useImportExtensions: a JSON module keeps its own extension
import cpi from './data/cbs-cpi.json' with { type: 'json' }

/**
 * Year-on-year CPI factors (the factor from year − 1 to year): CBS's annual inflation, all
 * households, from 1997 (so a 1996 price is the earliest that can be indexed) to the last year
 * CBS has published. Made by scripts/make-starter-price-list.ts.
 */
export const CPI_SERIES: {
  readonly source: { title: string; url: string; year: number }
  readonly yearOnYear: Readonly<Record<string, number>>
} = cpi

/**
 * Moves a price from one year's price level to another's with chained year-on-year CPI factors:
 *
 *   p_to = p_from × Π_{y = from+1}^{to} f_y        (and the inverse product going back)
 *
 * Returns undefined when the series does not cover the years (no silent extrapolation).
 * Note: the Kostenhandleiding's own 2024 column uses CBS's rounded cumulative factor
 * (2022→2024: 1.073); chaining 1.038 × 1.033 gives 1.072254, 0.07% lower.
 * Ref: CBS StatLine 70936NED (jaarmutatie CPI); Kostenhandleiding 2024 §3 (indexation with CPI).
 */
export function indexPrice(
  price: number,
  from: number,
  to: number,
  series = CPI_SERIES.yearOnYear,
): number | undefined {
  let factor = 1
  for (let y = Math.min(from, to) + 1; y <= Math.max(from, to); y++) {
    const f = series[String(y)]
    if (f === undefined) return undefined
    factor *= f
  }
  return to >= from ? price * factor : price / factor
}

/** The latest year the shipped CPI series reaches: the default price level of results. */
export const LATEST_CPI_YEAR = Math.max(...Object.keys(CPI_SERIES.yearOnYear).map(Number))
/** The earliest price level the series can index to (the year before its first factor). */
export const EARLIEST_CPI_YEAR = Math.min(...Object.keys(CPI_SERIES.yearOnYear).map(Number)) - 1
