/**
 * The length of the calendar's units, once for the business case's rates ("2 hours a week for
 * 3 months") and the effect analysis' follow-up in months between two dates: a year of 365
 * days and a month of a twelfth of it, so that a calendar year (2025-01-01 to 2026-01-01) is
 * exactly 12 months. (The study once used 30.4375 days, the Julian month, beside 365/12 here.)
 */
export const MS_PER_DAY = 86_400_000
export const DAYS_PER_YEAR = 365
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12
export const DAYS_PER_WEEK = 7

// en-CA writes a date as YYYY-MM-DD; the parts are read by name all the same.
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * Today's date (YYYY-MM-DD) where the municipalities work: in Europe/Amsterdam, not in UTC, so
 * that just after midnight it is already the new day (2026-03-01T23:30Z is 2 March there).
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  const parts = AMSTERDAM_DATE.formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
