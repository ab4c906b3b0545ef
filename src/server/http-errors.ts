import type { LocalisedMessage } from '../domain/index.js'

/** Not signed in, or sign-in failed: 401. `code` distinguishes a missing second factor. */
export class UnauthorisedError extends Error {
  readonly code: 'unauthorised' | 'mfa-required'
  readonly localised: LocalisedMessage

  constructor(localised: LocalisedMessage, code: 'unauthorised' | 'mfa-required' = 'unauthorised') {
    super(localised.en)
    this.code = code
    this.localised = localised
  }
}

/** Too many attempts: 429. */
export class RateLimitedError extends Error {
  readonly localised: LocalisedMessage = {
    nl: 'Te veel pogingen. Probeer het over een kwartier opnieuw.',
    en: 'Too many attempts. Try again in fifteen minutes.',
  }
}

export const NOT_SIGNED_IN: LocalisedMessage = {
  nl: 'U bent niet aangemeld.',
  en: 'You are not signed in.',
}
