import { z } from 'zod'
import type { LocalisedMessage } from '../errors.js'
import { LARGEST_INPUT } from './parse-number.js'

/**
 * The largest number each kind of input may hold, in one place: every zod schema of the API,
 * the model file and the imports takes its bound from here. Each bound is far above anything a
 * municipality means (the largest shipped price is about € 106,000 a unit) and far enough below
 * what floating point can carry that the engines' sums, products and discount factors stay
 * finite: a card of 10⁶ units at € 10⁷ each is 10¹³ euros, and thousands of them still add up
 * exactly enough to the cent. What is above a bound is a typo or an attack, and is refused with
 * the field and the bound, never stored to break a project's totals for everyone later.
 */
export const BOUNDS = {
  /** Units on one card of one case (hours, days, contacts, euros): 114 years of hours. */
  cardQuantity: 1_000_000,
  /** A rate's duration: a hundred years, in days (the `for` of "2 hours a week for 3 months"). */
  rateDays: 36_500,
  /** A unit price in eurocents: € 10 million a unit. */
  priceCents: 1_000_000_000,
  /** Counts in an MKBA model (people, trajectories, units): a thousand million. */
  count: 1e9,
  /** Euro amounts in an MKBA model (a year's flow, a unit value): a million million. */
  euros: 1e12,
  /** Any other number a model holds (an effect estimate, a distribution's parameter). */
  any: LARGEST_INPUT,
  /** A Monte Carlo or bootstrap seed: the generator takes safe integers. */
  seed: Number.MAX_SAFE_INTEGER,
} as const

/** The years a date may fall in (a card, a consent, a project's period). */
export const DATE_YEARS = { first: 1900, last: 2199 } as const

/**
 * What a refinement that checks a bound says, keyed by its zod message (the HTTP translator
 * looks the key up; `refusal` also passes the text as params for the model file's translator).
 */
export const BOUND_MESSAGES = {
  'date-range': {
    nl: `moet een datum van ${DATE_YEARS.first} tot en met ${DATE_YEARS.last} zijn`,
    en: `must be a date from ${DATE_YEARS.first} to ${DATE_YEARS.last}`,
  },
  'rate-too-long': {
    nl: `een frequentie duurt hoogstens ${BOUNDS.rateDays / 365} jaar`,
    en: `a rate lasts at most ${BOUNDS.rateDays / 365} years`,
  },
  'card-quantity-too-large': {
    nl: `deze frequentie komt boven het maximum van ${BOUNDS.cardQuantity} eenheden per kaart`,
    en: `this rate comes to more than the maximum of ${BOUNDS.cardQuantity} units a card`,
  },
} as const satisfies Record<string, LocalisedMessage>

/**
 * The options of a refinement that checks a bound: its key and its text. It runs only on a value
 * whose parts passed their own checks, so a rate of 1e300 is refused once, for its amount.
 */
export function refusal(key: keyof typeof BOUND_MESSAGES, path?: string[]) {
  return {
    message: key,
    params: BOUND_MESSAGES[key],
    when: (payload: { readonly issues: readonly unknown[] }) => payload.issues.length === 0,
    ...(path ? { path } : {}),
  }
}

/** A number from −bound to bound. */
export const bounded = (bound: number) => z.number().min(-bound).max(bound)

/** A number from 0 to bound. */
export const boundedNonNegative = (bound: number) => z.number().min(0).max(bound)
