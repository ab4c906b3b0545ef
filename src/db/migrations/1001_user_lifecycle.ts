import type { Kysely } from 'kysely'

/**
 * An account's life (issue 11): `deactivated_at` offboards without deleting (the audit log
 * keeps naming who did what), `last_sign_in_at` lets the administrator see dormant accounts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('deactivated_at', 'timestamptz')
    .addColumn('last_sign_in_at', 'timestamptz')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .dropColumn('deactivated_at')
    .dropColumn('last_sign_in_at')
    .execute()
}
