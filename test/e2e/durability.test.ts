import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../src/db/index.js'

/*
 * A write the server acknowledged survives kill -9. PGlite 0.5 runs PostgreSQL in WASM with its
 * data directory on Node's file system; its `relaxedDurability` option (which lets queries
 * return before the file system is synced) is off by default and we leave it off, so a commit
 * reaches the files before the answer. The test kills the server's process group during a burst
 * of participant writes, restarts on the same data directory, reads back every acknowledged
 * write and verifies the audit chain. It covers a crashed process, not a power cut: whether
 * PGlite's file system layer fsyncs through to the disk was not verified.
 */
const CLI = new URL('../../bin/effectwijzer.js', import.meta.url).pathname
const MAIN = new URL('../../src/server/main.ts', import.meta.url).pathname
const TSX = new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url).pathname
// KILL9_DATA_DIR=memory:// shows the test failing when nothing is durable.
const dataDir = process.env.KILL9_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'ew-kill9-'))
// The demo's accounts get this password (a scripted demo's way); it is printed on the first start only.
const password = randomBytes(12).toString('base64url')
let server: ChildProcess | undefined

function start(): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [TSX, MAIN], {
    env: {
      ...process.env,
      EFFECTWIJZER_DATA_DIR: dataDir,
      PORT: '0',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      EFFECTWIJZER_DEMO_PASSWORD: password,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server = child
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = out.match(/runs at (http:\/\/localhost:\d+)/)
      if (m?.[1]) {
        clearTimeout(timer)
        resolve({ url: m[1], child, output: () => out })
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
  })
}

const EMAIL = 'professional.noord@voorbeeldstad.example'

/** The account's TOTP secret, from the accounts the first start prints (last column). */
function totpSecretIn(output: string): string {
  const line = output.split('\n').find((candidate) => candidate.includes(EMAIL)) ?? ''
  return line.trim().split(/\s+/).at(-1) ?? ''
}

/**
 * Signs in as a professional with a code for the moment `at`, and returns headers that carry
 * the session and its CSRF token.
 */
async function signIn(url: string, secret: string, at: Date): Promise<Record<string, string>> {
  const anon = await fetch(`${url}/api/v1/session/csrf`)
  const anonCookie = (anon.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { token } = (await anon.json()) as { token: string }
  const login = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: anonCookie, 'x-csrf-token': token },
    body: JSON.stringify({
      email: EMAIL,
      password,
      totp: currentTotp(secret, at),
    }),
  })
  expect(login.status).toBe(200)
  const session = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const csrf = (await (
    await fetch(`${url}/api/v1/session/csrf`, { headers: { cookie: session } })
  ).json()) as { token: string }
  return { cookie: session, 'x-csrf-token': csrf.token, 'content-type': 'application/json' }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

afterAll(() => {
  if (server?.pid && server.exitCode === null && server.signalCode === null)
    process.kill(-server.pid, 'SIGKILL')
})

describe('durability', () => {
  it('keeps every acknowledged write through kill -9, and the audit chain stays valid', async () => {
    let { url, child, output } = await start()
    expect(output()).toContain(password)
    const secret = totpSecretIn(output())
    let headers = await signIn(url, secret, new Date())
    const acknowledged: string[] = []
    let killed = false
    const write = async () => {
      try {
        const answer = await fetch(`${url}/api/v1/participants`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ageBand: '27-44', ladderRung: 2 }),
        })
        if (answer.status === 201)
          acknowledged.push(
            ((await answer.json()) as { participant: { id: string } }).participant.id,
          )
      } catch {
        // The server died mid-request: not acknowledged.
      }
    }
    // Bursts of 10 concurrent writes; kill -9 the whole process group once 40 are acknowledged.
    for (let burst = 0; burst < 30 && !killed; burst++) {
      const inFlight = Array.from({ length: 10 }, write)
      if (acknowledged.length >= 40 && child.pid) {
        process.kill(-child.pid, 'SIGKILL')
        killed = true
      }
      await Promise.all(inFlight)
    }
    expect(killed).toBe(true)
    expect(acknowledged.length).toBeGreaterThanOrEqual(40)
    await exited(child)
    ;({ url, child, output } = await start())
    // a code counts once: the next step's (inside the drift window) rather than the same again
    headers = await signIn(url, secret, new Date(Date.now() + 30_000))
    expect(output()).not.toContain(password)
    expect(output()).toContain('demo-accounts.txt')
    for (const id of acknowledged) {
      const answer = await fetch(`${url}/api/v1/participants/${id}`, { headers })
      expect(answer.status, `participant ${id}`).toBe(200)
    }
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
    await exited(child)
    const verify = execFileSync(process.execPath, [CLI, 'audit', 'verify'], {
      env: { ...process.env, EFFECTWIJZER_DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    })
    expect(verify).toMatch(/audit chain valid/)
  }, 150_000)
})
