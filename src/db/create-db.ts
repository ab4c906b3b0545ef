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
  /** PostgreSQL: connections in the pool (EFFECTWIJZER_DB_POOL_SIZE, default 10). */
  readonly poolSize?: number | undefined
  /**
   * PostgreSQL: an idle pooled connection failed (the server restarted, or ended it). The pool
   * drops it and opens a new one when needed; this only reports it. Default: one line on stderr.
   */
  readonly onConnectionError?: ((error: Error) => void) | undefined
}

export const DEFAULT_POOL_SIZE = 10

/**
 * Limits every PostgreSQL session gets, so one stuck statement, lock or forgotten transaction
 * cannot hold the audit chain (and every request behind it) indefinitely; a request that hits
 * one fails, and the next gets a fresh chance.
 */
export const POSTGRES_TIMEOUTS = {
  /** Opening a connection: a server that does not answer is an error, not a hang. */
  connectionTimeoutMillis: 10_000,
  /** Longest statement (the business case of 1,000 conversations reads in well under 1 s). */
  statement_timeout: 30_000,
  /** Longest wait for a row lock, e.g. the audit chain's head. */
  lock_timeout: 10_000,
  /** A transaction left open without a statement is ended by the server. */
  idle_in_transaction_session_timeout: 60_000,
} as const

const ignoreCheckedOutError = () => {}

const reportConnectionError = (error: Error) =>
  process.stderr.write(
    `Database connection lost (${error.message}); it is replaced on the next request.\n`,
  )

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
  if (options.databaseUrl) return createPostgres(options.databaseUrl, options)
  return createPglite(options.dataDir ?? './data')
}

function createPostgres(databaseUrl: string, options: CreateDbOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    application_name: 'effectwijzer',
    ...POSTGRES_TIMEOUTS,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? keepString
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  // A connection the server ends (pg_terminate_backend, a restart, a failover) emits 'error';
  // without a listener that event ends the Node process. An idle one the pool reports and
  // replaces. A checked-out one fails its caller's next query instead, and the pool drops it
  // when it comes back, so its listener need not report it a second time.
  pool.on('error', options.onConnectionError ?? reportConnectionError)
  pool.on('connect', (client) => client.on('error', ignoreCheckedOutError))
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

/**
 * The database the environment names: DATABASE_URL (with EFFECTWIJZER_DB_POOL_SIZE
 * connections), else PGlite in EFFECTWIJZER_DATA_DIR (./data).
 */
export function createDbFromEnv(env: NodeJS.ProcessEnv): DatabaseHandle {
  return createDb({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.EFFECTWIJZER_DATA_DIR || './data',
    poolSize: poolSizeFromEnv(env),
  })
}

/** EFFECTWIJZER_DB_POOL_SIZE: a whole number from 1; default 10. */
export function poolSizeFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env.EFFECTWIJZER_DB_POOL_SIZE
  if (value === undefined || value === '') return DEFAULT_POOL_SIZE
  const size = Number(value)
  if (!Number.isInteger(size) || size < 1)
    throw new Error(
      `EFFECTWIJZER_DB_POOL_SIZE must be a whole number of at least 1, got "${value}"`,
    )
  return size
}
