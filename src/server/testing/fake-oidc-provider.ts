import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { OidcConfig } from '../config.js'

/*
 * A small identity provider for tests: discovery, keys, and a token endpoint that answers with
 * whatever ID token the test forges for the sign-in at hand (claims, key, algorithm).
 */
export const FAKE_OIDC_CLIENT = 'effectwijzer'
const REDIRECT = 'http://localhost/api/v1/session/oidc/callback'
const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

export const providerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })
const jwk = {
  ...providerKeys.publicKey.export({ format: 'jwk' }),
  kid: 'k1',
  alg: 'RS256',
  use: 'sig',
}

/** A JWT over the claims, signed RS256 with the provider's key unless told otherwise. */
export function signIdToken(
  claims: Record<string, unknown>,
  key: KeyObject = providerKeys.privateKey,
  alg = 'RS256',
): string {
  const head = b64({ alg, kid: 'k1', typ: 'JWT' })
  const body = b64(claims)
  if (alg === 'none') return `${head}.${body}.`
  const signature = createSign('RSA-SHA256')
    .update(`${head}.${body}`)
    .sign(key)
    .toString('base64url')
  return `${head}.${body}.${signature}`
}

export type Forge = (issuer: string, nonce: string) => string

export interface FakeOidcProvider {
  readonly issuer: string
  /** The app's OIDC settings for this provider. */
  config(extra?: Partial<OidcConfig>): OidcConfig
  /** Valid claims of subject `sub` for this sign-in (the nonce it was started with). */
  claims(nonce: string, sub?: string): Record<string, unknown>
  /** Runs a sign-in through the app whose ID token `forge` makes; the callback's answer. */
  signIn(app: FastifyInstance, forge: Forge): Promise<LightMyRequestResponse>
  close(): Promise<void>
}

export async function startFakeOidcProvider(): Promise<FakeOidcProvider> {
  let forge: Forge = () => ''
  let lastNonce = ''
  let issuer = ''
  const server = createServer((req, res) => {
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
  const now = () => Math.floor(Date.now() / 1000)
  return {
    issuer,
    config: (extra = {}) => ({
      issuer,
      clientId: FAKE_OIDC_CLIENT,
      clientSecret: 'secret',
      redirectUri: REDIRECT,
      allowHttp: true,
      ...extra,
    }),
    claims: (nonce, sub = 'ambtenaar-7') => ({
      iss: issuer,
      aud: FAKE_OIDC_CLIENT,
      sub,
      nonce,
      iat: now(),
      exp: now() + 300,
      email: `${sub}@idp.example`,
      name: 'A. Zeven',
    }),
    async signIn(app, f) {
      forge = f
      const start = await app.inject({ url: '/api/v1/session/oidc/start' })
      const authUrl = new URL(String(start.headers.location))
      lastNonce = authUrl.searchParams.get('nonce') ?? ''
      const state = authUrl.searchParams.get('state')
      const cookie = String(start.headers['set-cookie']).split(';')[0] ?? ''
      return app.inject({
        url: `/api/v1/session/oidc/callback?code=c0de&state=${state}`,
        headers: { cookie },
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
