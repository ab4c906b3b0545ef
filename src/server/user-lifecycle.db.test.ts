import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp, testDialects } from '../db/index.js'
import { demoCode, signInOverHttp } from './testing/sign-in.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

interface UserAnswer {
  user: {
    id: string
    role: string
    active: boolean
    deactivatedAt: string | null
    lastSignInAt: string | null
    mfaEnabled: boolean
  }
  totpSecret?: string
}

describe.each(testDialects())(
  "an account's life, as the administrator sees it ($name)",
  (dialect) => {
    let t: TestApp
    let clock = Date.UTC(2026, 5, 1, 9, 0, 0)
    const tick = () => {
      clock += 60_000
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { now: () => new Date(clock) })
    })
    afterAll(() => t.close())

    const admin = () => t.headersFor(t.demo.voorbeeldstad.users.administrator)

    async function change(id: string, body: unknown, headers?: Record<string, string>) {
      return t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${id}`,
        headers: headers ?? (await admin()),
        payload: body as Record<string, unknown>,
      })
    }

    async function reset(id: string, body: unknown) {
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${id}/credentials`,
        headers: await admin(),
        payload: body as Record<string, unknown>,
      })
    }

    const me = (headers: Record<string, string>) =>
      t.app.inject({ url: '/api/v1/session', headers })

    it('offboards at once: the open session ends, sign-in answers as a wrong password would, and the list says so', async () => {
      const id = t.demo.voorbeeldstad.users.facilitator
      const email = 'facilitator.noord@voorbeeldstad.example'
      const session = await t.headersFor(id)
      expect((await me(session)).statusCode).toBe(200)
      const off = await change(id, { active: false })
      expect(off.statusCode, off.body).toBe(200)
      expect((off.json() as UserAnswer).user).toMatchObject({ active: false })
      expect((await me(session)).statusCode).toBe(401)
      const refused = await signInOverHttp(t.app, email, t.demoPassword)
      const wrong = await signInOverHttp(t.app, email, 'not-the-password-at-all')
      expect(refused.statusCode).toBe(401)
      const { correlationId: _a, instance: _b, ...refusedBody } = refused.json()
      const { correlationId: _c, instance: _d, ...wrongBody } = wrong.json()
      expect(refusedBody).toEqual(wrongBody)
      const list = (
        await t.app.inject({ url: '/api/v1/users', headers: await admin() })
      ).json() as {
        users: UserAnswer['user'][]
      }
      expect(list.users.find((u) => u.id === id)).toMatchObject({
        active: false,
        deactivatedAt: new Date(clock).toISOString(),
      })
      // Reactivated, the account signs in again and its last sign-in is shown.
      tick()
      expect((await change(id, { active: true })).statusCode).toBe(200)
      tick()
      expect(
        (
          await signInOverHttp(
            t.app,
            email,
            t.demoPassword,
            demoCode(t.demo.accounts, email, new Date(clock)),
          )
        ).statusCode,
      ).toBe(200)
      const after = (
        await t.app.inject({ url: '/api/v1/users', headers: await admin() })
      ).json() as {
        users: UserAnswer['user'][]
      }
      expect(after.users.find((u) => u.id === id)).toMatchObject({
        active: true,
        deactivatedAt: null,
        lastSignInAt: new Date(clock).toISOString(),
      })
    })

    it('a new role takes effect at once, and a role that needs a second factor gets one, shown once', async () => {
      // the researcher has no second factor (aggregates only): promoted, it gets one
      const id = t.demo.proefdorp.users.researcher
      const session = await t.headersFor(id)
      const proefdorpAdmin = await t.headersFor(t.demo.proefdorp.users.administrator)
      const promoted = await change(id, { role: 'privacy-officer' }, proefdorpAdmin)
      expect(promoted.statusCode, promoted.body).toBe(200)
      const answer = promoted.json() as UserAnswer
      expect(answer.user).toMatchObject({ role: 'privacy-officer', mfaEnabled: true })
      expect(answer.totpSecret).toMatch(/^[A-Z2-7]{16,}$/)
      expect((await me(session)).statusCode).toBe(401)
      const email = 'onderzoeker@proefdorp.example'
      expect((await signInOverHttp(t.app, email, t.demoPassword)).statusCode).toBe(401)
      const code = currentTotp(answer.totpSecret as string, new Date(clock))
      expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: code })).statusCode).toBe(
        200,
      )
      // Back to researcher: the secret stays (no second one is handed out).
      tick()
      const back = (await change(id, { role: 'researcher' }, proefdorpAdmin)).json() as UserAnswer
      expect(back.totpSecret).toBeUndefined()
    })

    it('resets a forgotten password and a lost second factor: the old ones stop working', async () => {
      const id = t.demo.voorbeeldstad.users.researcher
      const email = 'onderzoeker@voorbeeldstad.example'
      const session = await t.headersFor(id)
      tick()
      const withPassword = await reset(id, { password: 'een-nieuw-tijdelijk-wachtwoord' })
      expect(withPassword.statusCode, withPassword.body).toBe(200)
      expect((withPassword.json() as UserAnswer).totpSecret).toBeUndefined()
      expect((await me(session)).statusCode).toBe(401)
      expect((await signInOverHttp(t.app, email, t.demoPassword)).statusCode).toBe(401)
      expect(
        (await signInOverHttp(t.app, email, 'een-nieuw-tijdelijk-wachtwoord')).statusCode,
      ).toBe(200)

      const other = t.demo.voorbeeldstad.users['privacy-officer']
      tick()
      const newFactor = await reset(other, { newTotpSecret: true })
      const secret = (newFactor.json() as UserAnswer).totpSecret as string
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
      const officerEmail = 'privacy@voorbeeldstad.example'
      const oldSecret = t.demo.accounts.find((a) => a.email === officerEmail)?.totpSecret as string
      expect(oldSecret).not.toBe(secret)
      tick()
      const now = new Date(clock)
      expect(
        (
          await signInOverHttp(t.app, officerEmail, t.demoPassword, {
            totp: currentTotp(oldSecret, now),
          })
        ).statusCode,
      ).toBe(401)
      expect(
        (
          await signInOverHttp(t.app, officerEmail, t.demoPassword, {
            totp: currentTotp(secret, now),
          })
        ).statusCode,
      ).toBe(200)
    })

    it('an administrator cannot demote or offboard themselves, nor touch another municipality', async () => {
      const self = t.demo.voorbeeldstad.users.administrator
      for (const body of [{ active: false }, { role: 'professional' }]) {
        const response = await change(self, body)
        expect(response.statusCode).toBe(409)
        expect(response.json().detail).toContain('eigen rol')
      }
      expect((await change(self, { team: null })).statusCode).toBe(200)
      const foreign = t.demo.proefdorp.users.professional
      expect((await change(foreign, { active: false })).statusCode).toBe(404)
      expect((await reset(foreign, { newTotpSecret: true })).statusCode).toBe(404)
      const foreignOrganisation = await t.handle.db
        .selectFrom('organisations')
        .innerJoin('municipalities', 'municipalities.id', 'organisations.municipality_id')
        .select('organisations.id')
        .where('municipalities.name', 'like', '%Proefdorp%')
        .executeTakeFirstOrThrow()
      const moved = await change(t.demo.voorbeeldstad.users.professional, {
        organisationId: foreignOrganisation.id,
      })
      expect(moved.statusCode).toBe(404)
    })

    it('names what is missing in a change or a reset, in Dutch and English', async () => {
      const id = t.demo.voorbeeldstad.users.professional
      const empty = await change(id, {})
      expect(empty.statusCode).toBe(400)
      expect(empty.body).toContain('geef ten minste één wijziging op')
      const nothing = await reset(id, {})
      expect(nothing.statusCode).toBe(400)
      expect(nothing.body).toContain('geef een nieuw wachtwoord, een nieuwe tweede factor of beide')
      const short = await t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${id}/credentials`,
        headers: { ...(await admin()), 'accept-language': 'en' },
        payload: { password: 'kort' },
      })
      expect(short.statusCode).toBe(400)
      expect(short.body).toContain('password')
    })
  },
)
