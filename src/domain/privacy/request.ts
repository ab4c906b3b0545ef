import { z } from 'zod'
import { addMonths } from './calendar-months.js'

/** The rights a resident can invoke (AVG art. 15, 16, 18, 21 and 17). */
export const PRIVACY_REQUEST_KINDS = [
  'inspection',
  'correction',
  'restriction',
  'objection',
  'erasure',
] as const
export const privacyRequestKindSchema = z.enum(PRIVACY_REQUEST_KINDS)
export type PrivacyRequestKind = z.infer<typeof privacyRequestKindSchema>

export const PRIVACY_REQUEST_STATUSES = ['open', 'granted', 'refused'] as const
export const privacyRequestStatusSchema = z.enum(PRIVACY_REQUEST_STATUSES)
export type PrivacyRequestStatus = z.infer<typeof privacyRequestStatusSchema>

/** AVG art. 12(3): an answer within one month of receipt… */
export const ANSWER_MONTHS = 1
/** …extendable by two further months where necessary, with the reasons given within the first. */
export const EXTENSION_MONTHS = 2

/**
 * The statutory deadline of a request received on `receivedOn` (AVG art. 12(3)), one month,
 * or three when it was extended.
 *
 * @example
 * ```ts
 * requestDeadline('2026-01-31', false) // → '2026-02-28'
 * requestDeadline('2026-01-31', true) // → '2026-04-30'
 * ```
 */
export function requestDeadline(receivedOn: string, extended: boolean): string {
  return addMonths(receivedOn, ANSWER_MONTHS + (extended ? EXTENSION_MONTHS : 0))
}

/**
 * Days left until a deadline on `today` (negative: overdue), both YYYY-MM-DD.
 *
 * @example
 * ```ts
 * daysLeft('2026-02-28', '2026-02-20') // → 8
 * daysLeft('2026-02-28', '2026-03-02') // → -2
 * ```
 */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000)
}
