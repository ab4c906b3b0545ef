import { z } from 'zod'
import type { LocalisedMessage } from '../errors.js'

/**
 * How long free text may be, in one place: a name (of a person, an item, a card, a version) or
 * an identifier at most 200 characters, a longer text (a note, a description, a reasoning, a
 * source) at most 10,000. Beyond that it is no longer what the field is for, and a 200,000-
 * character name only fills the database and every screen that shows it.
 */
export const TEXT_LIMITS = { name: 200, text: 10_000 } as const

/** A name or an identifier. */
export const nameText = () => z.string().max(TEXT_LIMITS.name)

/** A longer free text. */
export const longText = () => z.string().max(TEXT_LIMITS.text)

/**
 * One line of text: no line breaks or other control characters, which would split a header or
 * a file name built from it (a price-list version names its export's download).
 */
export const singleLineText = () =>
  nameText().refine((text) => !CONTROL_CHARACTERS.test(text), {
    message: 'single-line',
    params: TEXT_MESSAGES['single-line'],
  })

/** What the text refinements say, keyed by their zod message (see BOUND_MESSAGES). */
export const TEXT_MESSAGES = {
  'single-line': {
    nl: 'moet één regel tekst zijn, zonder regeleinden of andere stuurtekens',
    en: 'must be one line of text, without line breaks or other control characters',
  },
} as const satisfies Record<string, LocalisedMessage>

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/
