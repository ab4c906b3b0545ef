import { type Kysely, sql } from 'kysely'

/**
 * The pilot's phase per participating organisation (issue 16): a phase change may name the
 * organisation it is about (null: the whole project, as before), and per project the items of
 * the per-phase checklist (src/domain/project/checklist.ts) the pilot manager ticked, with the
 * date and who. No person data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('project_phase_changes')
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .execute()
  await db.schema
    .createIndex('project_phase_changes_organisation_idx')
    .on('project_phase_changes')
    .columns(['project_id', 'organisation_id', 'date'])
    .execute()
  await db.schema
    .createTable('project_checklist_items')
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    // an item id of the shipped checklist; its phase follows from it
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('done_on', 'date', (c) => c.notNull())
    .addColumn('done_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('project_checklist_items_pk', ['project_id', 'item'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('project_checklist_items').execute()
  await db.schema.dropIndex('project_phase_changes_organisation_idx').execute()
  await db.schema.alterTable('project_phase_changes').dropColumn('organisation_id').execute()
}
