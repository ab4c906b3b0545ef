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
import {
  firstProject,
  healthTimes as healthTimesAt,
  ms,
  quantile,
  send as sendAt,
  signIn as signInAt,
} from './api-client.js'

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
const signIn = (email: string) =>
  signInAt(
    base,
    email,
    server.demoAccounts.find((account) => account.email === email)?.password ?? '',
  )
const healthTimes = (stop: () => boolean, count: number) => healthTimesAt(base, stop, count)
const send = (cookie: string, method: string, path: string, body: unknown) =>
  sendAt(base, cookie, method, path, body)

try {
  const cookie = await signIn('pilotleider@voorbeeldstad.example')
  const projectId = await firstProject(base, cookie)
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
