import type { Kysely } from 'kysely'

/**
 * The municipality's policy on professionals' names in a resident's inspection package (AVG
 * art. 15; issue 17). Off by default: the CJEU held that the identity of employees who
 * consulted a file need not be given unless the resident needs it to exercise their rights
 * (C-579/21, Pankki S, 22 June 2023); the role and organisation are always shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('municipalities')
    .addColumn('inspection_staff_names', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('municipalities').dropColumn('inspection_staff_names').execute()
}
