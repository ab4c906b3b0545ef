import { type Kysely, sql } from 'kysely'

/**
 * Live table conversations (Effectencalculator): one row per case and measurement moment, the
 * conversation as a document with the last edit per target (`heads`, for conflict detection),
 * every edit ever sent (applied or refused, so nothing typed is lost), and the signed-off
 * versions. Also adds the `controller` role, who signs cases off.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql`alter table users add constraint users_role_check check (role in ('administrator','pilot-manager','researcher','professional','facilitator','controller'))`.execute(
    db,
  )
  await db.schema
    .createTable('conversations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('measurement', 'text', (c) => c.notNull().check(sql`measurement ~ '^T[0-9]+$'`))
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('heads', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','signed-off')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addUniqueConstraint('conversations_case_moment', [
      'project_id',
      'participant_id',
      'measurement',
    ])
    .execute()
  await db.schema
    .createIndex('conversations_project_idx')
    .on('conversations')
    .column('project_id')
    .execute()
  await db.schema
    .createTable('conversation_edits')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('conversation_id', 'uuid', (c) => c.notNull().references('conversations.id'))
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('applied','conflict')`))
    .addColumn('edit', 'jsonb', (c) => c.notNull())
    .addColumn('by', 'uuid', (c) => c.references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('conversation_edits_conversation_idx')
    .on('conversation_edits')
    .columns(['conversation_id', 'seq'])
    .execute()
  await db.schema
    .createTable('conversation_versions')
    .addColumn('conversation_id', 'uuid', (c) => c.notNull().references('conversations.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .addColumn('signed_off_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('signed_off_at', 'timestamptz', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reopened_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reopened_at', 'timestamptz')
    .addColumn('reopen_reason', 'text')
    .addPrimaryKeyConstraint('conversation_versions_pk', ['conversation_id', 'version'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_versions').execute()
  await db.schema.dropTable('conversation_edits').execute()
  await db.schema.dropTable('conversations').execute()
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql`alter table users add constraint users_role_check check (role in ('administrator','pilot-manager','researcher','professional','facilitator'))`.execute(
    db,
  )
}
