import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createDb,
  DatabaseUnreachableError,
  newSecretKey,
  SecretBox,
  testDialects,
} from '../db/index.js'
import type { Problem } from '../domain/index.js'
import { buildApp } from './app.js'
import { readConfig } from './config.js'
import { startServer } from './start.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

/** A PostgreSQL URL where nothing listens: the database is away. */
const NOWHERE = 'postgres://postgres@127.0.0.1:1/effectwijzer'

describe('a PostgreSQL server that is away', () => {
  it('makes /api/v1/health answer 503 with Retry-After, not 500', async () => {
    const handle = createDb({ databaseUrl: NOWHERE })
    const app = await buildApp({
      db: handle.db,
      config: testConfig(),
      pseudonymKey: 'k',
      secretBox: new SecretBox(newSecretKey()),
    })
    try {
      const response = await app.inject({ url: '/api/v1/health' })
      expect(response.statusCode).toBe(503)
      expect((response.json() as Problem).code).toBe('unavailable')
      expect(response.headers['retry-after']).toBe('5')
    } finally {
      await app.close()
      await handle.close()
    }
  })

  it('is retried at start-up, and then named in a clear message instead of a stack trace', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      const started = startServer(testConfig({ databaseUrl: NOWHERE, port: 0 }), {
        databaseRetry: { attempts: 3, firstDelayMs: 1, maxDelayMs: 1 },
      })
      await expect(started).rejects.toThrow(DatabaseUnreachableError)
      await expect(started).rejects.toThrow(
        /Cannot reach the database at postgres:\/\/postgres@127\.0\.0\.1:1\/effectwijzer after 3 attempts/,
      )
      const retries = stderr.mock.calls.filter((call) => /attempt \d of 3/.test(String(call[0])))
      expect(retries).toHaveLength(2)
    } finally {
      stderr.mockRestore()
    }
  })
})

describe('EFFECTWIJZER_DB_POOL_SIZE', () => {
  it('sets the pool size, default 10, and refuses anything but a whole number from 1', () => {
    expect(readConfig({}).dbPoolSize).toBe(10)
    expect(readConfig({ EFFECTWIJZER_DB_POOL_SIZE: '3' }).dbPoolSize).toBe(3)
    expect(() => readConfig({ EFFECTWIJZER_DB_POOL_SIZE: '0' })).toThrow(
      /EFFECTWIJZER_DB_POOL_SIZE must be a whole number of at least 1, got "0"/,
    )
  })
})

for (const dialect of testDialects().filter((d) => d.name === 'postgres')) {
  describe('the app on a PostgreSQL server that ends its connections', () => {
    let t: TestApp
    let headers: Record<string, string>
    const url = process.env.TEST_DATABASE_URL as string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      headers = await t.headersFor(t.demo.voorbeeldstad.users.professional)
    })
    afterAll(async () => {
      await t.close()
    })

    /** The server processes behind the app's pooled connections (each query may take another). */
    async function appBackends(): Promise<number[]> {
      const pids = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.handle.db
            .selectNoFrom((eb) => eb.fn<number>('pg_backend_pid', []).as('pid'))
            .executeTakeFirstOrThrow(),
        ),
      )
      return [...new Set(pids.map((row) => row.pid))]
    }

    async function terminate(pids: readonly number[]): Promise<void> {
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      try {
        await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids])
      } finally {
        await admin.end()
      }
    }

    it('sets statement, lock and idle-in-transaction timeouts on every connection', async () => {
      const shown = await t.handle.db
        .selectNoFrom((eb) => [
          eb.fn<string>('current_setting', [eb.val('statement_timeout')]).as('statement'),
          eb.fn<string>('current_setting', [eb.val('lock_timeout')]).as('lock'),
          eb
            .fn<string>('current_setting', [eb.val('idle_in_transaction_session_timeout')])
            .as('idle'),
        ])
        .executeTakeFirstOrThrow()
      expect(shown).toEqual({ statement: '30s', lock: '10s', idle: '1min' })
    })

    it('keeps at most EFFECTWIJZER_DB_POOL_SIZE connections', async () => {
      const small = createDb({ databaseUrl: url, poolSize: 2 })
      try {
        const pids = await Promise.all(
          Array.from({ length: 6 }, () =>
            small.db
              .selectNoFrom((eb) => eb.fn<number>('pg_backend_pid', []).as('pid'))
              .executeTakeFirstOrThrow(),
          ),
        )
        expect(new Set(pids.map((row) => row.pid)).size).toBeLessThanOrEqual(2)
      } finally {
        await small.close()
      }
    })

    it('survives pg_terminate_backend of all its connections under load, and serves again', async () => {
      const list = () =>
        t.app.inject({
          url: `/api/v1/participants?projectId=${t.demo.voorbeeldstad.projectId}`,
          headers,
        })
      expect((await list()).statusCode).toBe(200)
      const backends = await appBackends()
      const load = Array.from({ length: 30 }, () => list())
      await terminate(backends)
      const during = await Promise.all(load)
      // requests caught on a dying connection may fail; none may take the process down
      for (const answer of during) expect([200, 500, 503]).toContain(answer.statusCode)
      await expect
        .poll(async () => (await t.app.inject({ url: '/api/v1/health' })).statusCode)
        .toBe(200)
      expect((await list()).statusCode).toBe(200)
    })
  })
}
