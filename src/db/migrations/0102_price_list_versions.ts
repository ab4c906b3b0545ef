import { type Kysely, sql } from 'kysely'

/**
 * A municipality's own price-list versions: the whole list as imported (its own tariffs
 * override shipped prices with a reason). The newest version is the active one; results
 * record the version they used. Versions are never changed, only added.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('price_list_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('list', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addUniqueConstraint('price_list_versions_unique', ['municipality_id', 'version'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('price_list_versions').execute()
}
