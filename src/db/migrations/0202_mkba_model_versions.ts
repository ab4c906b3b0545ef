import { type Kysely, sql } from 'kysely'

/**
 * Every saved MKBA model as a numbered version (who saved it, when), so a council version can
 * be compared with today's and restored. Append-only: a restore saves the old model as a new
 * version. The model saved before this migration becomes version 1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mkba_model_versions')
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('saved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('restored_from', 'integer')
    .addPrimaryKeyConstraint('mkba_model_versions_pk', ['project_id', 'version'])
    .execute()
  await sql`
    INSERT INTO mkba_model_versions (project_id, version, model, saved_at, saved_by)
    SELECT project_id, 1, model, updated_at, updated_by FROM mkba_models
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mkba_model_versions').execute()
}
