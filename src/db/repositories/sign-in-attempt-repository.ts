import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

/** When failed sign-ins of one account from one source start to wait, and how long. */
export interface SignInBackoff {
  /** Failures before the first wait. */
  readonly threshold: number
  /** The first wait; each further failure doubles it. */
  readonly firstBlockMs: number
  /** The longest wait. */
  readonly maxBlockMs: number
}

/** Rows idle this long are forgotten (longer than any wait). */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000

/**
 * Claims one password check for `attemptKey` (an account and a source), counted as a failure
 * until `clearSignInAttempts` says it succeeded. One INSERT … ON CONFLICT DO UPDATE … RETURNING:
 * the row lock orders parallel claims, so of 50 simultaneous attempts exactly `threshold` are
 * checked and the `threshold`-th sets the wait that refuses the rest. A claim while the wait
 * holds updates nothing and returns no row: false. Every failure past the threshold doubles
 * the wait, up to `maxBlockMs`.
 */
export async function claimSignInAttempt(
  db: Kysely<Database>,
  attemptKey: string,
  now: Date,
  backoff: SignInBackoff,
): Promise<boolean> {
  const failures = sql<number>`sign_in_attempts.failures + 1`
  const wait = sql<Date | null>`case when ${failures} >= ${backoff.threshold}::int
    then ${now}::timestamptz + make_interval(secs => least(
      ${backoff.firstBlockMs / 1000}::float8 * power(2, least(${failures} - ${backoff.threshold}::int, 30)),
      ${backoff.maxBlockMs / 1000}::float8))
    end`
  const claimed = await db
    .insertInto('sign_in_attempts')
    .values({
      attempt_key: attemptKey,
      failures: 1,
      blocked_until: backoff.threshold <= 1 ? new Date(now.getTime() + backoff.firstBlockMs) : null,
      last_attempt_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('attempt_key')
        .doUpdateSet({ failures, blocked_until: wait, last_attempt_at: now })
        .where((eb) =>
          eb.or([
            eb('sign_in_attempts.blocked_until', 'is', null),
            eb('sign_in_attempts.blocked_until', '<=', now),
          ]),
        ),
    )
    .returning('failures')
    .executeTakeFirst()
  return claimed !== undefined
}

/** A successful sign-in: its account and source start afresh; long-idle rows are dropped. */
export async function clearSignInAttempts(
  db: Kysely<Database>,
  attemptKey: string,
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('sign_in_attempts')
    .where((eb) =>
      eb.or([
        eb('attempt_key', '=', attemptKey),
        eb('last_attempt_at', '<', new Date(now.getTime() - FORGET_AFTER_MS)),
      ]),
    )
    .execute()
}
