import { type Kysely, sql } from 'kysely'

/**
 * Projects and participants made in the app: the history of a project's Minkman phase (each
 * change with its date and reason), the reason an enrolment ended, and the archiving of a table
 * conversation started by mistake. An archived conversation is kept (with who, when and why)
 * but no longer holds its case's measurement moment, so the right one can be started.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project_phase_changes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('phase', 'text', (c) =>
      c.notNull().check(sql`phase in ('design','experiment','extension-monitoring','sustainment')`),
    )
    .addColumn('date', 'date', (c) => c.notNull())
    // null for the phase a project started in
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('project_phase_changes_project_idx')
    .on('project_phase_changes')
    .columns(['project_id', 'date'])
    .execute()
  await sql`insert into project_phase_changes (id, project_id, phase, date)
    select gen_random_uuid(), id, phase, period_start from projects`.execute(db)

  await db.schema.alterTable('enrolments').addColumn('end_reason', 'text').execute()

  await db.schema
    .alterTable('conversations')
    .addColumn('archived_at', 'timestamptz')
    .addColumn('archived_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('archive_reason', 'text')
    .execute()
  await sql`alter table conversations drop constraint conversations_case_moment`.execute(db)
  await sql`create unique index conversations_case_moment on conversations
    (project_id, participant_id, measurement) where archived_at is null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index conversations_case_moment`.execute(db)
  await sql`alter table conversations add constraint conversations_case_moment unique (project_id, participant_id, measurement)`.execute(
    db,
  )
  await db.schema
    .alterTable('conversations')
    .dropColumn('archive_reason')
    .dropColumn('archived_by')
    .dropColumn('archived_at')
    .execute()
  await db.schema.alterTable('enrolments').dropColumn('end_reason').execute()
  await db.schema.dropTable('project_phase_changes').execute()
}
