import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDb, type DatabaseHandle } from './create-db.js'
import { migrateToLatest } from './migrate.js'

export interface TestDialect {
  readonly name: 'pglite' | 'postgres'
  /** A fresh, migrated, empty database (PGlite in memory; a new schema on the server). */
  create(): Promise<DatabaseHandle>
}

/**
 * The databases every `*.db.test.ts` runs against: PGlite always; the PostgreSQL server in
 * TEST_DATABASE_URL when set. TEST_DIALECTS=pglite (or postgres) narrows the list.
 */
export function testDialects(): readonly TestDialect[] {
  const dialects: TestDialect[] = [{ name: 'pglite', create: createPgliteTestDb }]
  const url = process.env.TEST_DATABASE_URL
  if (url) dialects.push({ name: 'postgres', create: () => createPostgresTestDb(url) })
  const only = process.env.TEST_DIALECTS?.split(',')
  return only ? dialects.filter((dialect) => only.includes(dialect.name)) : dialects
}

async function createPgliteTestDb(): Promise<DatabaseHandle> {
  const handle = createDb({ dataDir: 'memory://' })
  await migrateToLatest(handle.db)
  return handle
}

async function createPostgresTestDb(url: string): Promise<DatabaseHandle> {
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const handle = createDb({ databaseUrl: url, searchPath: schema })
  await migrateToLatest(handle.db)
  return {
    ...handle,
    close: async () => {
      await handle.close()
      const cleanup = new pg.Client({ connectionString: url })
      await cleanup.connect()
      await cleanup.query(`drop schema ${schema} cascade`)
      await cleanup.end()
    },
  }
}
