/**
 * Does the server answer while it makes a report? Health-route latency (median, p95) on an
 * idle server, then while 200,000-draw MKBA reports are being made, in the same run; prints
 * both and their ratio (1 would be: as if nothing were running).
 *
 * The server is the real one (startServer, PGlite in a temporary folder, the demo loaded),
 * reached over HTTP on 127.0.0.1; the report is of a model whose 200,000 draws take seconds
 * (100 uncertain items over 20 years). Health is asked for one request after the other, so
 * each figure is the wait of one client that asks during the report.
 * Run: npx tsx bench/server/health-during-report.bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { readConfig } from '../../src/server/config.js'
import { startServer } from '../../src/server/start.js'
import { heavyMkbaModelFile } from '../../src/server/workers/testing/heavy-model.js'

const IDLE_REQUESTS = 300
const REPORTS = 3
const DRAWS = 200_000

const dataDir = await mkdtemp(join(tmpdir(), 'ew-bench-'))
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() })
const server = await startServer(
  { ...readConfig({ EFFECTWIJZER_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }), port: 0 },
  { logStream: quiet },
)
const base = server.url.replace('localhost', '127.0.0.1')

try {
  const cookie = await signIn('pilotleider@voorbeeldstad.example')
  const projectId = await firstProject(cookie)
  await send(cookie, 'PUT', `/api/v1/projects/${projectId}/mkba`, heavyMkbaModelFile(100, 20))
  const report = () =>
    fetch(`${base}/api/v1/projects/${projectId}/mkba/report?draws=${DRAWS}&seed=1`, {
      headers: { cookie },
    }).then(async (response) => {
      if (response.status !== 200) throw new Error(`report answered ${response.status}`)
      await response.arrayBuffer()
    })

  // Warm-up: the JIT, for both routes, and a worker pool's first thread, where there is one.
  await report()
  await healthTimes(() => false, IDLE_REQUESTS)
  const idle = await healthTimes(() => false, IDLE_REQUESTS)

  const during: number[] = []
  let reportMs = 0
  for (let r = 0; r < REPORTS; r++) {
    let done = false
    const started = performance.now()
    const running = report().then(() => {
      done = true
      reportMs += performance.now() - started
    })
    during.push(...(await healthTimes(() => done, Number.POSITIVE_INFINITY)))
    await running
  }

  const line = (name: string, times: number[]) =>
    `${name.padEnd(28)} median ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}  (n = ${times.length})`
  console.log(`health while ${REPORTS} MKBA reports of ${DRAWS.toLocaleString('en')} draws run`)
  console.log(line('idle server', idle))
  console.log(line('during a report', during))
  console.log(`report: ${ms(reportMs / REPORTS)} each`)
  console.log(
    `ratio during/idle: median ${(quantile(during, 0.5) / quantile(idle, 0.5)).toFixed(1)}×, p95 ${(quantile(during, 0.95) / quantile(idle, 0.95)).toFixed(1)}×`,
  )
} finally {
  await server.close()
  await rm(dataDir, { recursive: true, force: true })
}

/** Latencies (ms) of health requests sent one after the other until `stop()` or `count`. */
async function healthTimes(stop: () => boolean, count: number): Promise<number[]> {
  const times: number[] = []
  while (!stop() && times.length < count) {
    const started = performance.now()
    const response = await fetch(`${base}/api/v1/health`)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`health answered ${response.status}`)
    times.push(performance.now() - started)
  }
  return times
}

/** Signs in over the API's CSRF flow and returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const password = server.demoAccounts.find((account) => account.email === email)?.password
  const csrf = await fetch(`${base}/api/v1/session/csrf`)
  const { token } = (await csrf.json()) as { token: string }
  const csrfCookie = cookiesOf(csrf)
  const login = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { cookie: csrfCookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`)
  return `${csrfCookie}; ${cookiesOf(login)}`
}

async function firstProject(cookie: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/projects`, { headers: { cookie } })
  const body = (await response.json()) as { projects: { id: string }[] }
  const project = body.projects[0]
  if (!project) throw new Error('no project in the demo')
  return project.id
}

async function send(cookie: string, method: string, path: string, body: unknown): Promise<void> {
  const csrf = await fetch(`${base}/api/v1/session/csrf`, { headers: { cookie } })
  const { token } = (await csrf.json()) as { token: string }
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}`)
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ')
}

/** R's default quantile (type 7) of the sorted latencies. */
function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * p
  const low = Math.floor(h)
  const lowValue = sorted[low] ?? Number.NaN
  return lowValue + (h - low) * ((sorted[Math.ceil(h)] ?? lowValue) - lowValue)
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`
}
