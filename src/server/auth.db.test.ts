import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp, testDialects } from '../db/index.js'
import type { Problem } from '../domain/index.js'
import { buildApp } from './app.js'
import { cookieValue, csrfFor, demoCode, signInOverHttp } from './testing/sign-in.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

const MINUTE = 60_000

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
    /** The demo account's random TOTP secret, as demo-accounts.txt lists it. */
    const secretOf = (email: string) =>
      t.demo.accounts.find((account) => account.email === email)?.totpSecret ?? ''

    const csrf = (cookie = '') => csrfFor(t.app, cookie)
    const login = (
      email: string,
      password: string,
      extra: Record<string, string> = {},
      cookie = '',
    ) => signInOverHttp(t.app, email, password, extra, cookie)

    it('sets an httpOnly, SameSite=Strict, Secure cookie and rotates the session at sign-in', async () => {
      // the researcher's password alone signs in: no second factor for aggregates only
      const first = await login('onderzoeker@voorbeeldstad.example', t.demoPassword)
      expect(first.statusCode).toBe(200)
      const setCookie = String(first.headers['set-cookie'])
      expect(setCookie).toMatch(/ew_session=.+HttpOnly/i)
      expect(setCookie).toMatch(/SameSite=Strict/i)
      expect(setCookie).toMatch(/Secure/)
      const oldId = cookieValue(first.headers['set-cookie'], 'ew_session') as string
      const second = await login(
        'onderzoeker@voorbeeldstad.example',
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

    /** A failure's problem detail without what differs per request. */
    const failure = (response: { statusCode: number; json(): unknown }) => {
      const { correlationId: _, instance: __, ...rest } = response.json() as Problem
      return { httpStatus: response.statusCode, ...rest }
    }
    const refusals = (reason: string) =>
      t.logs.filter(
        (line) => (JSON.parse(line) as { signInRefused?: string }).signInRefused === reason,
      ).length

    it('gives one answer to an unknown account, a wrong password, a waiting account and a wrong or missing code', async () => {
      const admin = 'beheerder@proefdorp.example'
      const waiting = 'controller@voorbeeldstad.example'
      for (let i = 0; i < 5; i++) await login(waiting, 'wrong-password')
      const answers = [
        await login('nobody@voorbeeldstad.example', 'not-the-password'),
        await login('pilotleider@voorbeeldstad.example', 'not-the-password'),
        await login(waiting, t.demoPassword),
        await login(admin, t.demoPassword),
        await login(admin, t.demoPassword, { totp: '000000' }),
      ].map(failure)
      expect(answers[0]?.httpStatus).toBe(401)
      for (const answer of answers) expect(answer).toEqual(answers[0])
    })

    it('checks at most five of 50 parallel wrong passwords, and then the account waits', async () => {
      const email = 'facilitator.zuid@voorbeeldstad.example'
      const checkedBefore = refusals('wrong-credentials')
      const waitingBefore = refusals('waiting')
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => login(email, 'wrong-password')),
      )
      expect(answers.every((answer) => answer.statusCode === 401)).toBe(true)
      expect(refusals('wrong-credentials') - checkedBefore).toBe(5)
      expect(refusals('waiting') - waitingBefore).toBe(45)
      expect((await login(email, t.demoPassword)).statusCode).toBe(401)
    })

    it('makes only the failing source wait, for a minute that doubles with each further failure', async () => {
      const email = 'facilitator.noord@voorbeeldstad.example'
      const from = (remoteAddress: string, password: string) => {
        return csrf().then((token) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/session',
            remoteAddress,
            headers: { cookie: token.cookie, 'x-csrf-token': token.token },
            payload: { email, password, ...demoCode(t.demo.accounts, email, new Date(clock)) },
          }),
        )
      }
      for (let i = 0; i < 5; i++) await from('203.0.113.7', 'wrong-password')
      expect((await from('203.0.113.7', t.demoPassword)).statusCode).toBe(401)
      expect((await from('198.51.100.2', t.demoPassword)).statusCode).toBe(200) // the user elsewhere
      clock += MINUTE + 1000
      expect((await from('203.0.113.7', 'wrong-password')).statusCode).toBe(401) // the sixth
      clock += MINUTE + 1000
      expect((await from('203.0.113.7', t.demoPassword)).statusCode).toBe(401) // waits 2 minutes now
      clock += MINUTE
      expect((await from('203.0.113.7', t.demoPassword)).statusCode).toBe(200)
    })

    it('asks an administrator for the TOTP code with the password and accepts only the right one', async () => {
      const email = 'beheerder@voorbeeldstad.example'
      expect((await login(email, t.demoPassword)).statusCode).toBe(401)
      const code = currentTotp(secretOf(email), new Date(clock))
      const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
      expect((await login(email, t.demoPassword, { totp: wrongCode })).statusCode).toBe(401)
      expect((await login(email, t.demoPassword, { totp: code })).statusCode).toBe(200)
    })

    it('accepts a TOTP code once: the same code again, or an older one, is refused', async () => {
      const email = 'beheerder@voorbeeldstad.example'
      clock += MINUTE
      const code = currentTotp(secretOf(email), new Date(clock))
      const previous = currentTotp(secretOf(email), new Date(clock - 30_000))
      expect((await login(email, t.demoPassword, { totp: code })).statusCode).toBe(200)
      expect((await login(email, t.demoPassword, { totp: code })).statusCode).toBe(401)
      expect((await login(email, t.demoPassword, { totp: previous })).statusCode).toBe(401)
      clock += 30_000
      const next = currentTotp(secretOf(email), new Date(clock))
      expect((await login(email, t.demoPassword, { totp: next })).statusCode).toBe(200)
    })

    it('accepts one of two sign-ins that send the same code at the same moment', async () => {
      const email = 'beheerder@voorbeeldstad.example'
      clock += MINUTE
      const code = currentTotp(secretOf(email), new Date(clock))
      const both = await Promise.all([
        login(email, t.demoPassword, { totp: code }),
        login(email, t.demoPassword, { totp: code }),
      ])
      expect(both.map((answer) => answer.statusCode).sort()).toEqual([200, 401])
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
      const email = 'professional.noord@voorbeeldstad.example'
      const response = await login(
        email,
        t.demoPassword,
        demoCode(t.demo.accounts, email, new Date(clock)),
      )
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

    it('shares the per-IP limit between two app processes on one database', async () => {
      const first = await createTestApp(dialect, {
        config: testConfig({ loginAttemptsPerMinute: 3 }),
      })
      const second = await buildApp({
        db: first.handle.db,
        config: testConfig({ loginAttemptsPerMinute: 3 }),
        pseudonymKey: 'test-pseudonym-key',
        secretBox: first.secretBox,
      })
      try {
        const statuses: number[] = []
        for (const app of [first.app, second, first.app, second]) {
          const response = await app.inject({
            method: 'POST',
            url: '/api/v1/session',
            headers: await first.headersFor(null),
            payload: { email: 'x@voorbeeldstad.example', password: 'wrong' },
          })
          statuses.push(response.statusCode)
        }
        expect(statuses).toEqual([401, 401, 401, 429])
      } finally {
        await second.close()
        await first.close()
      }
    })
  })
}
