import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface SessionRow {
  readonly userId: string
  readonly csrfToken: string
  readonly createdAt: Date
  readonly lastSeenAt: Date
}

/** Only a hash of the session id is stored: a leaked database holds no usable session. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex')
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Starts a session; returns the id for the cookie and the CSRF token bound to it. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<{ readonly sessionId: string; readonly csrfToken: string }> {
  const sessionId = randomToken()
  const csrfToken = randomToken()
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSessionId(sessionId),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
    })
    .execute()
  return { sessionId, csrfToken }
}

export async function findSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .select([
      'user_id as userId',
      'csrf_token as csrfToken',
      'created_at as createdAt',
      'last_seen_at as lastSeenAt',
    ])
    .where('id_hash', '=', hashSessionId(sessionId))
    .executeTakeFirst()
}

export async function touchSession(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('id_hash', '=', hashSessionId(sessionId))
    .execute()
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSessionId(sessionId)).execute()
}
