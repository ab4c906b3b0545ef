import type { Kysely } from 'kysely'

/**
 * Sign-in state shared by every app process through the database:
 * - `users.totp_last_step`: the last TOTP time step accepted, so a code cannot be replayed;
 * - `sign_in_attempts`: failures per account and source, claimed before a password is checked
 *   (replaces the per-account lock any outsider could trigger);
 * - `rate_limit_hits`: the per-IP request limit's counters, so N processes allow the limit, not N ×.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_last_step', 'bigint').execute()
  await db.schema.alterTable('users').dropColumn('failed_logins').execute()
  await db.schema.alterTable('users').dropColumn('locked_until').execute()
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('attempt_key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('blocked_until', 'timestamptz')
    .addColumn('last_attempt_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('sign_in_attempts_last_idx')
    .on('sign_in_attempts')
    .column('last_attempt_at')
    .execute()
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('rate_limit_hits_window_idx')
    .on('rate_limit_hits')
    .column('window_start')
    .execute()
}
