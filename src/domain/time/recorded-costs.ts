import { z } from 'zod'
import { type BudgetDomain, budgetDomainSchema, spendStakeholder } from '../budget/budget-domain.js'
import type { LocalisedMessage } from '../errors.js'
import { priceProblemText } from '../price-list/price-item.js'
import type { PriceListItem } from '../price-list/price-list.js'
import { stakeholderSchema } from '../stakeholder/stakeholder.js'
import { hourlyTariff, hoursCents, isTariffProblem } from './hourly-tariff.js'
import type { MinuteTotals } from './time-entry.js'

/** Minutes of one organisation in one year, as the repository sums them. */
export interface OrganisationYearMinutes extends MinuteTotals {
  readonly organisationId: string
  readonly organisationName: string
  readonly organisationKind: string
  readonly year: number
}

/** Spends of one domain in one year (corrections included), as the repository sums them. */
export interface DomainYearSpends {
  readonly domain: BudgetDomain | null
  readonly year: number
  readonly cents: number
  readonly entries: number
}

const localisedSchema = z.object({ nl: z.string(), en: z.string() })

export const recordedCostsSchema = z.object({
  priceYear: z.number().int(),
  hours: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      year: z.number().int(),
      formalMinutes: z.number().int(),
      informalMinutes: z.number().int(),
      ownOrganisationMinutes: z.number().int(),
      entries: z.number().int(),
      /** Who pays the hours: the tariff's payer; null when the hours have no tariff. */
      stakeholder: stakeholderSchema.nullable(),
      tariff: z
        .object({
          code: z.string(),
          eurosPerHour: z.number(),
          source: z.string().nullable(),
          sourceYear: z.number().int().nullable(),
        })
        .nullable(),
      /** Why the hours have no price (no hourly item, no local tariff yet, no CPI). */
      problem: localisedSchema.nullable(),
      /** Formal and informal pilot hours × tariff; own-organisation time is not the pilot's cost. */
      pilotCents: z.number().int().nullable(),
      ownOrganisationCents: z.number().int().nullable(),
    }),
  ),
  spends: z.array(
    z.object({
      domain: budgetDomainSchema.nullable(),
      stakeholder: stakeholderSchema,
      year: z.number().int(),
      cents: z.number().int(),
      entries: z.number().int(),
    }),
  ),
  /** Measured: priced hours and spends. Hours without a tariff are counted, never guessed. */
  measuredCents: z.number().int(),
  unpricedMinutes: z.number().int(),
})
export type RecordedCosts = z.infer<typeof recordedCostsSchema>

const NO_HOURLY_ITEM: LocalisedMessage = {
  nl: 'deze soort organisatie heeft geen uurtarief in de prijslijst',
  en: 'this kind of organisation has no hourly tariff in the price list',
}

/**
 * The project's cost of the intervention from what was recorded: per organisation and year the
 * hours (formal, informal, own organisation) and their price at the organisation's hourly
 * tariff (`hourlyTariff`, so `priceItem`) at the project's price year; per domain and year the
 * budget spends. Each figure carries the number of entries behind it.
 * @example
 * ```ts
 * const item = { code: 'WIJKTEAM-UUR', name: { nl: 'Uur', en: 'Hour' }, category: 'personeel',
 *   domain: 'wmo', unit: 'hour', priceCents: 8000, priceYear: 2025,
 *   defaultPayer: 'gemeente-overig', needsLocalTariff: true } as const
 * const costs = recordedCosts(
 *   [{ organisationId: 'o', organisationName: 'Wijkteam', organisationKind: 'wijkteam', year: 2025,
 *      formal: 90, informal: 30, ownOrganisation: 60, entries: 4 }],
 *   [{ domain: 'wmo', year: 2025, cents: 25000, entries: 1 }],
 *   [item], 2025)
 * costs.hours[0]?.pilotCents // → 16000   (2 hours × € 80)
 * costs.measuredCents // → 41000   (€ 160 hours + € 250 spend)
 * ```
 */
export function recordedCosts(
  minutes: readonly OrganisationYearMinutes[],
  spends: readonly DomainYearSpends[],
  priceList: readonly PriceListItem[],
  priceYear: number,
): RecordedCosts {
  let measuredCents = 0
  let unpricedMinutes = 0
  const hours = minutes.map((m) => {
    const tariff = hourlyTariff(m.organisationKind, priceList, priceYear)
    const base = {
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      year: m.year,
      formalMinutes: m.formal,
      informalMinutes: m.informal,
      ownOrganisationMinutes: m.ownOrganisation,
      entries: m.entries,
    }
    if (isTariffProblem(tariff)) {
      unpricedMinutes += m.formal + m.informal
      return {
        ...base,
        stakeholder: null,
        tariff: null,
        problem: tariff.problem === 'no-hourly-item' ? NO_HOURLY_ITEM : priceProblemText(tariff),
        pilotCents: null,
        ownOrganisationCents: null,
      }
    }
    const pilotCents = hoursCents(m.formal + m.informal, tariff.euros)
    measuredCents += pilotCents
    return {
      ...base,
      stakeholder: tariff.payer,
      tariff: {
        code: tariff.code,
        eurosPerHour: tariff.euros,
        source: tariff.source,
        sourceYear: tariff.sourceYear,
      },
      problem: null,
      pilotCents,
      ownOrganisationCents: hoursCents(m.ownOrganisation, tariff.euros),
    }
  })
  const spendRows = spends.map((s) => {
    measuredCents += s.cents
    return { ...s, stakeholder: spendStakeholder(s.domain) }
  })
  return { priceYear, hours, spends: spendRows, measuredCents, unpricedMinutes }
}
