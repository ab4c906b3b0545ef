import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../db/index.js'
import { createTestApp, type TestApp, testConfig } from '../testing/test-app.js'

/*
 * The ID-token checks, end to end: a small identity provider whose token endpoint answers with
 * an ID token forged for each case (wrong issuer or audience, expired, alg "none", signed by
 * another key, wrong nonce). openid-client must refuse every one: no session, a 4xx answer.
 */
const REDIRECT = 'http://localhost/api/v1/session/oidc/callback'
const CLIENT = 'effectwijzer'
const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })
const jwk = { ...keys.publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }

function sign(claims: Record<string, unknown>, key = keys.privateKey, alg = 'RS256'): string {
  const head = b64({ alg, kid: 'k1', typ: 'JWT' })
  const body = b64(claims)
  if (alg === 'none') return `${head}.${body}.`
  const signature = createSign('RSA-SHA256')
    .update(`${head}.${body}`)
    .sign(key)
    .toString('base64url')
  return `${head}.${body}.${signature}`
}

type Forge = (issuer: string, nonce: string) => string
let forge: Forge = () => ''
let lastNonce = ''

const first = testDialects()[0]
if (first) {
  describe('OIDC sign-in refuses forged ID tokens', () => {
    let server: Server
    let issuer: string
    let t: TestApp

    beforeAll(async () => {
      server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', issuer)
        const json = (body: unknown) => {
          res.setHeader('content-type', 'application/json')
          res.end(JSON.stringify(body))
        }
        if (url.pathname === '/.well-known/openid-configuration') {
          return json({
            issuer,
            authorization_endpoint: `${issuer}/auth`,
            token_endpoint: `${issuer}/token`,
            jwks_uri: `${issuer}/jwks`,
            response_types_supported: ['code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['client_secret_basic'],
            code_challenge_methods_supported: ['S256'],
          })
        }
        if (url.pathname === '/jwks') return json({ keys: [jwk] })
        if (url.pathname === '/token') {
          return json({
            access_token: randomUUID(),
            token_type: 'Bearer',
            expires_in: 300,
            id_token: forge(issuer, lastNonce),
          })
        }
        res.statusCode = 404
        res.end()
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      t = await createTestApp(first, {
        config: testConfig({
          oidc: {
            issuer,
            clientId: CLIENT,
            clientSecret: 'secret',
            redirectUri: REDIRECT,
            allowHttp: true,
          },
        }),
      })
    })
    afterAll(async () => {
      await t.close()
      await new Promise((resolve) => server.close(resolve))
    })

    const now = () => Math.floor(Date.now() / 1000)
    const valid = (iss: string, nonce: string) => ({
      iss,
      aud: CLIENT,
      sub: 'ambtenaar-7',
      nonce,
      iat: now(),
      exp: now() + 300,
      email: 'a7@idp.example',
      name: 'A. Zeven',
    })

    async function signInWith(f: Forge) {
      forge = f
      const start = await t.app.inject({ url: '/api/v1/session/oidc/start' })
      const authUrl = new URL(String(start.headers.location))
      lastNonce = authUrl.searchParams.get('nonce') ?? ''
      const state = authUrl.searchParams.get('state')
      const cookie = String(start.headers['set-cookie']).split(';')[0] ?? ''
      return t.app.inject({
        url: `/api/v1/session/oidc/callback?code=c0de&state=${state}`,
        headers: { cookie },
      })
    }
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
      refused(await signInWith((iss, nonce) => sign(valid(iss, nonce), keys.privateKey, 'none')))
    })

    it('refuses a token signed with another key', async () => {
      refused(await signInWith((iss, nonce) => sign(valid(iss, nonce), otherKeys.privateKey)))
    })

    it('refuses a token with another nonce', async () => {
      refused(await signInWith((iss) => sign(valid(iss, 'not-the-nonce'))))
    })
  })
}
