import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, testDialects } from '../../db/index.js'
import type { Role } from '../../domain/index.js'
import {
  type FakeOidcProvider,
  signIdToken,
  startFakeOidcProvider,
} from '../testing/fake-oidc-provider.js'
import { createTestApp, type TestApp, testConfig } from '../testing/test-app.js'

/*
 * An OIDC account whose role sees personal data is let in only when the identity provider's
 * ID token shows a second factor: an `amr` value of RFC 8176's, or the `acr` configured as
 * EFFECTWIJZER_OIDC_MFA_ACR. The provider checked the factors; the app checks that it says so.
 */
const MFA_ACR = 'urn:voorbeeldstad:loa:substantieel'

const first = testDialects()[0]
if (first) {
  describe('OIDC sign-in asks the ID token for a second factor where the role needs one', () => {
    let idp: FakeOidcProvider
    let t: TestApp

    beforeAll(async () => {
      idp = await startFakeOidcProvider()
      t = await createTestApp(first, {
        config: testConfig({ oidc: idp.config({ mfaAcr: MFA_ACR }) }),
      })
    })
    afterAll(async () => {
      await t.close()
      await idp.close()
    })

    /** An OIDC account of the Voorbeeldstad wijkteam with this role (null: a new account). */
    async function account(sub: string, role: Role | null) {
      const user = await createUser(t.handle.db, {
        email: `${sub}@voorbeeldstad.example`,
        name: 'Medewerker Via IdP',
        role,
        organisationId: role === null ? null : t.demo.voorbeeldstad.organisations.wijkteam,
        team: role === null ? null : 'Noord',
        oidcIssuer: idp.issuer,
        oidcSubject: sub,
      })
      return user.id
    }
    const signIn = (sub: string, extra: Record<string, unknown> = {}) =>
      idp.signIn(t.app, (_issuer, nonce) => signIdToken({ ...idp.claims(nonce, sub), ...extra }))
    const admitted = (response: Awaited<ReturnType<typeof signIn>>) => {
      expect(response.statusCode, response.body).toBe(302)
      expect(String(response.headers['set-cookie'])).toMatch(/ew_session=/)
    }
    const refused = (response: Awaited<ReturnType<typeof signIn>>) => {
      expect(response.statusCode, response.body).toBe(401)
      expect(String(response.headers['set-cookie'] ?? '')).not.toMatch(/ew_session=/)
      expect(response.json()).toMatchObject({ detail: expect.stringMatching(/tweede factor/) })
    }

    it('refuses a professional whose token shows a password only, or nothing, with a clear message', async () => {
      await account('prof-1', 'professional')
      refused(await signIn('prof-1'))
      refused(await signIn('prof-1', { amr: ['pwd'] }))
      refused(await signIn('prof-1', { amr: ['pwd', 'kba'], acr: 'urn:other:loa:laag' }))
    })

    it('admits it when amr names a second factor, or acr is the configured one', async () => {
      await account('prof-2', 'professional')
      for (const amr of [['pwd', 'otp'], ['mfa'], ['hwk'], ['swk', 'pin']])
        admitted(await signIn('prof-2', { amr }))
      admitted(await signIn('prof-2', { acr: MFA_ACR }))
    })

    it('lets a researcher and an account without a role in on the password alone', async () => {
      await account('onderzoek-1', 'researcher')
      admitted(await signIn('onderzoek-1', { amr: ['pwd'] }))
      admitted(await signIn('nieuw-1'))
    })

    it('asks an account promoted into such a role for a second factor at its next sign-in', async () => {
      const id = await account('later-1', 'researcher')
      admitted(await signIn('later-1', { amr: ['pwd'] }))
      const promoted = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${id}`,
        headers: await t.headersFor(t.demo.voorbeeldstad.users.administrator),
        payload: {
          role: 'pilot-manager',
          organisationId: t.demo.voorbeeldstad.organisations.municipality,
        },
      })
      expect(promoted.statusCode, promoted.body).toBe(200)
      refused(await signIn('later-1', { amr: ['pwd'] }))
      admitted(await signIn('later-1', { amr: ['pwd', 'otp'] }))
    })

    it('lets an exempted role in without one, in its own municipality', async () => {
      await account('tafel-1', 'facilitator')
      refused(await signIn('tafel-1'))
      const exempted = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/municipality/mfa-exemptions',
        headers: await t.headersFor(t.demo.voorbeeldstad.users.administrator),
        payload: { role: 'facilitator', reason: 'Gedeelde tablet aan tafel.' },
      })
      expect(exempted.statusCode, exempted.body).toBe(200)
      admitted(await signIn('tafel-1'))
    })
  })
}
