/**
 * An effect analysis uploaded over HTTP: a synthetic register extract of N people (default
 * 1,000,000, about 60 MB of CSV) posted to the real server (startServer, embedded PGlite in a
 * temporary folder, the demo loaded), then polled until its results are in; health-route
 * latency meanwhile (one request every 200 ms, so the pings themselves hardly load the server,
 * and each figure is one client's wait). Against
 * the CLI on the same file and spec (`effectwijzer analyse`, a process of its own): prints both
 * times and their ratio.
 * Run: npx tsx bench/server/analysis-upload.bench.ts [N]
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { readConfig } from '../../src/server/config.js'
import { startServer } from '../../src/server/start.js'
import { firstProject, healthTimes, ms, quantile, send, signIn } from './api-client.js'

const N = Number(process.argv[2] ?? 1_000_000)
const SPEC = 'examples/analyse/cohort-spec.json'
const dir = await mkdtemp(join(tmpdir(), 'ew-bench-'))
const csvPath = join(dir, 'cohort.csv')
const cli = (args: readonly string[]) =>
  execFileSync(process.execPath, ['bin/effectwijzer.js', ...args, '--quiet'], { stdio: 'inherit' })
cli(['cohort', '--n', String(N), '--seed', '1', '--out', csvPath])

const cliStarted = performance.now()
cli(['analyse', '--data', csvPath, '--spec', SPEC, '--out', join(dir, 'cli')])
const cliMs = performance.now() - cliStarted

const quiet = new Writable({ write: (_chunk, _encoding, done) => done() })
const server = await startServer(
  { ...readConfig({ EFFECTWIJZER_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' }), port: 0 },
  { logStream: quiet },
)
const base = server.url.replace('localhost', '127.0.0.1')
try {
  const email = 'pilotleider@voorbeeldstad.example'
  const password = server.demoAccounts.find((a) => a.email === email)?.password ?? ''
  const cookie = await signIn(base, email, password)
  const projectId = await firstProject(base, cookie)
  const content = await readFile(csvPath, 'utf8')
  const spec = JSON.parse(await readFile(SPEC, 'utf8'))
  const body = JSON.stringify({ name: 'bench', spec, data: { format: 'csv', content } })
  const idle = await healthTimes(base, () => false, 50, 200)

  let done = false
  let accepted = 0
  const started = performance.now()
  const run = (async () => {
    const created = (await send(
      base,
      cookie,
      'POST',
      `/api/v1/projects/${projectId}/analyses`,
      body,
      202,
    )) as {
      analysis: { id: string }
    }
    accepted = performance.now() - started
    for (;;) {
      const response = await fetch(`${base}/api/v1/analyses/${created.analysis.id}`, {
        headers: { cookie },
      })
      const { analysis } = (await response.json()) as {
        analysis: { status: string; error: unknown }
      }
      if (analysis.status === 'failed') throw new Error(JSON.stringify(analysis.error))
      if (analysis.status === 'done') break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    done = true
  })()
  const during = await healthTimes(base, () => done, Number.POSITIVE_INFINITY, 200)
  await run
  const httpMs = performance.now() - started

  const line = (name: string, times: number[]) =>
    `${name.padEnd(26)} median ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}  max ${ms(Math.max(...times))}  (n = ${times.length})`
  console.log(
    `effect analysis of ${N.toLocaleString('en')} people, ${(Buffer.byteLength(content) / 1e6).toFixed(1)} MB CSV`,
  )
  console.log(`CLI (own process, read + analyse + report): ${(cliMs / 1000).toFixed(2)} s`)
  console.log(
    `HTTP upload to results (202 after ${(accepted / 1000).toFixed(2)} s): ${(httpMs / 1000).toFixed(2)} s`,
  )
  console.log(`ratio HTTP/CLI: ${(httpMs / cliMs).toFixed(2)}×`)
  console.log(line('health, idle server', idle))
  console.log(line('health, during the run', during))
} finally {
  await server.close()
  await rm(dir, { recursive: true, force: true })
}
