import { z } from 'zod'
import { MS_PER_DAY } from '../calendar.js'
import type { OrganisationKind } from '../organisation/organisation.js'

/**
 * The domains a partner at a case conference speaks for: the three laws of the social domain
 * (Participatiewet for Work & Income, Wmo, Jeugdwet) and the partners around them.
 */
export const CONFERENCE_DOMAINS = [
  'participatiewet',
  'wmo',
  'jeugdwet',
  'school',
  'health',
  'housing',
  'debt',
  'police',
] as const
export const conferenceDomainSchema = z.enum(CONFERENCE_DOMAINS)
export type ConferenceDomain = z.infer<typeof conferenceDomainSchema>

/** How often a series of conferences meets. */
export const CONFERENCE_CADENCES = ['weekly', 'fortnightly'] as const
export const conferenceCadenceSchema = z.enum(CONFERENCE_CADENCES)
export type ConferenceCadence = z.infer<typeof conferenceCadenceSchema>

/** An action's life: open until done, or cancelled when it no longer applies. */
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const
export const actionStatusSchema = z.enum(ACTION_STATUSES)
export type ActionStatus = z.infer<typeof actionStatusSchema>

/** The most conferences one series plans at once: two years of weekly meetings. */
export const MAX_SERIES_LENGTH = 104

const DAYS_BETWEEN: Readonly<Record<ConferenceCadence, number>> = { weekly: 7, fortnightly: 14 }

/** The dates of a series: `count` meetings from `first`, every week or every other week. */
export function seriesDates(first: string, cadence: ConferenceCadence, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * DAYS_BETWEEN[cadence] * MS_PER_DAY).toISOString().slice(0, 10),
  )
}

const DOMAIN_OF_KIND: Readonly<Partial<Record<OrganisationKind, ConferenceDomain>>> = {
  'work-and-income': 'participatiewet',
  wijkteam: 'wmo',
  welfare: 'wmo',
  school: 'school',
  'care-provider': 'health',
}

/** The domain an organisation usually speaks for at the table; a user may name another. */
export function defaultDomain(kind: string): ConferenceDomain {
  return DOMAIN_OF_KIND[kind as OrganisationKind] ?? 'wmo'
}

/** The domains' names for reports (the web has them in its catalogue). */
export const CONFERENCE_DOMAIN_NAMES: Readonly<
  Record<ConferenceDomain, { readonly nl: string; readonly en: string }>
> = {
  participatiewet: {
    nl: 'Participatiewet (Werk & Inkomen)',
    en: 'Participation Act (Work & Income)',
  },
  wmo: { nl: 'Wmo', en: 'Social Support Act (Wmo)' },
  jeugdwet: { nl: 'Jeugdwet', en: 'Youth Act' },
  school: { nl: 'School', en: 'School' },
  health: { nl: 'Gezondheid', en: 'Health' },
  housing: { nl: 'Wonen', en: 'Housing' },
  debt: { nl: 'Schulden', en: 'Debt' },
  police: { nl: 'Politie', en: 'Police' },
}
