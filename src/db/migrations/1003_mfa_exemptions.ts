import { type Kysely, sql } from 'kysely'

/**
 * MFA for every role that sees personal data (issue 11). `mfa_exemptions`: an administrator's
 * written decision that one role of the municipality signs in without a second factor, with
 * its reason, who decided and when; revoked, not deleted, so the record of who allowed what
 * stays. At most one standing exemption per municipality and role.
 * `mfa_enrolments`: the TOTP secret offered at a first sign-in of an account that has none,
 * sealed, until a valid code for it arrives (one per account; short-lived, never dumped).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mfa_exemptions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('mfa_exemptions_standing')
    .on('mfa_exemptions')
    .columns(['municipality_id', 'role'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute()
  await db.schema
    .createTable('mfa_enrolments')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id'))
    .addColumn('sealed_secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mfa_enrolments').execute()
  await db.schema.dropTable('mfa_exemptions').execute()
}
