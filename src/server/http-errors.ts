import type { LocalisedMessage } from '../domain/index.js'

/** Not signed in, or sign-in failed: 401. */
export class UnauthorisedError extends Error {
  readonly localised: LocalisedMessage

  constructor(localised: LocalisedMessage) {
    super(localised.en)
    this.localised = localised
  }
}

/** Too many requests: 429. */
export class RateLimitedError extends Error {
  readonly localised: LocalisedMessage

  constructor(
    localised: LocalisedMessage = {
      nl: 'Te veel verzoeken. Probeer het later opnieuw.',
      en: 'Too many requests. Try again later.',
    },
  ) {
    super(localised.en)
    this.localised = localised
  }
}

/** The per-IP limiter's refusal: says when to try again (also in the Retry-After header). */
export function retryInSeconds(ttlMs: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000))
  return new RateLimitedError({
    nl: `Te veel pogingen. Probeer het over ${seconds} seconden opnieuw.`,
    en: `Too many attempts. Try again in ${seconds} seconds.`,
  })
}

export const NOT_SIGNED_IN: LocalisedMessage = {
  nl: 'U bent niet aangemeld.',
  en: 'You are not signed in.',
}
