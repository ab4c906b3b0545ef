import { type Kysely, sql } from 'kysely'

/**
 * One plan with the resident (every save a version, with who saved it), light check-ins after
 * outflow (planned per case, recorded in one click), and outcome measurements at moments of
 * the professional's choosing (a table conversation's T0/T1 outcomes are read from the
 * conversation itself, so they are never stored twice).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('plan', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('saved_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('plan_versions_pk', ['participant_id', 'version'])
    .execute()

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('project_id', 'uuid', (c) => c.references('projects.id'))
    .addColumn('outflow', 'text', (c) =>
      c.notNull().check(sql`outflow in ('enrolment','trajectory','benefit')`),
    )
    .addColumn('ended_on', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('good','concerns','reopened')`))
    .addColumn('note', 'text')
    .addColumn('checked_on', 'date')
    .addColumn('checked_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('cancelled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('follow_ups_due_idx')
    .on('follow_ups')
    .columns(['organisation_id', 'due_date'])
    .where(sql.ref('outcome'), 'is', null)
    .execute()
  await db.schema
    .createIndex('follow_ups_participant_idx')
    .on('follow_ups')
    .columns(['participant_id', 'due_date'])
    .execute()

  await db.schema
    .createTable('outcome_measurements')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('project_id', 'uuid', (c) => c.references('projects.id'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('moment', 'text')
    .addColumn('ladder_rung', 'integer', (c) => c.check(sql`ladder_rung between 1 and 6`))
    .addColumn('zrm', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('trust_self', 'integer', (c) => c.check(sql`trust_self between 1 and 10`))
    .addColumn('trust_professionals', 'integer', (c) =>
      c.check(sql`trust_professionals between 1 and 10`),
    )
    .addColumn('trust_municipality', 'integer', (c) =>
      c.check(sql`trust_municipality between 1 and 10`),
    )
    .addColumn('goal_progress', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('outcome_measurements_participant_idx')
    .on('outcome_measurements')
    .columns(['participant_id', 'date'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outcome_measurements').execute()
  await db.schema.dropTable('follow_ups').execute()
  await db.schema.dropTable('plan_versions').execute()
}
