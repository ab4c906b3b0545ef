import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import {
  createDb,
  type Database,
  type DatabaseHandle,
  type DatabaseRetry,
  DEMO_ACCOUNTS_FILE,
  type DemoAccount,
  type DemoLogin,
  ensureSecretKeyMatches,
  failInterruptedAnalyses,
  findDemoLogins,
  formatDemoAccounts,
  isEmpty,
  isInMemory,
  loadDemo,
  migrateToLatest,
  openSecretBox,
  type SecretBox,
  underStartupLock,
  waitForDatabase,
  writeDemoAccounts,
} from '../db/index.js'
import { buildApp } from './app.js'
import type { ServerConfig } from './config.js'
import { INTERRUPTED_ANALYSIS } from './routes/analysis-routes.js'

export interface StartedServer {
  readonly app: FastifyInstance
  readonly handle: DatabaseHandle
  readonly url: string
  /** The demo accounts present in the database (loaded on the first start). */
  readonly demoLogins: readonly DemoLogin[]
  /** True when this start loaded the demo. */
  readonly demoLoaded: boolean
  /** The accounts with their passwords and TOTP secrets: only when this start loaded the demo. */
  readonly demoAccounts: readonly DemoAccount[]
  /** Where the demo accounts are kept (demo-accounts.txt in the data folder), when there. */
  readonly demoAccountsFile: string | undefined
  /** True when the database was empty and the demo was not loaded (a PostgreSQL server). */
  readonly emptyWithoutDemo: boolean
  close(): Promise<void>
}

export interface StartOptions {
  readonly logStream?: NodeJS.WritableStream
  /** An opened database to serve instead of the one `config` names (tests); closed with the server. */
  readonly handle?: DatabaseHandle
  /** How long to wait for a database that does not answer yet (default: about a minute). */
  readonly databaseRetry?: DatabaseRetry
}

/**
 * Opens the database, migrates it, loads the demo on a first start where that is wanted
 * (wantsDemo), builds the app and listens. main.ts calls this; tests can too (port 0 picks a
 * free port).
 */
export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<StartedServer> {
  const handle =
    options.handle ??
    createDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.dbPoolSize,
    })
  try {
    // A PostgreSQL server may still be starting or failing over; PGlite is in this process.
    if (handle.engine === 'postgres')
      await waitForDatabase(
        handle,
        (message) => process.stderr.write(`${message}\n`),
        options.databaseRetry,
      )
    const secretBox = openSecretBox({ envKey: config.secretKey, dataDir: config.dataDir })
    const first = await underStartupLock(handle, (db) =>
      prepareDatabase(db, { config, secretBox, engine: handle.engine }),
    )
    // The embedded database is this process's alone: a run it shows as running was cut off.
    if (handle.engine === 'pglite')
      await failInterruptedAnalyses(handle.db, INTERRUPTED_ANALYSIS, new Date())
    const demoAccountsFile =
      first.demoAccounts.length > 0
        ? writeDemoAccounts(config.dataDir, first.demoAccounts)
        : existingDemoAccountsFile(config.dataDir)
    const demoLogins =
      first.demoAccounts.length > 0 ? first.demoAccounts : await findDemoLogins(handle.db)
    const app = await buildApp({
      db: handle.db,
      config,
      pseudonymKey: process.env.EFFECTWIJZER_PSEUDONYM_KEY || first.pseudonymKey,
      secretBox,
      retentionChecks: true,
      auditSealing: true,
      ...(options.logStream ? { logStream: options.logStream } : {}),
    })
    const address = await app.listen({ port: config.port, host: config.host })
    return {
      app,
      handle,
      url: address.replace('127.0.0.1', 'localhost'),
      demoLogins,
      demoLoaded: first.demoAccounts.length > 0,
      demoAccounts: first.demoAccounts,
      demoAccountsFile,
      emptyWithoutDemo: first.wasEmpty && first.demoAccounts.length === 0,
      close: async () => {
        await app.close()
        await handle.close()
      },
    }
  } catch (error) {
    await handle.close()
    throw error
  }
}

/**
 * The demo loads by itself only into an empty embedded database (the README's `npm start`);
 * on a PostgreSQL server only when asked (EFFECTWIJZER_DEMO=1 or `effectwijzer demo load`),
 * since a server is where real data goes.
 */
export function wantsDemo(engine: DatabaseHandle['engine'], demo: boolean | undefined): boolean {
  return demo ?? engine === 'pglite'
}

/** First-start work, done under the start-up lock: migrations, key check, demo, pseudonym key. */
async function prepareDatabase(
  db: Kysely<Database>,
  context: {
    readonly config: ServerConfig
    readonly secretBox: SecretBox
    readonly engine: DatabaseHandle['engine']
  },
): Promise<{ wasEmpty: boolean; demoAccounts: readonly DemoAccount[]; pseudonymKey: string }> {
  await migrateToLatest(db, { secretBox: context.secretBox })
  await ensureSecretKeyMatches(db, context.secretBox)
  const wasEmpty = await isEmpty(db)
  const demoAccounts =
    wasEmpty && wantsDemo(context.engine, context.config.demo)
      ? (
          await loadDemo(db, {
            secretBox: context.secretBox,
            password: context.config.demoPassword,
          })
        ).accounts
      : []
  return { wasEmpty, demoAccounts, pseudonymKey: await storedPseudonymKey(db) }
}

function existingDemoAccountsFile(dataDir: string): string | undefined {
  if (isInMemory(dataDir)) return undefined
  const path = join(dataDir, DEMO_ACCOUNTS_FILE)
  return existsSync(path) ? path : undefined
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

/**
 * The start-up message: where the app runs and how to sign in. The demo's passwords and TOTP
 * secrets appear only on the start that loaded it; later starts say where the file is.
 */
export function startMessage(
  server: Pick<
    StartedServer,
    | 'url'
    | 'handle'
    | 'demoLogins'
    | 'demoLoaded'
    | 'demoAccounts'
    | 'demoAccountsFile'
    | 'emptyWithoutDemo'
  >,
): string {
  const lines = [
    `Effectwijzer runs at ${server.url}`,
    `Database: ${server.handle.engine} (${server.handle.location})`,
  ]
  const file = server.demoAccountsFile
  if (server.demoLoaded) {
    lines.push(
      '',
      `Demo geladen (fictieve gegevens). De accounts staan hieronder, alleen nu getoond${file ? `, en in ${file} (alleen voor u leesbaar)` : ''}.`,
      `Demo loaded (fictional data). The accounts are below, shown only now${file ? `, and in ${file} (readable by you only)` : ''}.`,
      '  e-mail, role, password, TOTP secret (every role that sees personal data: add it to an authenticator app)',
      ...formatDemoAccounts(server.demoAccounts).map((line) => `  ${line}`),
    )
  } else if (server.emptyWithoutDemo) {
    const onServer = server.handle.engine === 'postgres'
    lines.push(
      '',
      `Lege database: de demo ${onServer ? 'wordt op een PostgreSQL-server niet vanzelf geladen' : 'is niet geladen (EFFECTWIJZER_DEMO=0)'}. Laden: EFFECTWIJZER_DEMO=1 npm start, of npx effectwijzer demo load.`,
      `Empty database: ${onServer ? 'on a PostgreSQL server the demo is not loaded by itself' : 'the demo was not loaded (EFFECTWIJZER_DEMO=0)'}. To load it: EFFECTWIJZER_DEMO=1 npm start, or npx effectwijzer demo load.`,
    )
  } else {
    lines.push('Existing data reused (nothing reseeded).')
    if (server.demoLogins.length > 0)
      lines.push(
        file
          ? `Demo accounts: their passwords and TOTP secrets are in ${file} / Demo-accounts: wachtwoorden en TOTP-geheimen staan in ${file}`
          : 'Demo accounts: their passwords and TOTP secrets were shown when the demo was loaded.',
      )
  }
  return `${lines.join('\n')}\n`
}
