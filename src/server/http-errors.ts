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

/** The database does not answer (restarting, failing over, unreachable): 503, try again. */
export class DatabaseUnavailableError extends Error {
  readonly localised: LocalisedMessage = {
    nl: 'De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.',
    en: 'The database is temporarily unreachable. Try again shortly.',
  }

  constructor(cause: unknown) {
    super('database unavailable', { cause })
  }
}

/** Seconds a client waits before asking again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5

export const NOT_SIGNED_IN: LocalisedMessage = {
  nl: 'U bent niet aangemeld.',
  en: 'You are not signed in.',
}
