import type { OrganisationKind } from '../organisation/organisation.js'
import { isPriceProblem, type PriceProblem, priceItem } from '../price-list/price-item.js'
import type { PriceListItem } from '../price-list/price-list.js'
import type { Stakeholder } from '../stakeholder/stakeholder.js'

/**
 * The price-list item that is an hour of an organisation's professional, by the kind of
 * organisation: a wijkteam worker, a Work & Income consultant. Both need the municipality's own
 * tariff (the Kostenhandleiding has no national figure); other kinds have no hourly item yet,
 * so their hours are counted but not priced, and the answer says why.
 */
export const HOURLY_TARIFF_CODE: Readonly<Partial<Record<OrganisationKind, string>>> = {
  wijkteam: 'WIJKTEAM-UUR',
  'work-and-income': 'WI-CONSULENT-UUR',
}

/** An organisation's hourly tariff at a price year, with where it comes from. */
export interface HourlyTariff {
  readonly code: string
  /** Euros per hour at the price year (priceItem, CPI-indexed). */
  readonly euros: number
  readonly payer: Stakeholder
  /** The municipality's reason for its own tariff, else the shipped price's source. */
  readonly source: string | null
  readonly sourceYear: number | null
}

export type HourlyTariffProblem = PriceProblem | { readonly problem: 'no-hourly-item' }

/**
 * The hourly tariff of an organisation kind from the price list, priced with `priceItem()` —
 * the one pricing rule — at the project's price year.
 * @example
 * ```ts
 * const item = { code: 'WIJKTEAM-UUR', name: { nl: 'Uur wijkteammedewerker', en: 'Hour' },
 *   category: 'personeel', domain: 'wmo', unit: 'hour', priceCents: 8000, priceYear: 2025,
 *   defaultPayer: 'gemeente-overig', needsLocalTariff: true,
 *   override: { reason: 'Cao Gemeenten schaal 9 met overhead' } } as const
 * hourlyTariff('wijkteam', [item], 2025)
 * // → { code: 'WIJKTEAM-UUR', euros: 80, payer: 'gemeente-overig', source: 'Cao Gemeenten schaal 9 met overhead' }
 * hourlyTariff('school', [item], 2025) // → { problem: 'no-hourly-item' }
 * ```
 */
export function hourlyTariff(
  kind: string,
  items: readonly PriceListItem[],
  priceYear: number,
): HourlyTariff | HourlyTariffProblem {
  const code = HOURLY_TARIFF_CODE[kind as OrganisationKind]
  if (code === undefined) return { problem: 'no-hourly-item' }
  const item = items.find((i) => i.code === code)
  const answer = priceItem(item, code, priceYear)
  if (isPriceProblem(answer)) return answer
  return {
    code,
    euros: answer.price,
    payer: answer.payer,
    source: item?.override?.reason ?? item?.source?.title ?? null,
    sourceYear: item?.override ? null : (item?.source?.year ?? null),
  }
}

export function isTariffProblem(
  answer: HourlyTariff | HourlyTariffProblem,
): answer is HourlyTariffProblem {
  return 'problem' in answer
}

/**
 * Minutes priced at an hourly tariff, in integer cents: minutes / 60 × euros per hour, rounded
 * to the cent once, on the total (rounding per entry would add up to a cent per entry).
 * @example
 * ```ts
 * hoursCents(95, 80.5) // → 12746   (95 / 60 × € 80,50 = € 127,458…)
 * ```
 */
export function hoursCents(minutes: number, eurosPerHour: number): number {
  return Math.round((minutes * eurosPerHour * 100) / 60)
}
