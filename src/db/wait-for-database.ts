import { sql } from 'kysely'
import type { DatabaseHandle } from './create-db.js'

export interface DatabaseRetry {
  /** Attempts before giving up (default 10: about a minute with the default delays). */
  readonly attempts: number
  /** The wait after the first failure; it doubles after each, up to `maxDelayMs`. */
  readonly firstDelayMs: number
  readonly maxDelayMs: number
}

export const START_RETRY: DatabaseRetry = { attempts: 10, firstDelayMs: 1000, maxDelayMs: 10_000 }

/** The database did not answer at start-up: the message says where, how often and why. */
export class DatabaseUnreachableError extends Error {}

/**
 * Waits until the database answers a query, retrying with a doubling delay, so a server
 * started before (or while) PostgreSQL restarts comes up instead of crashing. `onRetry` hears
 * each failure; the last one throws a DatabaseUnreachableError naming the database and cause.
 */
export async function waitForDatabase(
  handle: Pick<DatabaseHandle, 'db' | 'location'>,
  onRetry: (message: string) => void,
  retry: DatabaseRetry = START_RETRY,
): Promise<void> {
  let delay = retry.firstDelayMs
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`select 1`.execute(handle.db)
      return
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error)
      if (attempt >= retry.attempts) {
        throw new DatabaseUnreachableError(
          `Cannot reach the database at ${handle.location} after ${attempt} attempts (${cause}). ` +
            'Check DATABASE_URL and that the server runs.',
          { cause: error },
        )
      }
      onRetry(
        `Database at ${handle.location} not reachable (${cause}); attempt ${attempt} of ${retry.attempts}, retrying in ${delay / 1000} s`,
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, retry.maxDelayMs)
    }
  }
}
