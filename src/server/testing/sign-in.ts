import type { FastifyInstance } from 'fastify'
import { currentTotp, type DemoAccount } from '../../db/index.js'

/** A cookie's value from a response's set-cookie header(s). */
export function cookieValue(
  setCookie: string | string[] | undefined,
  name: string,
): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
  const found = all.find((cookie) => cookie.startsWith(`${name}=`))
  return found?.split(';')[0]?.slice(name.length + 1)
}

/** A CSRF token as the sign-in page gets one (anonymous double-submit cookie). */
export async function csrfFor(app: FastifyInstance, cookie = '') {
  const response = await app.inject({ url: '/api/v1/session/csrf', headers: { cookie } })
  const anon = cookieValue(response.headers['set-cookie'], 'ew_csrf')
  const token = (response.json() as { token: string }).token
  return { token, cookie: anon ? `ew_csrf=${anon}` : cookie }
}

/** Signs in over HTTP, as the sign-in form does. */
export async function signInOverHttp(
  app: FastifyInstance,
  email: string,
  password: string,
  extra: Record<string, string> = {},
  cookie = '',
) {
  const token = await csrfFor(app, cookie)
  return app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: { cookie: token.cookie, 'x-csrf-token': token.token },
    payload: { email, password, ...extra },
  })
}

/**
 * The `totp` field for a demo account at `now`, from the secret demo-accounts.txt lists (none
 * for an account without a second factor). A code counts once per account: step the clock
 * 30 s before the same account signs in again.
 */
export function demoCode(
  accounts: readonly DemoAccount[],
  email: string,
  now: Date,
): Record<string, string> {
  const secret = accounts.find((account) => account.email === email)?.totpSecret
  return secret ? { totp: currentTotp(secret, now) } : {}
}
