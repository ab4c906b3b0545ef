import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Provider } from 'oidc-provider'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../../db/index.js'
import { createTestApp, type TestApp, testConfig } from '../testing/test-app.js'

const REDIRECT = 'http://localhost/api/v1/session/oidc/callback'

/** Cookie jar for the browser side of the dance with the identity provider. */
function jar() {
  const cookies = new Map<string, string>()
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    store(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';')
        const [name, ...value] = (pair ?? '').split('=')
        if (name) cookies.set(name.trim(), value.join('='))
      }
    },
  }
}

const first = testDialects()[0]
if (first) {
  describe('OIDC sign-in (happy path; the negative cases live in test/e2e)', () => {
    let server: Server
    let issuer: string
    let t: TestApp

    beforeAll(async () => {
      server = createServer()
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const provider = new Provider(issuer, {
        clients: [
          { client_id: 'effectwijzer', client_secret: 'secret', redirect_uris: [REDIRECT] },
        ],
        findAccount: async (_ctx, sub) => ({
          accountId: sub,
          claims: async () => ({ sub, email: `${sub}@idp.example`, name: 'Nieuwe Medewerker' }),
        }),
        claims: { email: ['email'], profile: ['name'] },
      })
      server.on('request', provider.callback())
      t = await createTestApp(first, {
        config: testConfig({
          oidc: {
            issuer,
            clientId: 'effectwijzer',
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

    it('signs a new account in through code + PKCE and gives it no role', async () => {
      const start = await t.app.inject({ url: '/api/v1/session/oidc/start' })
      expect(start.statusCode).toBe(302)
      const authUrl = new URL(String(start.headers.location))
      expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256')
      const stateCookie = String(start.headers['set-cookie']).split(';')[0] as string

      // the browser at the identity provider: log in and consent with its dev interactions
      const browser = jar()
      let next: string = authUrl.toString()
      let callback: URL | undefined
      for (let step = 0; step < 12 && !callback; step++) {
        const isForm = next.startsWith('POST ')
        const [url, body] = isForm ? next.slice(5).split(' ') : [next, undefined]
        const response = await fetch(url as string, {
          method: isForm ? 'POST' : 'GET',
          redirect: 'manual',
          headers: {
            cookie: browser.header(),
            ...(isForm ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          ...(isForm ? { body: body as string } : {}),
        })
        browser.store(response)
        const location = response.headers.get('location')
        if (location) {
          const target = new URL(location, url)
          if (target.toString().startsWith(REDIRECT)) callback = target
          else next = target.toString()
          continue
        }
        const html = await response.text()
        const action = /action="([^"]+)"/.exec(html)?.[1] as string
        const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1]
        const form =
          prompt === 'login' ? 'prompt=login&login=ambtenaar-42&password=x' : 'prompt=consent'
        next = `POST ${new URL(action, url)} ${form}`
      }
      expect(callback).toBeDefined()
      const done = await t.app.inject({
        url: `${(callback as URL).pathname}${(callback as URL).search}`,
        headers: { cookie: stateCookie },
      })
      expect(done.statusCode, done.body).toBe(302)
      const session = String(done.headers['set-cookie']).match(/ew_session=([^;]+)/)?.[1]
      const me = await t.app.inject({
        url: '/api/v1/session',
        headers: { cookie: `ew_session=${session}` },
      })
      expect(me.json()).toMatchObject({
        user: { name: 'Nieuwe Medewerker', role: null, organisation: null },
      })
      const projects = await t.app.inject({
        url: '/api/v1/projects',
        headers: { cookie: `ew_session=${session}` },
      })
      expect(projects.statusCode).toBe(403)
    })

    it('rejects a callback whose state does not match the browser’s cookie', async () => {
      const start = await t.app.inject({ url: '/api/v1/session/oidc/start' })
      const state = new URL(String(start.headers.location)).searchParams.get('state')
      const response = await t.app.inject({
        url: `/api/v1/session/oidc/callback?state=${state}&code=abc`,
        headers: { cookie: 'ew_oidc_state=someone-elses-state' },
      })
      expect(response.statusCode).toBe(400)
    })
  })
}
