import { DAYS_PER_MONTH, DAYS_PER_WEEK, DAYS_PER_YEAR, MS_PER_DAY } from '../calendar.js'
import type { Rate } from './conversation.js'

export const RATE_UNITS = ['day', 'week', 'month', 'year'] as const

/** Length of each unit in days (domain/calendar.ts): a month is a twelfth of a 365-day year. */
export const DAYS_PER_UNIT = {
  day: 1,
  week: DAYS_PER_WEEK,
  month: DAYS_PER_MONTH,
  year: DAYS_PER_YEAR,
} as const satisfies Record<(typeof RATE_UNITS)[number], number>

/**
 * Expands a rate to a quantity: amount per `per`, for `count` `unit`s.
 *
 *   quantity = amount × count × days(unit) / days(per)
 *
 * "2 hours a week for 3 months" = 2 × 3 × (365/12) / 7 = 26.07 hours.
 */
export function expandRate(rate: Rate): number {
  return (rate.amount * rate.for.count * DAYS_PER_UNIT[rate.for.unit]) / DAYS_PER_UNIT[rate.per]
}

/**
 * The last day of a card's period: its end date, or for a rate without one the day before
 * start + the rate's duration in whole days ("for 3 months" = 91 days: 10 January to 10 April).
 */
export function periodEnd(card: {
  start: string
  end?: string | undefined
  rate?: Rate | undefined
}): string {
  if (card.end !== undefined) return card.end
  if (card.rate === undefined) return card.start
  const days = Math.round(card.rate.for.count * DAYS_PER_UNIT[card.rate.for.unit])
  return new Date(Date.parse(card.start) + (days - 1) * MS_PER_DAY).toISOString().slice(0, 10)
}
