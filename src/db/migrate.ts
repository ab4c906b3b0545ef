import { type DatabaseIntrospector, type Kysely, sql } from 'kysely'
import { Migrator } from 'kysely/migration'
import type { SecretBox } from './credentials/secret-box.js'
import { migrationProvider } from './migrations/index.js'
import type { Database } from './schema.js'
import { SetupError } from './setup-error.js'

export interface MigrationOutcome {
  readonly applied: readonly string[]
}

/**
 * Brings the schema to the latest migration; throws with the failing migration's name. The
 * secret key is needed only where stored secrets are still in clear (migration 0004).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: { readonly secretBox?: SecretBox | undefined } = {},
): Promise<MigrationOutcome> {
  // Name the schema: without it Kysely finds its tables in any schema of the server.
  const schema = await sql<{ name: string }>`select current_schema() as name`.execute(db)
  const migrationTableSchema = schema.rows[0]?.name ?? 'public'
  // Migrations are numbered per module (01xx conversations, 02xx MKBA), so a newer module's
  // migration may sort before one that already ran: allow that, they are independent.
  const migrator = new Migrator({
    db: withOwnSchemaIntrospection(db, migrationTableSchema),
    provider: migrationProvider(options.secretBox),
    migrationTableSchema,
    allowUnorderedMigrations: true,
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error) {
    if (error instanceof SetupError) throw error
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed`, { cause: error })
  }
  return {
    applied: (results ?? [])
      .filter((result) => result.status === 'Success')
      .map((result) => result.migrationName),
  }
}

/**
 * Kysely's Migrator asks whether its tables exist by listing every column of every schema on
 * the server, with pg_get_serial_sequence per column. A migration running at the same time in
 * another schema (tests, or a second tenant on one server) can rename a column between the
 * listing and that call, and the listing fails with 42703. The Migrator needs only the table
 * names of its own schema, so it is given an introspector that reads just those.
 */
function withOwnSchemaIntrospection(db: Kysely<Database>, schema: string): Kysely<Database> {
  const introspection: DatabaseIntrospector = {
    getSchemas: async () => {
      const rows = await sql<{ name: string }>`
        select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db)
      return rows.rows
    },
    getTables: async () => {
      const rows = await sql<{ name: string }>`
        select table_name as name from information_schema.tables
        where table_schema = ${schema}`.execute(db)
      return rows.rows.map(({ name }) => ({
        name,
        schema,
        isView: false,
        isForeign: false,
        columns: [],
      }))
    },
  }
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection
      const value = Reflect.get(target, property, target)
      // Kysely's methods read private fields, so they must run on the real instance.
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
