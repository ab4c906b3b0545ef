import { randomBytes } from 'node:crypto'
import { PGlite, types } from '@electric-sql/pglite'
import { type Driver, Kysely, PGliteDialect } from 'kysely'
import pg from 'pg'
import { createDb, type DatabaseHandle } from './create-db.js'
import { migrateToLatest } from './migrate.js'
import type { Database } from './schema.js'
import { SerialDriver, Turns } from './serial-driver.js'

export interface TestDialect {
  readonly name: 'pglite' | 'postgres'
  /** A fresh, migrated, empty database: its own schema, on PGlite or on the server. */
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

const newSchemaName = () => `test_${randomBytes(6).toString('hex')}`

/*
 * PGlite: one instance per test worker, one schema per database, exactly as on the server.
 * Booting PGlite (its WASM and initdb) is what made a database cost seconds; a schema and the
 * migrations in it cost about 0.1 s. The db project runs with isolate: false (vitest.config.ts),
 * so this module, and the instance, lives as long as the worker. Nothing is truncated or reset:
 * each database is new and empty, and the audit log's triggers stay as in production.
 */
let workerPglite: Promise<PGlite> | undefined
const turns = new Turns()

function sharedPglite(): Promise<PGlite> {
  // Dates stay `yyyy-mm-dd` strings, as createDb's PGlite and server pool keep them.
  workerPglite ??= PGlite.create({ parsers: { [types.DATE]: (value: string) => value } })
  return workerPglite
}

async function createPgliteTestDb(): Promise<DatabaseHandle> {
  const pglite = await sharedPglite()
  const schema = newSchemaName()
  await turns.run(() => pglite.exec(`create schema ${schema}`))
  const db = new Kysely<Database>({ dialect: new SchemaPGliteDialect(pglite, schema) })
  await migrateToLatest(db)
  return {
    db,
    engine: 'pglite',
    location: `memory:// (schema ${schema})`,
    close: async () => {
      await db.destroy()
      await turns.run(() => pglite.exec(`drop schema ${schema} cascade`))
    },
  }
}

/**
 * PGlite has one session, so `search_path` is shared by every Kysely on the instance. Each of
 * them waits for its turn (the same queue for all: one caller at a time, as createDb's serial
 * driver does for one Kysely) and sets its schema when it gets it, before its query or
 * transaction. After close, queries fail as they would on a closed database.
 */
class SchemaPGliteDialect extends PGliteDialect {
  readonly #pglite: PGlite
  readonly #schema: string

  constructor(pglite: PGlite, schema: string) {
    super({ pglite })
    this.#pglite = pglite
    this.#schema = schema
  }

  override createDriver(): Driver {
    return new SchemaDriver(super.createDriver(), this.#pglite, this.#schema)
  }
}

class SchemaDriver extends SerialDriver {
  readonly #pglite: PGlite
  readonly #schema: string
  #destroyed = false

  constructor(inner: Driver, pglite: PGlite, schema: string) {
    super(inner, turns)
    this.#pglite = pglite
    this.#schema = schema
  }

  protected override async onTurn(): Promise<void> {
    if (this.#destroyed) throw new Error(`database ${this.#schema} is closed`)
    await this.#pglite.exec(`set search_path to ${this.#schema}`)
  }

  override async destroy(): Promise<void> {
    // The instance is the worker's: only this database's access ends.
    this.#destroyed = true
  }
}

async function createPostgresTestDb(url: string): Promise<DatabaseHandle> {
  const schema = newSchemaName()
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
