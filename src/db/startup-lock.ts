import { type Kysely, sql } from 'kysely'
import type { DatabaseHandle } from './create-db.js'
import type { Database } from './schema.js'

/** The advisory lock key of first-start work ("EW" "ST" in hex). */
const STARTUP_LOCK = 0x4557_5354

/**
 * Runs first-start work (migrations, the demo when asked) so that two instances starting
 * together on one empty PostgreSQL database take turns instead of both creating tables and
 * loading the demo (one of them then crashed on a duplicate key). It holds a session-level
 * `pg_advisory_lock` on one connection and does the work on that same connection. PGlite needs
 * none: its data folder is locked to one process (folder-lock.ts).
 */
export async function underStartupLock<T>(
  handle: DatabaseHandle,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (handle.engine === 'pglite') return work(handle.db)
  return handle.db.connection().execute(async (db) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(db)
    try {
      return await work(db)
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(db)
    }
  })
}
