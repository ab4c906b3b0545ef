import type { LocalisedMessage } from '../domain/index.js'

/**
 * Why the database cannot be opened or prepared as asked (a data folder in use, a wrong key):
 * the server and the CLI print it as it is, in Dutch and English, without a stack trace, and
 * exit with code 2.
 */
export class SetupError extends Error {
  readonly exitCode = 2
  readonly localised: LocalisedMessage

  constructor(message: LocalisedMessage, options?: { cause?: unknown }) {
    super(`${message.nl}\n${message.en}`, options)
    this.localised = message
    this.name = 'SetupError'
  }
}
