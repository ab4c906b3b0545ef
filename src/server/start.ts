import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import {
  createDb,
  type Database,
  type DatabaseHandle,
  type DatabaseRetry,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  type DemoLogin,
  findDemoLogins,
  isEmpty,
  loadDemo,
  migrateToLatest,
  waitForDatabase,
} from '../db/index.js'
import { buildApp } from './app.js'
import type { ServerConfig } from './config.js'

export interface StartedServer {
  readonly app: FastifyInstance
  readonly handle: DatabaseHandle
  readonly url: string
  /** The demo accounts present in the database (loaded on the first start). */
  readonly demoLogins: readonly DemoLogin[]
  /** True when this start loaded the demo (the database was empty). */
  readonly demoLoaded: boolean
  close(): Promise<void>
}

/**
 * Opens the database, migrates it, loads the demo on first start only, builds the app and
 * listens. main.ts calls this; tests can too (port 0 picks a free port).
 */
export async function startServer(
  config: ServerConfig,
  options: {
    readonly loadDemoOnFirstStart?: boolean
    readonly logStream?: NodeJS.WritableStream
    /** How long to wait for a database that does not answer yet (default: about a minute). */
    readonly databaseRetry?: DatabaseRetry
  } = {},
): Promise<StartedServer> {
  const handle = createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  })
  // a PostgreSQL server may still be starting or failing over; PGlite is in this process
  if (handle.engine === 'postgres') {
    try {
      await waitForDatabase(
        handle,
        (message) => process.stderr.write(`${message}\n`),
        options.databaseRetry,
      )
    } catch (error) {
      await handle.close()
      throw error
    }
  }
  await migrateToLatest(handle.db)
  const demoLoaded = options.loadDemoOnFirstStart !== false && (await isEmpty(handle.db))
  const demoLogins = demoLoaded
    ? (await loadDemo(handle.db)).logins
    : await findDemoLogins(handle.db)
  const pseudonymKey =
    process.env.EFFECTWIJZER_PSEUDONYM_KEY || (await storedPseudonymKey(handle.db))
  const app = await buildApp({
    db: handle.db,
    config,
    pseudonymKey,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  })
  const address = await app.listen({ port: config.port, host: config.host })
  const url = address.replace('127.0.0.1', 'localhost')
  return {
    app,
    handle,
    url,
    demoLogins,
    demoLoaded,
    close: async () => {
      await app.close()
      await handle.close()
    },
  }
}

/** The BSN HMAC key, generated once and kept in the settings table. */
async function storedPseudonymKey(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key: 'pseudonym_key', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'pseudonym_key')
    .executeTakeFirstOrThrow()
  return row.value
}

/** The start-up message: where the app runs and, on first start, how to sign in. */
export function startMessage(
  server: Pick<StartedServer, 'url' | 'handle' | 'demoLogins' | 'demoLoaded'>,
): string {
  const lines = [
    `Effectwijzer runs at ${server.url}`,
    `Database: ${server.handle.engine} (${server.handle.location})`,
  ]
  lines.push(
    server.demoLoaded ? 'First start: demo loaded.' : 'Existing data reused (nothing reseeded).',
  )
  if (server.demoLogins.length > 0) {
    lines.push(
      '',
      'Demo accounts (fictional data). Sign in with one of these,',
      `password for all: ${DEMO_PASSWORD}`,
      ...server.demoLogins.map(
        (login) =>
          `  ${login.email.padEnd(42)} ${login.role.padEnd(14)} ${login.organisation}${login.team ? ` · team ${login.team}` : ''}`,
      ),
      `Administrators also need a TOTP code: secret ${DEMO_TOTP_SECRET}`,
      '(add it to an authenticator app, or run: npx effectwijzer users totp beheerder@voorbeeldstad.example)',
    )
  }
  return `${lines.join('\n')}\n`
}
