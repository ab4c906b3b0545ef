/**
 * Load test: 50 concurrent clients for 10 s each against the project overview and the
 * participant list (every participant-list call also writes an audit entry), on the embedded
 * database — or on PostgreSQL when DATABASE_URL is set. Prints requests/second and p99 latency.
 * Run: npx tsx scripts/load-test.ts          (DATABASE_URL=postgres://… for PostgreSQL)
 * Traffic goes to 127.0.0.1 only.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { readConfig } from '../src/server/index.js'
import { startServer } from '../src/server/start.js'

const server = await startServer(
  readConfig({
    ...process.env,
    EFFECTWIJZER_DATA_DIR: mkdtempSync(join(tmpdir(), 'ew-load-')),
    PORT: '0',
    LOG_LEVEL: 'warn',
    EFFECTWIJZER_LOGIN_RATE_LIMIT: '1000',
  }),
  { logStream: { write: () => true } as unknown as NodeJS.WritableStream },
)
const base = server.url.replace('localhost', '127.0.0.1')

async function sessionFor(email: string): Promise<string> {
  const password = server.demoAccounts.find((account) => account.email === email)?.password
  const anon = await fetch(`${base}/api/v1/session/csrf`)
  const cookie = (anon.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { token } = (await anon.json()) as { token: string }
  const login = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': token },
    body: JSON.stringify({ email, password }),
  })
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

const targets = [
  {
    name: 'project overview',
    path: '/api/v1/projects',
    email: 'pilotleider@voorbeeldstad.example',
  },
  {
    name: 'participant list',
    path: '/api/v1/participants',
    email: 'professional.noord@voorbeeldstad.example',
  },
]
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'
for (const target of targets) {
  const cookie = await sessionFor(target.email)
  const result = await autocannon({
    url: `${base}${target.path}`,
    connections: 50,
    duration: 10,
    headers: { cookie },
  })
  const ok = result['2xx']
  console.log(
    `${engine.padEnd(10)} ${target.name.padEnd(17)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p99 ${String(result.latency.p99).padStart(5)} ms   (${ok} answered 2xx, ${result.non2xx} other)`,
  )
}
await server.close()
