import { type Language, LOCALE } from './language.js'

/**
 * Dates as the app shows them. A calendar date (a timeline's month) is a UTC midnight, so it
 * is read in UTC wherever the browser is; a moment (when a version was signed off) is shown
 * in Dutch time, where the municipality works.
 */
const MONTH = {
  nl: new Intl.DateTimeFormat(LOCALE.nl, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
}

const MOMENT = {
  nl: new Intl.DateTimeFormat(LOCALE.nl, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat(LOCALE.en, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
}

const WEEKDAY = {
  nl: new Intl.DateTimeFormat(LOCALE.nl, { dateStyle: 'full', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'full', timeZone: 'UTC' }),
}

/** A calendar date (`yyyy-mm-dd`) with its weekday, as a meeting is named: `donderdag 4 juni 2026` (nl). */
export function formatWeekday(date: string, language: Language): string {
  return WEEKDAY[language].format(Date.parse(`${date}T00:00:00Z`))
}

/** A timeline's month label: `jan 26` (nl), `Jan 26` (en); `time` is a UTC midnight. */
export function formatMonth(time: number, language: Language): string {
  return MONTH[language].format(time)
}

/** A moment to the minute in Dutch time: `2 dec 2026, 17:05` (nl), `2 Dec 2026, 17:05` (en). */
export function formatMoment(moment: Date | string, language: Language): string {
  return MOMENT[language].format(new Date(moment))
}

const DAY = {
  nl: new Intl.DateTimeFormat(LOCALE.nl, { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'long', timeZone: 'UTC' }),
}

/**
 * A calendar date (YYYY-MM-DD) written out as people read it: `2 december 2026` (nl),
 * `2 December 2026` (en) — for texts a resident reads, such as their printed plan.
 */
export function formatDay(date: string, language: Language): string {
  return DAY[language].format(new Date(`${date}T00:00:00Z`))
}
