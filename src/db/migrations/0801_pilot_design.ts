import type { Kysely } from 'kysely'

/**
 * A project's pilot design (issue 13, before the pilot): one per project, the design as
 * validated (src/domain/pilot-design), with who saved it when. No person data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project_pilot_designs')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id'))
    .addColumn('design', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('saved_by', 'uuid', (c) => c.references('users.id'))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('project_pilot_designs').execute()
}
