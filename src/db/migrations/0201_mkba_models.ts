import { type Kysely, sql } from 'kysely'

/** One MKBA model per project (the builder's working copy), in the model file format. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mkba_models')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id'))
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mkba_models').execute()
}
