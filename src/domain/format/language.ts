/** The languages every text and number is shown in: Dutch first. */
export type Language = 'nl' | 'en'

/** The locale each language formats with: Dutch as in the Netherlands, British English. */
export const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }
