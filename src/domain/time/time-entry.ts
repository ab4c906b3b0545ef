import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'

/**
 * The kinds of contact a professional records. Formal contacts are the planned work; informal
 * ones are the moments residents call essential and that were never counted (a chance meeting,
 * a quick message, a check-in after outflow).
 */
export const FORMAL_KINDS = ['conference', 'home-visit', 'office', 'phone', 'email'] as const
export const INFORMAL_KINDS = ['chance-meeting', 'quick-message', 'check-in-after-outflow'] as const
export const TIME_KINDS = [...FORMAL_KINDS, ...INFORMAL_KINDS] as const
export const timeKindSchema = z.enum(TIME_KINDS)
export type TimeKind = z.infer<typeof timeKindSchema>

/**
 * Whether a kind of contact is informal.
 * @example
 * ```ts
 * isInformal('quick-message') // → true
 * isInformal('home-visit') // → false
 * ```
 */
export function isInformal(kind: TimeKind): boolean {
  return (INFORMAL_KINDS as readonly TimeKind[]).includes(kind)
}

/** The quick choices of the entry dialog, in minutes. */
export const QUICK_MINUTES = [5, 15, 30, 60] as const

/** What a contact of each kind usually takes: the dialog's choice until the user picks another. */
export const TYPICAL_MINUTES: Readonly<Record<TimeKind, number>> = {
  conference: 60,
  'home-visit': 60,
  office: 30,
  phone: 15,
  email: 5,
  'chance-meeting': 15,
  'quick-message': 5,
  'check-in-after-outflow': 15,
}

/** A contact lasts at least a minute and at most a day. */
export const MAX_ENTRY_MINUTES = 1440

const minutesSchema = z.number().int().min(1).max(MAX_ENTRY_MINUTES)

/**
 * One contact as the app sends it: its id is made by the client, so an entry queued offline and
 * sent again is stored once, and the same id with other values corrects it.
 */
export const timeEntryRequestSchema = z
  .object({
    id: idSchema,
    participantId: idSchema,
    kind: timeKindSchema,
    minutes: minutesSchema,
    date: isoDateSchema,
    /** Time for the professional's own organisation (moederorganisatie), not the pilot. */
    ownOrganisation: z.boolean().default(false),
  })
  .strict()
export type TimeEntryRequest = z.input<typeof timeEntryRequestSchema>

export const timeEntrySchema = z.object({
  id: idSchema,
  participantId: idSchema,
  pseudonym: z.string(),
  kind: timeKindSchema,
  minutes: minutesSchema,
  date: isoDateSchema,
  ownOrganisation: z.boolean(),
})
export type TimeEntry = z.infer<typeof timeEntrySchema>

/** Minutes split the way every total is: formal and informal pilot time, own-organisation time. */
export const minuteTotalsSchema = z.object({
  formal: z.number().int(),
  informal: z.number().int(),
  ownOrganisation: z.number().int(),
  entries: z.number().int(),
})
export type MinuteTotals = z.infer<typeof minuteTotalsSchema>

/**
 * The totals of some entries: own-organisation time counts there only, whatever its kind.
 * @example
 * ```ts
 * minuteTotals([
 *   { kind: 'phone', minutes: 15, ownOrganisation: false },
 *   { kind: 'quick-message', minutes: 5, ownOrganisation: false },
 *   { kind: 'office', minutes: 30, ownOrganisation: true },
 * ]) // → { formal: 15, informal: 5, ownOrganisation: 30, entries: 3 }
 * ```
 */
export function minuteTotals(
  entries: readonly Pick<TimeEntry, 'kind' | 'minutes' | 'ownOrganisation'>[],
): MinuteTotals {
  const totals = { formal: 0, informal: 0, ownOrganisation: 0, entries: entries.length }
  for (const e of entries) {
    if (e.ownOrganisation) totals.ownOrganisation += e.minutes
    else if (isInformal(e.kind)) totals.informal += e.minutes
    else totals.formal += e.minutes
  }
  return totals
}

export const timeEntryQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'period-order', path: ['to'] })

/** A case the professional may record time for, most recently used first. */
export const timeCaseSchema = z.object({
  participantId: idSchema,
  pseudonym: z.string(),
  lastEntry: isoDateSchema.nullable(),
})

export const timeEntryListResponseSchema = z.object({
  entries: z.array(timeEntrySchema),
  /** The actor's own totals over the period, and their team's (everyone in it, them included). */
  own: minuteTotalsSchema,
  team: minuteTotalsSchema,
  cases: z.array(timeCaseSchema),
})
export type TimeEntryListResponse = z.infer<typeof timeEntryListResponseSchema>

export const timeEntryResponseSchema = z.object({
  entry: timeEntrySchema,
  /** false when the same entry had been stored before with these values (a resent queue). */
  changed: z.boolean(),
})
