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

const DAY = {
  nl: new Intl.DateTimeFormat(LOCALE.nl, { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'long', timeZone: 'UTC' }),
}

/** A calendar date (YYYY-MM-DD) written out: `12 oktober 2026` (nl), `12 October 2026` (en). */
export function formatDay(isoDate: string, language: Language): string {
  return DAY[language].format(new Date(`${isoDate}T00:00:00Z`))
}

/** A timeline's month label: `jan 26` (nl), `Jan 26` (en); `time` is a UTC midnight. */
export function formatMonth(time: number, language: Language): string {
  return MONTH[language].format(time)
}

/** A moment to the minute in Dutch time: `2 dec 2026, 17:05` (nl), `2 Dec 2026, 17:05` (en). */
export function formatMoment(moment: Date | string, language: Language): string {
  return MOMENT[language].format(new Date(moment))
}
