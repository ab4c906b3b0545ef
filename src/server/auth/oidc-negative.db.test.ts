import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../db/index.js'
import {
  type FakeOidcProvider,
  providerKeys,
  signIdToken as sign,
  startFakeOidcProvider,
} from '../testing/fake-oidc-provider.js'
import { createTestApp, type TestApp, testConfig } from '../testing/test-app.js'

/*
 * The ID-token checks, end to end: a small identity provider whose token endpoint answers with
 * an ID token forged for each case (wrong issuer or audience, expired, alg "none", signed by
 * another key, wrong nonce). openid-client must refuse every one: no session, a 4xx answer.
 */
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })

const first = testDialects()[0]
if (first) {
  describe('OIDC sign-in refuses forged ID tokens', () => {
    let idp: FakeOidcProvider
    let t: TestApp

    beforeAll(async () => {
      idp = await startFakeOidcProvider()
      t = await createTestApp(first, { config: testConfig({ oidc: idp.config() }) })
    })
    afterAll(async () => {
      await t.close()
      await idp.close()
    })

    const now = () => Math.floor(Date.now() / 1000)
    const valid = (_iss: string, nonce: string) => idp.claims(nonce)
    const signInWith = (forge: (issuer: string, nonce: string) => string) =>
      idp.signIn(t.app, forge)
    const refused = (response: { statusCode: number; headers: Record<string, unknown> }) => {
      expect(response.statusCode).toBeGreaterThanOrEqual(400)
      expect(response.statusCode).toBeLessThan(500)
      expect(String(response.headers['set-cookie'] ?? '')).not.toMatch(/ew_session=/)
    }

    it('accepts a correct token from this fake provider (so the refusals below mean something)', async () => {
      const response = await signInWith((iss, nonce) => sign(valid(iss, nonce)))
      expect(response.statusCode, response.body).toBe(302)
      expect(String(response.headers['set-cookie'])).toMatch(/ew_session=/)
    })

    it('refuses a token from another issuer', async () => {
      refused(
        await signInWith((iss, nonce) =>
          sign({ ...valid(iss, nonce), iss: 'https://evil.example' }),
        ),
      )
    })

    it('refuses a token for another audience', async () => {
      refused(await signInWith((iss, nonce) => sign({ ...valid(iss, nonce), aud: 'someone-else' })))
    })

    it('refuses an expired token', async () => {
      refused(
        await signInWith((iss, nonce) =>
          sign({ ...valid(iss, nonce), iat: now() - 7200, exp: now() - 3600 }),
        ),
      )
    })

    it('refuses an unsigned token (alg: none)', async () => {
      refused(
        await signInWith((iss, nonce) => sign(valid(iss, nonce), providerKeys.privateKey, 'none')),
      )
    })

    it('refuses a token signed with another key', async () => {
      refused(await signInWith((iss, nonce) => sign(valid(iss, nonce), otherKeys.privateKey)))
    })

    it('refuses a token with another nonce', async () => {
      refused(await signInWith((iss) => sign(valid(iss, 'not-the-nonce'))))
    })
  })
}
