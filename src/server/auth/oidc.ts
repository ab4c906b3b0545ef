import * as client from 'openid-client'
import type { OidcConfig } from '../config.js'

/**
 * Sign-in with a municipality's identity provider: authorization code flow with PKCE, state
 * and nonce (openid-client v6). `discover` is injectable so tests can point it at an
 * in-process oidc-provider (and allow plain http there).
 */
export interface OidcClient {
  readonly issuer: string
  /** Builds the authorization URL and the secrets to keep until the callback. */
  start(): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }>
  /** Exchanges the code and validates the ID token; returns the verified claims. */
  finish(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<{
    issuer: string
    subject: string
    email: string | undefined
    name: string | undefined
    /** How the user authenticated (RFC 8176 values), as the ID token says; empty when it does not. */
    amr: readonly string[]
    /** The authentication context class the provider met, if it says. */
    acr: string | undefined
  }>
}

export type OidcDiscovery = (config: OidcConfig) => Promise<client.Configuration>

export const defaultDiscovery: OidcDiscovery = (config) =>
  client.discovery(
    new URL(config.issuer),
    config.clientId,
    config.clientSecret,
    undefined,
    config.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
  )

export function createOidcClient(
  config: OidcConfig,
  discover: OidcDiscovery = defaultDiscovery,
): OidcClient {
  let discovered: Promise<client.Configuration> | undefined
  const configuration = () => {
    discovered ??= discover(config)
      .then((server) => {
        // openid-client trusts an ID token from the token endpoint on TLS alone (OIDC Core
        // §3.1.3.7 allows that); we also verify its signature against the provider's keys.
        client.enableNonRepudiationChecks(server)
        return server
      })
      .catch((error: unknown) => {
        discovered = undefined
        throw error
      })
    return discovered
  }
  return {
    issuer: config.issuer,
    async start() {
      const server = await configuration()
      const codeVerifier = client.randomPKCECodeVerifier()
      const state = client.randomState()
      const nonce = client.randomNonce()
      const url = client.buildAuthorizationUrl(server, {
        redirect_uri: config.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      return { url: url.toString(), state, nonce, codeVerifier }
    },
    async finish(callbackUrl, checks) {
      const server = await configuration()
      const tokens = await client.authorizationCodeGrant(server, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      })
      const claims = tokens.claims()
      if (!claims) throw new Error('no ID token')
      let profile: Record<string, unknown> = claims
      if (typeof claims.email !== 'string' || typeof claims.name !== 'string') {
        // many providers put profile claims only in the userinfo response
        profile = {
          ...(await client.fetchUserInfo(server, tokens.access_token, claims.sub)),
          ...claims,
        }
      }
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof profile.email === 'string' ? profile.email : undefined,
        name: typeof profile.name === 'string' ? profile.name : undefined,
        amr: Array.isArray(claims.amr)
          ? claims.amr.filter((value): value is string => typeof value === 'string')
          : [],
        acr: typeof claims.acr === 'string' ? claims.acr : undefined,
      }
    },
  }
}
