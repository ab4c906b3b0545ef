import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

/** How many requests `key` made in its current fixed window, and when that window ends. */
export interface RateLimitCount {
  readonly hits: number
  readonly windowEndsAt: Date
}

/**
 * Counts one request of `key` in a fixed window of `windowMs`, in one upsert, so every app
 * process on the database shares the count. A new window prunes the windows that ended.
 */
export async function countRateLimitHit(
  db: Kysely<Database>,
  key: string,
  now: Date,
  windowMs: number,
): Promise<RateLimitCount> {
  const windowOver = sql<boolean>`rate_limit_hits.window_start <= ${new Date(now.getTime() - windowMs)}::timestamptz`
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when ${windowOver} then 1 else rate_limit_hits.hits + 1 end`,
        window_start: sql<Date>`case when ${windowOver} then ${now}::timestamptz else rate_limit_hits.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow()
  if (row.hits === 1) {
    await db
      .deleteFrom('rate_limit_hits')
      .where('window_start', '<=', new Date(now.getTime() - windowMs))
      .execute()
  }
  return { hits: row.hits, windowEndsAt: new Date(row.window_start.getTime() + windowMs) }
}
