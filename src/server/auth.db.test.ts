import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp, testDialects } from '../db/index.js'
import type { Problem } from '../domain/index.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

const MINUTE = 60_000

function cookieValue(setCookie: string | string[] | undefined, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
  const found = all.find((cookie) => cookie.startsWith(`${name}=`))
  return found?.split(';')[0]?.slice(name.length + 1)
}

for (const dialect of testDialects()) {
  describe(`sign-in and sessions on ${dialect.name}`, () => {
    let t: TestApp
    let clock = Date.UTC(2026, 4, 1, 9, 0, 0)

    beforeAll(async () => {
      t = await createTestApp(dialect, {
        now: () => new Date(clock),
        config: testConfig({ loginAttemptsPerMinute: 1000 }),
      })
    })
    afterAll(async () => {
      await t.close()
    })

    async function csrf(cookie = '') {
      const response = await t.app.inject({ url: '/api/v1/session/csrf', headers: { cookie } })
      const anon = cookieValue(response.headers['set-cookie'], 'ew_csrf')
      const token = (response.json() as { token: string }).token
      return { token, cookie: anon ? `ew_csrf=${anon}` : cookie }
    }

    async function login(
      email: string,
      password: string,
      extra: Record<string, string> = {},
      cookie = '',
    ) {
      const token = await csrf(cookie)
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { cookie: token.cookie, 'x-csrf-token': token.token },
        payload: { email, password, ...extra },
      })
    }

    it('sets an httpOnly, SameSite=Strict, Secure cookie and rotates the session at sign-in', async () => {
      const first = await login('professional.noord@voorbeeldstad.example', t.demoPassword)
      expect(first.statusCode).toBe(200)
      const setCookie = String(first.headers['set-cookie'])
      expect(setCookie).toMatch(/ew_session=.+HttpOnly/i)
      expect(setCookie).toMatch(/SameSite=Strict/i)
      expect(setCookie).toMatch(/Secure/)
      const oldId = cookieValue(first.headers['set-cookie'], 'ew_session') as string
      const second = await login(
        'professional.noord@voorbeeldstad.example',
        t.demoPassword,
        {},
        `ew_session=${oldId}`,
      )
      const newId = cookieValue(second.headers['set-cookie'], 'ew_session') as string
      expect(newId).not.toBe(oldId)
      const old = await t.app.inject({
        url: '/api/v1/session',
        headers: { cookie: `ew_session=${oldId}` },
      })
      expect(old.statusCode).toBe(401)
      const current = await t.app.inject({
        url: '/api/v1/session',
        headers: { cookie: `ew_session=${newId}` },
      })
      expect(current.statusCode).toBe(200)
    })

    it('answers a wrong password and an unknown account alike', async () => {
      const wrong = await login('pilotleider@voorbeeldstad.example', 'not-the-password')
      const unknown = await login('nobody@voorbeeldstad.example', 'not-the-password')
      expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401])
      expect((wrong.json() as Problem).detail).toBe((unknown.json() as Problem).detail)
    })

    it('locks an account for 15 minutes after five failed attempts', async () => {
      for (let i = 0; i < 5; i++)
        await login('facilitator.zuid@voorbeeldstad.example', 'wrong-password')
      const locked = await login('facilitator.zuid@voorbeeldstad.example', t.demoPassword)
      expect(locked.statusCode).toBe(429)
      clock += 16 * MINUTE
      const after = await login('facilitator.zuid@voorbeeldstad.example', t.demoPassword)
      expect(after.statusCode).toBe(200)
    })

    it('asks an administrator for a TOTP code and accepts only the right one', async () => {
      const email = 'beheerder@voorbeeldstad.example'
      const missing = await login(email, t.demoPassword)
      expect(missing.statusCode).toBe(401)
      expect((missing.json() as Problem).code).toBe('mfa-required')
      const secret = t.demo.accounts.find((account) => account.email === email)?.totpSecret
      const code = currentTotp(secret as string, new Date(clock))
      const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
      expect((await login(email, t.demoPassword, { totp: wrongCode })).statusCode).toBe(401)
      expect((await login(email, t.demoPassword, { totp: code })).statusCode).toBe(200)
    })

    it('ends a session after 30 idle minutes', async () => {
      const response = await login('onderzoeker@voorbeeldstad.example', t.demoPassword)
      const cookie = `ew_session=${cookieValue(response.headers['set-cookie'], 'ew_session')}`
      clock += 29 * MINUTE
      expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).statusCode).toBe(
        200,
      )
      clock += 31 * MINUTE
      expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).statusCode).toBe(
        401,
      )
    })

    it('ends an active session 12 hours after sign-in', async () => {
      const response = await login('onderzoeker@voorbeeldstad.example', t.demoPassword)
      const cookie = `ew_session=${cookieValue(response.headers['set-cookie'], 'ew_session')}`
      for (let step = 0; step < 37; step++) {
        clock += 20 * MINUTE
        const status = (await t.app.inject({ url: '/api/v1/session', headers: { cookie } }))
          .statusCode
        expect(status).toBe(step < 36 ? 200 : 401) // 37 × 20 min = 12 h 20 min
      }
    })

    it('rejects a state-changing request without the session’s CSRF token, and logs out server-side', async () => {
      const response = await login('professional.noord@voorbeeldstad.example', t.demoPassword)
      const cookie = `ew_session=${cookieValue(response.headers['set-cookie'], 'ew_session')}`
      const token = (await csrf(cookie)).token
      const body = { ageBand: '18-26' }
      const missing = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: { cookie },
        payload: body,
      })
      expect(missing.statusCode).toBe(403)
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: { cookie, 'x-csrf-token': 'x'.repeat(token.length) },
        payload: body,
      })
      expect(wrong.statusCode).toBe(403)
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: { cookie, 'x-csrf-token': token },
        payload: body,
      })
      expect(created.statusCode).toBe(201)
      const out = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/session',
        headers: { cookie, 'x-csrf-token': token },
      })
      expect(out.statusCode).toBe(204)
      expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).statusCode).toBe(
        401,
      )
    })

    it('throttles sign-in attempts per IP address', async () => {
      const strict = await createTestApp(dialect, {
        config: testConfig({ loginAttemptsPerMinute: 3 }),
      })
      try {
        const statuses: number[] = []
        for (let i = 0; i < 4; i++) {
          const response = await strict.app.inject({
            method: 'POST',
            url: '/api/v1/session',
            headers: await strict.headersFor(null),
            payload: { email: 'x@voorbeeldstad.example', password: 'wrong' },
          })
          statuses.push(response.statusCode)
        }
        expect(statuses).toEqual([401, 401, 401, 429])
      } finally {
        await strict.close()
      }
    })
  })
}
