import { type Kysely, sql } from 'kysely'

/**
 * An analysis linked to the app's residents through the extract's BSN column (issues 13, 17):
 * where its pilot group came from (the extract's own column, or the project's enrolments), and
 * how many rows it left out because the resident restricted use or objected at the run
 * (AVG art. 18, 21); null when the extract had no BSN column, so nobody could be recognised.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('effect_analyses')
    .addColumn('group_from', 'text', (c) =>
      c.notNull().defaultTo('column').check(sql`group_from in ('column', 'enrolments')`),
    )
    .addColumn('left_out_restricted', 'integer', (c) => c.check(sql`left_out_restricted >= 0`))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('effect_analyses')
    .dropColumn('group_from')
    .dropColumn('left_out_restricted')
    .execute()
}
