import { type Kysely, sql } from 'kysely'
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
    db,
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
