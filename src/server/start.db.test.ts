import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import {
  createDb,
  currentTotp,
  type DatabaseHandle,
  DEMO_ACCOUNTS_FILE,
  SetupError,
  testDialects,
} from '../db/index.js'
import { requiresMfa } from '../domain/index.js'
import type { ServerConfig } from './config.js'
import { type StartedServer, startMessage, startServer } from './start.js'
import { testConfig } from './testing/test-app.js'

// Each test boots PGlite in a new folder (initdb, migrations, the demo): slow on a busy machine.
const BOOT_TIMEOUT = 180_000

const folders: string[] = []
function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ew-start-'))
  folders.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

function config(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return testConfig({ dataDir, port: 0, logLevel: 'warn', ...overrides })
}

/** A PostgreSQL server as the start sees one (DATABASE_URL): a fresh database claiming that engine. */
async function serverLikeHandle(): Promise<DatabaseHandle> {
  const pglite = testDialects().find((dialect) => dialect.name === 'pglite')
  if (!pglite) throw new Error('the pglite test dialect is always there')
  return { ...(await pglite.create()), engine: 'postgres' }
}

/** `mode` of every entry below `dir`, and of `dir` itself, as `path: octal`. */
function modes(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  return [dir, ...entries.map((entry) => join(entry.parentPath, entry.name))].map(
    (path) => `${path.slice(dir.length) || '.'}: ${(statSync(path).mode & 0o777).toString(8)}`,
  )
}

const quiet = { write: () => true } as unknown as NodeJS.WritableStream

describe('the first start on an empty embedded database', { timeout: BOOT_TIMEOUT }, () => {
  const dataDir = newDataDir()
  let first: StartedServer
  let firstMessage: string

  it('loads the demo with a random password per account, shown once and written to demo-accounts.txt (0600)', async () => {
    first = await startServer(config(dataDir), { logStream: quiet })
    firstMessage = startMessage(first)
    expect(first.demoLoaded).toBe(true)
    const passwords = first.demoAccounts.map((account) => account.password)
    // ten accounts per municipality: the seven roles, the Zuid professional and facilitator, and
    // the Work & Income professional of the case conferences
    expect(passwords.length).toBe(20)
    expect(new Set(passwords).size).toBe(passwords.length)
    expect(passwords).not.toContain('demo-wachtwoord-2026')
    const admins = first.demoAccounts.filter((account) => account.role === 'administrator')
    expect(admins.length).toBe(2)
    expect(new Set(admins.map((admin) => admin.totpSecret)).size).toBe(2)
    for (const admin of admins) expect(admin.totpSecret).toMatch(/^[A-Z2-7]{32}$/)

    const file = join(dataDir, DEMO_ACCOUNTS_FILE)
    expect(first.demoAccountsFile).toBe(file)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
    expect(lines.length).toBe(first.demoAccounts.length)
    for (const account of first.demoAccounts) {
      const line = lines.find((candidate) => candidate.startsWith(`${account.email} `))
      expect(line?.split(/\s+/)).toEqual(
        [account.email, account.role, account.password, account.totpSecret].filter(Boolean),
      )
      expect(firstMessage).toContain(account.password)
    }
    for (const admin of admins) expect(firstMessage).toContain(admin.totpSecret)
  })

  it('signs in with a password from the file, and a role that sees personal data with a code from its secret', async () => {
    const researcher = first.demoAccounts.find((account) => account.role === 'researcher')
    const answer = await first.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { cookie: 'ew_csrf=t', 'x-csrf-token': 't' },
      payload: { email: researcher?.email, password: researcher?.password },
    })
    expect(answer.statusCode).toBe(200)
    const professional = first.demoAccounts.find((account) => account.role === 'professional')
    const withCode = await first.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { cookie: 'ew_csrf=t', 'x-csrf-token': 't' },
      payload: {
        email: professional?.email,
        password: professional?.password,
        totp: currentTotp(professional?.totpSecret as string, new Date()),
      },
    })
    expect(withCode.statusCode).toBe(200)
  })

  it('keeps the TOTP secrets sealed in the database', async () => {
    const rows = await first.handle.db
      .selectFrom('users')
      .select('totp_secret')
      .where('totp_secret', 'is not', null)
      .execute()
    // every account of a role that sees personal data (all but the researchers)
    expect(rows.length).toBe(first.demoAccounts.filter((a) => requiresMfa(a.role)).length)
    expect(rows.length).toBe(18)
    const secrets = first.demoAccounts.flatMap((account) => account.totpSecret ?? [])
    for (const row of rows) {
      expect(row.totp_secret).toMatch(/^v1:/)
      for (const secret of secrets) expect(row.totp_secret).not.toContain(secret)
    }
  })

  it('refuses a second opener of the data folder while the server holds it, in Dutch and English', () => {
    let refusal: unknown
    try {
      createDb({ dataDir })
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(SetupError)
    expect((refusal as SetupError).localised.nl).toMatch(/in gebruik .*pid \d+/)
    expect((refusal as SetupError).localised.en).toMatch(/in use .*pid \d+/)
  })

  it('leaves the data folder 0700 and every file in it 0600', async () => {
    await first.close()
    const wrong = modes(dataDir).filter((entry) => {
      const path = join(dataDir, entry.split(':')[0] as string)
      const want = statSync(path).isDirectory() ? '700' : '600'
      return !entry.endsWith(`: ${want}`)
    })
    expect(wrong).toEqual([])
    expect(readdirSync(dataDir)).toContain('secret.key')
  })

  it('prints nothing secret on the next start, only where the accounts are', async () => {
    const second = await startServer(config(dataDir), { logStream: quiet })
    try {
      const message = startMessage(second)
      expect(second.demoLoaded).toBe(false)
      expect(second.demoAccounts).toEqual([])
      expect(message).toContain(join(dataDir, DEMO_ACCOUNTS_FILE))
      for (const account of first.demoAccounts) {
        expect(message).not.toContain(account.password)
        if (account.totpSecret) expect(message).not.toContain(account.totpSecret)
      }
    } finally {
      await second.close()
    }
  })
})

describe('the demo elsewhere', { timeout: BOOT_TIMEOUT }, () => {
  it('is not loaded by itself into an empty PostgreSQL database, and the start log says how to load it', async () => {
    const server = await startServer(config('memory://'), {
      logStream: quiet,
      handle: await serverLikeHandle(),
    })
    try {
      expect(server.demoLoaded).toBe(false)
      expect(server.emptyWithoutDemo).toBe(true)
      const count = await server.handle.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      expect(Number(count.n)).toBe(0)
      const message = startMessage(server)
      expect(message).toContain('EFFECTWIJZER_DEMO=1')
      expect(message).toContain('demo load')
    } finally {
      await server.close()
    }
  })

  it('is loaded on PostgreSQL when EFFECTWIJZER_DEMO=1, with EFFECTWIJZER_DEMO_PASSWORD for every account and random TOTP secrets in the file', async () => {
    const dataDir = newDataDir()
    const password = 'a-scripted-demo-password'
    const server = await startServer(config(dataDir, { demo: true, demoPassword: password }), {
      logStream: quiet,
      handle: await serverLikeHandle(),
    })
    try {
      expect(server.demoLoaded).toBe(true)
      expect(new Set(server.demoAccounts.map((account) => account.password))).toEqual(
        new Set([password]),
      )
      const file = readFileSync(join(dataDir, DEMO_ACCOUNTS_FILE), 'utf8')
      for (const account of server.demoAccounts)
        if (account.totpSecret) expect(file).toContain(account.totpSecret)
    } finally {
      await server.close()
    }
  })

  it('is not loaded into an empty embedded database with EFFECTWIJZER_DEMO=0', async () => {
    const server = await startServer(config(newDataDir(), { demo: false }), { logStream: quiet })
    try {
      expect(server.demoLoaded).toBe(false)
      expect(startMessage(server)).toContain('EFFECTWIJZER_DEMO=0')
    } finally {
      await server.close()
    }
  })
})

describe('two instances starting together', { timeout: BOOT_TIMEOUT }, () => {
  it('on one embedded data folder: the second is refused by the folder lock, the first serves', async () => {
    const dataDir = newDataDir()
    const starts = await Promise.allSettled([
      startServer(config(dataDir), { logStream: quiet }),
      startServer(config(dataDir), { logStream: quiet }),
    ])
    const started = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []))
    const refused = starts.flatMap((start) => (start.status === 'rejected' ? [start.reason] : []))
    expect(started.length).toBe(1)
    expect(refused.length).toBe(1)
    expect(refused[0]).toBeInstanceOf(SetupError)
    for (const server of started) await server.close()
  })

  const url = process.env.TEST_DATABASE_URL
  it.skipIf(!url)(
    'on one empty PostgreSQL database: both start, the demo is loaded once',
    async () => {
      const schema = `start_${Date.now().toString(36)}`
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      await admin.query(`create schema ${schema}`)
      const open = () => createDb({ databaseUrl: url, searchPath: schema })
      const key = { secretKey: 'a'.repeat(64), demo: true }
      try {
        const servers = await Promise.all([
          startServer(config('memory://', key), { logStream: quiet, handle: open() }),
          startServer(config('memory://', key), { logStream: quiet, handle: open() }),
        ])
        expect(servers.filter((server) => server.demoLoaded).length).toBe(1)
        // an in-memory data folder keeps no file: none appears beside the process either
        expect(servers.map((server) => server.demoAccountsFile)).toEqual([undefined, undefined])
        expect(existsSync('memory:')).toBe(false)
        const municipalities = await admin.query(
          `select count(*)::int as n from ${schema}.municipalities`,
        )
        expect(municipalities.rows[0].n).toBe(2)
        for (const server of servers) await server.close()
      } finally {
        await admin.query(`drop schema ${schema} cascade`)
        await admin.end()
      }
    },
    BOOT_TIMEOUT,
  )
})
