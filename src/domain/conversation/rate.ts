import type { Rate } from './conversation.js'

/** Length of each unit in days: a year of 365 days, a month of 365/12, a week of 7. */
const DAYS = { day: 1, week: 7, month: 365 / 12, year: 365 } as const

/**
 * Expands a rate to a quantity: amount per `per`, for `count` `unit`s.
 *
 *   quantity = amount × count × days(unit) / days(per)
 *
 * "2 hours a week for 3 months" = 2 × 3 × (365/12) / 7 = 26.07 hours.
 */
export function expandRate(rate: Rate): number {
  return (rate.amount * rate.for.count * DAYS[rate.for.unit]) / DAYS[rate.per]
}
