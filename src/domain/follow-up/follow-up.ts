import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import { publishedCountSchema } from '../api/research.js'
import { MS_PER_DAY } from '../calendar.js'
import { pseudonymSchema } from '../participant/participant.js'
import { longText } from '../text/text.js'

/** What ended: an enrolment in a project, a trajectory, or a benefit. */
export const OUTFLOW_KINDS = ['enrolment', 'trajectory', 'benefit'] as const
/** How a check-in went, in one click: goed, zorgen, hulp heropend. */
export const CHECK_IN_OUTCOMES = ['good', 'concerns', 'reopened'] as const
export type CheckInOutcome = (typeof CHECK_IN_OUTCOMES)[number]

/** Light check-ins after outflow: after 1, 3 and 6 months unless the case asks otherwise. */
export const DEFAULT_CHECK_IN_MONTHS = [1, 3, 6] as const

/** Months after the outflow, increasing: when the check-ins fall. */
export const checkInMonthsSchema = z
  .array(z.number().int().min(1).max(120))
  .max(24)
  .refine((months) => months.every((m, i) => i === 0 || m > (months[i - 1] ?? 0)), {
    message: 'check-in-months',
  })

const fromIso = (date: string) => new Date(`${date}T00:00:00Z`)
const toIso = (date: Date) => date.toISOString().slice(0, 10)

/**
 * The date `months` calendar months after `date`; a day the month lacks becomes its last day
 * (31 January + 1 month = 28 February), as a person counting months would.
 *
 * @example
 * ```ts
 * [addMonths('2026-01-31', 1), addMonths('2026-03-15', 3), addMonths('2026-11-30', 3)]
 * // → ['2026-02-28', '2026-06-15', '2027-02-28']
 * ```
 */
export function addMonths(date: string, months: number): string {
  const start = fromIso(date)
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay))
  return toIso(target)
}

/**
 * The check-in dates after an outflow on `endedOn`, one per number of months.
 *
 * @example
 * ```ts
 * checkInDates('2026-12-02', [1, 3, 6]) // → ['2027-01-02', '2027-03-02', '2027-06-02']
 * ```
 */
export function checkInDates(endedOn: string, months: readonly number[]): string[] {
  return months.map((m) => addMonths(endedOn, m))
}

/**
 * The ISO week (Monday to Sunday) a date falls in.
 *
 * @example
 * ```ts
 * weekOf('2026-12-02') // → { start: '2026-11-30', end: '2026-12-06' }
 * ```
 */
export function weekOf(date: string): { start: string; end: string } {
  const day = fromIso(date)
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * MS_PER_DAY)
  return { start: toIso(monday), end: toIso(new Date(monday.getTime() + 6 * MS_PER_DAY)) }
}

export const planFollowUpsRequestSchema = z
  .object({
    participantId: idSchema,
    projectId: idSchema.optional(),
    outflow: z.enum(OUTFLOW_KINDS),
    endedOn: isoDateSchema,
    months: checkInMonthsSchema.min(1).default([...DEFAULT_CHECK_IN_MONTHS]),
  })
  .strict()

export const followUpSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  pseudonym: pseudonymSchema,
  projectId: idSchema.nullable(),
  outflow: z.enum(OUTFLOW_KINDS),
  endedOn: isoDateSchema,
  dueDate: isoDateSchema,
  owner: z.object({ id: idSchema, name: z.string() }),
  team: z.string().nullable(),
  /** How it went; null while it is still to be done. */
  outcome: z.enum(CHECK_IN_OUTCOMES).nullable(),
  note: z.string().nullable(),
  checkedOn: isoDateSchema.nullable(),
  /** Support was reopened at an earlier check-in, so this one is no longer needed. */
  cancelled: z.boolean(),
  /** Still to be done and due before today. */
  overdue: z.boolean(),
})
export type FollowUp = z.infer<typeof followUpSchema>

export const followUpListResponseSchema = z.object({ followUps: z.array(followUpSchema) })
export const followUpResponseSchema = z.object({ followUp: followUpSchema })

/** The due list: this week's check-ins (or another week's) and every overdue one. */
export const dueFollowUpsQuerySchema = z
  .object({
    view: z.enum(['mine', 'team']).default('mine'),
    /** Any day of the week to list; default today. */
    week: isoDateSchema.optional(),
  })
  .strict()
export const dueFollowUpsResponseSchema = followUpListResponseSchema.extend({
  weekStart: isoDateSchema,
  weekEnd: isoDateSchema,
})

export const checkInRequestSchema = z
  .object({
    outcome: z.enum(CHECK_IN_OUTCOMES),
    note: longText().optional(),
    /** Default today. */
    date: isoDateSchema.optional(),
    /** One more check-in on this date: follow-up has no fixed end. */
    next: isoDateSchema.optional(),
  })
  .strict()

export const rescheduleRequestSchema = z.object({ dueDate: isoDateSchema }).strict()

/** Relapse after outflow per project: participants by how their latest check-in went. */
export const relapseQuerySchema = z.object({ projectId: idSchema }).strict()

export const relapseResponseSchema = z.object({
  projectId: idSchema,
  suppressionThreshold: z.number().int(),
  roundingBase: z.number().int(),
  /** Participants of the project with a planned follow-up after outflow. */
  total: publishedCountSchema,
  /** By their latest check-in: good, concerns, reopened (relapse), or none yet (`pending`). */
  byLatestOutcome: z.array(
    z.object({ outcome: z.enum([...CHECK_IN_OUTCOMES, 'pending']), ...publishedCountSchema.shape }),
  ),
})
export type RelapseResponse = z.infer<typeof relapseResponseSchema>
