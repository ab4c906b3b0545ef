import { existsSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { type Driver, Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import { isInMemory, prepareDataFolder, restrictTree } from './data-folder.js'
import { lockDataFolder } from './folder-lock.js'
import type { Database } from './schema.js'
import { SerialDriver } from './serial-driver.js'

/** PostgreSQL's type oid for `date`: returned as the `yyyy-mm-dd` string, never as a Date. */
const DATE_OID = 1082
const keepString = (value: string) => value

export interface CreateDbOptions {
  /** `postgres://…`: use a PostgreSQL server. When absent, embedded PGlite is used. */
  readonly databaseUrl?: string | undefined
  /** PGlite data directory (default `./data`); `memory://` for an in-memory database. */
  readonly dataDir?: string | undefined
  /** PostgreSQL schema to use (tests give each run its own). */
  readonly searchPath?: string | undefined
}

export interface DatabaseHandle {
  readonly db: Kysely<Database>
  readonly engine: 'pglite' | 'postgres'
  /** Where the data lives, for messages: the directory or the server URL without password. */
  readonly location: string
  close(): Promise<void>
}

/**
 * The one place that knows which database runs: PGlite in a directory by default, a PostgreSQL
 * server when `databaseUrl` is given. Everything else sees `Kysely<Database>` and the same SQL.
 */
export function createDb(options: CreateDbOptions = {}): DatabaseHandle {
  if (options.databaseUrl) return createPostgres(options.databaseUrl, options.searchPath)
  return createPglite(options.dataDir ?? './data')
}

function createPostgres(databaseUrl: string, searchPath: string | undefined): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? keepString
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  const url = new URL(databaseUrl)
  url.password = ''
  return { db, engine: 'postgres', location: url.toString(), close: () => db.destroy() }
}

/**
 * PGlite in its data folder, which this process locks (folder-lock.ts) and keeps private: the
 * folder 0700 before PGlite writes anything, and its files 0600 once it is ready and again at
 * close, because PGlite creates them 0666 whatever the umask.
 */
function createPglite(dataDir: string): DatabaseHandle {
  const parsers = { [DATE_OID]: keepString }
  if (isInMemory(dataDir)) {
    const db = new Kysely<Database>({
      dialect: new SerialPGliteDialect({ pglite: new PGlite({ parsers }) }),
    })
    return { db, engine: 'pglite', location: dataDir, close: () => db.destroy() }
  }
  prepareDataFolder(dataDir)
  const release = lockDataFolder(dataDir)
  const pglite = new PGlite({ dataDir, parsers })
  const ready = pglite.waitReady.then(() => restrictTree(dataDir))
  const db = new Kysely<Database>({
    dialect: new SerialPGliteDialect({ pglite, onCreateConnection: () => ready }),
  })
  return {
    db,
    engine: 'pglite',
    location: dataDir,
    close: async () => {
      try {
        await db.destroy()
        if (existsSync(dataDir)) restrictTree(dataDir)
      } finally {
        release()
      }
    },
  }
}

/** PGlite through the serial driver: one caller holds its single connection at a time. */
class SerialPGliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    return new SerialDriver(super.createDriver())
  }
}

/** The database the environment names: DATABASE_URL, else PGlite in EFFECTWIJZER_DATA_DIR (./data). */
export function createDbFromEnv(env: NodeJS.ProcessEnv): DatabaseHandle {
  return createDb({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.EFFECTWIJZER_DATA_DIR || './data',
  })
}
