import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, currentTotp, hashPassword, testDialects } from '../db/index.js'
import {
  can,
  MFA_EXEMPTABLE_ROLES,
  PERSON_LEVEL_ACTIONS,
  type Problem,
  ROLES,
  type Role,
  requiresMfa,
} from '../domain/index.js'
import { readConfig } from './config.js'
import { POLICY } from './policy.js'
import { demoCode, signInOverHttp } from './testing/sign-in.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

describe('which roles need a second factor', () => {
  it('asks it of every role that sees personal data, and not of the researcher (aggregates only)', () => {
    const needs = Object.fromEntries(ROLES.map((role) => [role, requiresMfa(role)]))
    expect(needs).toEqual({
      administrator: true,
      'pilot-manager': true,
      researcher: false,
      professional: true,
      facilitator: true,
      controller: true,
      'privacy-officer': true,
    })
    expect(requiresMfa(null)).toBe(false)
  })

  it('derives it from the person-level actions: a role needs it exactly when it may do one', () => {
    for (const role of ROLES)
      expect(requiresMfa(role), role).toBe(PERSON_LEVEL_ACTIONS.some((action) => can(role, action)))
  })

  it('covers every route that serves participant-level data', () => {
    const uncovered: string[] = []
    for (const [key, entry] of Object.entries(POLICY)) {
      if (entry.data !== 'participant' || !Array.isArray(entry.allow)) continue
      for (const role of entry.allow as readonly Role[])
        if (!requiresMfa(role)) uncovered.push(`${key}: ${role}`)
    }
    expect(uncovered).toEqual([])
  })

  it('never lets the administrator or the privacy officer be exempted', () => {
    expect(MFA_EXEMPTABLE_ROLES).toEqual([
      'pilot-manager',
      'professional',
      'facilitator',
      'controller',
    ])
  })
})

const MINUTE = 60_000

describe.each(testDialects())('MFA at sign-in, exemptions and enrolment ($name)', (dialect) => {
  let t: TestApp
  let clock = Date.UTC(2026, 6, 1, 9, 0, 0)
  const now = () => new Date(clock)

  beforeAll(async () => {
    t = await createTestApp(dialect, { now })
  })
  afterAll(() => t.close())

  const admin = () => t.headersFor(t.demo.voorbeeldstad.users.administrator)
  const exemptions = async (headers: Record<string, string>) =>
    t.app.inject({ url: '/api/v1/municipality/mfa-exemptions', headers })
  const grant = async (body: Record<string, unknown>, headers?: Record<string, string>) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/municipality/mfa-exemptions',
      headers: headers ?? (await admin()),
      payload: body,
    })
  const revoke = async (role: string) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/v1/municipality/mfa-exemptions?role=${role}`,
      headers: await admin(),
    })
  const auditedActions = async (userId: string) =>
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'object_type'])
        .where('actor_user_id', '=', userId)
        .orderBy('seq')
        .execute()
    ).map((row) => row.action)
  const failure = (response: { statusCode: number; json(): unknown }) => {
    const { correlationId: _, instance: __, ...rest } = response.json() as Problem
    return { httpStatus: response.statusCode, ...rest }
  }

  it('asks every demo account of a role that needs it for a code, and the researcher for none', async () => {
    for (const account of t.demo.accounts)
      expect(account.totpSecret !== null, account.email).toBe(requiresMfa(account.role))
    const email = 'pilotleider@voorbeeldstad.example'
    expect((await signInOverHttp(t.app, email, t.demoPassword)).statusCode).toBe(401)
    const withCode = await signInOverHttp(
      t.app,
      email,
      t.demoPassword,
      demoCode(t.demo.accounts, email, now()),
    )
    expect(withCode.statusCode).toBe(200)
    const researcher = 'onderzoeker@voorbeeldstad.example'
    expect((await signInOverHttp(t.app, researcher, t.demoPassword)).statusCode).toBe(200)
  })

  it('lets the administrator exempt a role in writing and revoke it, audited, and the privacy officer read it', async () => {
    const facilitator = 'facilitator.noord@voorbeeldstad.example'
    const elsewhere = 'facilitator.noord@proefdorp.example'
    clock += MINUTE
    expect((await signInOverHttp(t.app, facilitator, t.demoPassword)).statusCode).toBe(401)

    const reason = 'Tafelsessies op een gedeelde tablet in het buurthuis, zonder telefoon.'
    const granted = await grant({ role: 'facilitator', reason })
    expect(granted.statusCode, granted.body).toBe(200)
    expect(granted.json()).toMatchObject({
      exemptions: [
        {
          role: 'facilitator',
          reason,
          decidedAt: now().toISOString(),
          decidedBy: expect.any(String),
          revokedAt: null,
        },
      ],
    })
    // the exempted role signs in with the password alone, in this municipality only
    expect((await signInOverHttp(t.app, facilitator, t.demoPassword)).statusCode).toBe(200)
    expect((await signInOverHttp(t.app, elsewhere, t.demoPassword)).statusCode).toBe(401)

    const officer = await t.headersFor(t.demo.voorbeeldstad.users['privacy-officer'])
    const read = await exemptions(officer)
    expect(read.statusCode).toBe(200)
    expect(read.json()).toMatchObject({ exemptions: [{ role: 'facilitator', reason }] })
    expect((await grant({ role: 'facilitator', reason }, officer)).statusCode).toBe(403)
    const other = await exemptions(await t.headersFor(t.demo.proefdorp.users.administrator))
    expect(other.json()).toMatchObject({ exemptions: [] })

    clock += MINUTE
    const revoked = await revoke('facilitator')
    expect(revoked.statusCode, revoked.body).toBe(200)
    expect(revoked.json()).toMatchObject({
      exemptions: [{ role: 'facilitator', revokedAt: now().toISOString() }],
    })
    expect((await signInOverHttp(t.app, facilitator, t.demoPassword)).statusCode).toBe(401)
    expect((await revoke('facilitator')).statusCode).toBe(409)

    expect(await auditedActions(t.demo.voorbeeldstad.users.administrator)).toEqual(
      expect.arrayContaining([
        'PUT /api/v1/municipality/mfa-exemptions',
        'DELETE /api/v1/municipality/mfa-exemptions',
      ]),
    )
  })

  it('refuses an exemption for the key holders, or without a reason, naming the field', async () => {
    for (const role of ['administrator', 'privacy-officer']) {
      const refused = await grant({ role, reason: 'Handig.' })
      expect(refused.statusCode).toBe(400)
      expect(refused.body).toContain('body.role')
    }
    const empty = await grant({ role: 'controller', reason: '   ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('body.reason')
    const tooLong = await grant({ role: 'controller', reason: 'x'.repeat(10_001) })
    expect(tooLong.statusCode).toBe(400)
  })

  /** A professional made before the rule: a password, no second factor. */
  async function accountWithoutSecret(local: string) {
    const email = `${local}@voorbeeldstad.example`
    const user = await createUser(t.handle.db, {
      email,
      name: 'Oud Account',
      role: 'professional',
      organisationId: t.demo.voorbeeldstad.organisations.wijkteam,
      team: 'Noord',
      passwordHash: await hashPassword(t.demoPassword),
    })
    return { email, id: user.id }
  }
  const offered = (userId: string) =>
    t.handle.db.selectFrom('mfa_enrolments').selectAll().where('user_id', '=', userId).execute()

  it('enrols an account that has no second factor yet: password, then a code for the secret offered', async () => {
    const { email, id } = await accountWithoutSecret('oud.account')
    clock += MINUTE
    const offer = await signInOverHttp(t.app, email, t.demoPassword)
    expect(offer.statusCode, offer.body).toBe(202)
    expect(String(offer.headers['set-cookie'] ?? '')).not.toMatch(/ew_session=/)
    const { secret, uri } = (offer.json() as { enrolment: { secret: string; uri: string } })
      .enrolment
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(uri).toMatch(/^otpauth:\/\/totp\//)
    expect(uri).toContain(`secret=${secret}`)
    // held sealed until confirmed
    const pending = await offered(id)
    expect(pending.map((row) => t.secretBox.open(row.sealed_secret as never))).toEqual([secret])
    expect(JSON.stringify(pending)).not.toContain(secret)

    const code = currentTotp(secret, now())
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: wrong })).statusCode).toBe(
      401,
    )
    const signedIn = await signInOverHttp(t.app, email, t.demoPassword, { totp: code })
    expect(signedIn.statusCode, signedIn.body).toBe(200)
    expect(String(signedIn.headers['set-cookie'])).toMatch(/ew_session=/)
    expect(await offered(id)).toEqual([])

    // the code counts once, and from now on the password alone is refused like a wrong one
    expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: code })).statusCode).toBe(
      401,
    )
    expect((await signInOverHttp(t.app, email, t.demoPassword)).statusCode).toBe(401)
    clock += 30_000
    const next = currentTotp(secret, now())
    expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: next })).statusCode).toBe(
      200,
    )
  })

  it('offers a secret once, for ten minutes: a newer offer replaces it, a late code is refused', async () => {
    const { email } = await accountWithoutSecret('nog.een.oud.account')
    clock += MINUTE
    const secretOf = async () =>
      (
        (await signInOverHttp(t.app, email, t.demoPassword)).json() as {
          enrolment: { secret: string }
        }
      ).enrolment.secret
    const first = await secretOf()
    const second = await secretOf()
    expect(second).not.toBe(first)
    const stale = currentTotp(first, now())
    expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: stale })).statusCode).toBe(
      401,
    )
    clock += 10 * MINUTE + 1000
    const late = currentTotp(second, now())
    expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: late })).statusCode).toBe(
      401,
    )
    const third = await secretOf()
    const code = currentTotp(third, now())
    expect((await signInOverHttp(t.app, email, t.demoPassword, { totp: code })).statusCode).toBe(
      200,
    )
  })

  it('completes one of two sign-ins that send the same first code at the same moment', async () => {
    const { email } = await accountWithoutSecret('gelijktijdig.account')
    clock += MINUTE
    const { secret } = (
      (await signInOverHttp(t.app, email, t.demoPassword)).json() as {
        enrolment: { secret: string }
      }
    ).enrolment
    const code = currentTotp(secret, now())
    const answers = await Promise.all(
      [1, 2].map(() => signInOverHttp(t.app, email, t.demoPassword, { totp: code })),
    )
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 401])
  })

  it('reads the acr that means a second factor from EFFECTWIJZER_OIDC_MFA_ACR', () => {
    const oidc = {
      OIDC_ISSUER: 'https://idp.voorbeeldstad.example',
      OIDC_CLIENT_ID: 'effectwijzer',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URI: 'https://effectwijzer.voorbeeldstad.example/api/v1/session/oidc/callback',
    }
    expect(readConfig({ ...oidc, EFFECTWIJZER_OIDC_MFA_ACR: 'urn:loa:3' }).oidc?.mfaAcr).toBe(
      'urn:loa:3',
    )
    expect(readConfig(oidc).oidc?.mfaAcr).toBeUndefined()
  })

  it('tells a wrong password nothing: the same refusal as an unknown account, and no secret offered', async () => {
    const { email, id } = await accountWithoutSecret('geheim.account')
    clock += MINUTE
    const wrong = await signInOverHttp(t.app, email, 'not-the-password-at-all')
    const unknown = await signInOverHttp(t.app, 'niemand@voorbeeldstad.example', 'whatever-it-is')
    const wrongWithCode = await signInOverHttp(t.app, email, 'not-the-password-at-all', {
      totp: '123456',
    })
    expect(failure(wrong)).toEqual(failure(unknown))
    expect(failure(wrongWithCode)).toEqual(failure(unknown))
    expect(wrong.body).not.toMatch(/enrolment|secret/)
    expect(await offered(id)).toEqual([])
  })
})
