import { type Kysely, sql } from 'kysely'

const ROLES_BEFORE = `'administrator','pilot-manager','researcher','professional','facilitator','controller'`

/**
 * The resident's rights and retention (issue 17): the privacy officer's role, the law a file
 * falls under (it sets the retention period), the register of requests with their statutory
 * deadlines, corrections with the old value kept, restriction and objection flags, erasures by
 * two people, the municipality's own retention rules, the daily retention check, and the
 * destruction statements (counts per kind, never the destroyed content).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql
    .raw(
      `alter table users add constraint users_role_check check (role in (${ROLES_BEFORE},'privacy-officer'))`,
    )
    .execute(db)
  await db.schema
    .alterTable('participants')
    .addColumn('care_framework', 'text', (c) =>
      c
        .notNull()
        .defaultTo('participatiewet')
        .check(sql`care_framework in ('participatiewet','wmo','jeugdwet')`),
    )
    .execute()

  await db.schema
    .createTable('privacy_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('inspection','correction','restriction','objection','erasure')`),
    )
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('extension_reason', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open','granted','refused')`),
    )
    .addColumn('closed_on', 'date')
    .addColumn('outcome', 'text')
    .addColumn('registered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('privacy_requests_participant_idx')
    .on('privacy_requests')
    .column('participant_id')
    .execute()

  await db.schema
    .createTable('participant_corrections')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('corrected_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('participant_restrictions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('restriction','objection')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('from_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('lifted_at', 'timestamptz')
    .addColumn('lift_reason', 'text')
    .addColumn('lifted_by', 'uuid', (c) => c.references('users.id'))
    .execute()
  // one restriction in force per resident at a time
  await sql`create unique index participant_restrictions_active on participant_restrictions
    (participant_id) where lifted_at is null`.execute(db)

  await db.schema
    .createTable('erasures')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('erased', 'jsonb')
    // the two-person rule, also for whoever writes SQL by hand
    .addCheckConstraint(
      'erasures_two_people',
      sql`approved_by is null or approved_by <> requested_by`,
    )
    .execute()
  await sql`create unique index erasures_pending on erasures (participant_id)
    where approved_at is null`.execute(db)

  await db.schema
    .createTable('retention_rules')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('years', 'integer', (c) => c.notNull().check(sql`years between 1 and 115`))
    .addColumn('start_event', 'text', (c) => c.notNull())
    .addColumn('source_nl', 'text', (c) => c.notNull())
    .addColumn('source_en', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('retention_rules_pk', ['municipality_id', 'kind'])
    .execute()

  await db.schema
    .createTable('retention_checks')
    .addColumn('municipality_id', 'uuid', (c) => c.primaryKey().references('municipalities.id'))
    .addColumn('checked_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_files', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('destruction_statements')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('reference_date', 'date', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'destruction_statements',
    'retention_checks',
    'retention_rules',
    'erasures',
    'participant_restrictions',
    'participant_corrections',
    'privacy_requests',
  ])
    await db.schema.dropTable(table).execute()
  await db.schema.alterTable('participants').dropColumn('care_framework').execute()
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql
    .raw(`alter table users add constraint users_role_check check (role in (${ROLES_BEFORE}))`)
    .execute(db)
}
