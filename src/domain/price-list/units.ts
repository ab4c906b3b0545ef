/**
 * The words for the counting units of price-list items (`PriceListItem.unit`: what one price
 * buys), in Dutch and English, singular and plural.
 *
 * They live in the domain, beside the price list, because they are part of its vocabulary:
 * an item already carries its name in both languages in the data, and its unit is a short
 * English code (`consult`, `day`, `offence`) that needs the same two languages. Both the web
 * app and the printed reports show "12 contacten" or "156,4 uur", so the words are defined
 * once, here, rather than in the web app's i18n catalogues, which the reports cannot read.
 */

type Forms = readonly [singular: string, plural: string]

const UNIT_NAMES: Readonly<Record<string, { readonly nl: Forms; readonly en: Forms }>> = {
  contact: { nl: ['contact', 'contacten'], en: ['contact', 'contacts'] },
  consult: { nl: ['consult', 'consulten'], en: ['consultation', 'consultations'] },
  session: { nl: ['zitting', 'zittingen'], en: ['session', 'sessions'] },
  visit: { nl: ['bezoek', 'bezoeken'], en: ['visit', 'visits'] },
  day: { nl: ['dag', 'dagen'], en: ['day', 'days'] },
  'half-day': { nl: ['dagdeel', 'dagdelen'], en: ['half day', 'half days'] },
  // Dutch keeps units of time and measure singular after a number: "12 uur", "3 jaar".
  hour: { nl: ['uur', 'uur'], en: ['hour', 'hours'] },
  minute: { nl: ['minuut', 'minuten'], en: ['minute', 'minutes'] },
  ride: { nl: ['rit', 'ritten'], en: ['ride', 'rides'] },
  km: { nl: ['km', 'km'], en: ['km', 'km'] },
  test: { nl: ['bepaling', 'bepalingen'], en: ['test', 'tests'] },
  scan: { nl: ['onderzoek', 'onderzoeken'], en: ['scan', 'scans'] },
  administration: { nl: ['toediening', 'toedieningen'], en: ['administration', 'administrations'] },
  treatment: { nl: ['behandeling', 'behandelingen'], en: ['treatment', 'treatments'] },
  aid: { nl: ['hulpmiddel', 'hulpmiddelen'], en: ['aid', 'aids'] },
  offence: { nl: ['delict', 'delicten'], en: ['offence', 'offences'] },
  year: { nl: ['jaar', 'jaar'], en: ['year', 'years'] },
  trajectory: { nl: ['traject', 'trajecten'], en: ['trajectory', 'trajectories'] },
  unit: { nl: ['stuk', 'stuks'], en: ['unit', 'units'] },
  // The units of the social-domain items.
  // "30 24-hour periods" reads; "30 24 hours" would not.
  '24 hours': { nl: ['etmaal', 'etmalen'], en: ['24-hour period', '24-hour periods'] },
  case: { nl: ['casus', 'casussen'], en: ['case', 'cases'] },
  month: { nl: ['maand', 'maanden'], en: ['month', 'months'] },
  eviction: { nl: ['ontruiming', 'ontruimingen'], en: ['eviction', 'evictions'] },
}

/**
 * The unit's name in `language`: singular without a count or for a count of (±)1, plural
 * otherwise ("1 contact", "12 contacten", "0,5 dagen"). Pass the count as shown, rounded as
 * it is displayed. A unit without a name here (a municipality's imported list may use its
 * own, such as "maand" or "pakket") is returned as it is.
 */
export function unitName(unit: string, language: 'nl' | 'en', count?: number): string {
  const names = Object.hasOwn(UNIT_NAMES, unit) ? UNIT_NAMES[unit] : undefined
  if (names === undefined) return unit
  const [singular, plural] = names[language]
  return count === undefined || Math.abs(count) === 1 ? singular : plural
}
