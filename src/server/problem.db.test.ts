import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { type Problem, problemSchema } from '../domain/index.js'
import { problemType } from './errors.js'
import { API_VERSION, BODY_LIMIT_BYTES, MAX_PARAM_LENGTH } from './openapi.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

/** The answer is an RFC 9457 problem detail with exactly our members, and the version header. */
function expectProblem(response: LightMyRequestResponse, status: number, code: string): Problem {
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  expect(response.headers['api-version']).toBe(API_VERSION)
  const problem = problemSchema.strict().parse(response.json())
  expect(problem).toMatchObject({ status, code, type: problemType(code as Problem['code']) })
  expect(problem.instance).toBe(`urn:uuid:${problem.correlationId}`)
  expect(problem.title.length).toBeGreaterThan(0)
  expect(problem.detail.length).toBeGreaterThan(0)
  return problem
}

const dialect = testDialects()[0]
if (!dialect) throw new Error('no test dialect')

describe('one error format (application/problem+json) for every status', () => {
  let t: TestApp
  let webDir: string
  let professional: Record<string, string>

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'ew-web-'))
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Effectwijzer</title>')
    mkdirSync(join(webDir, 'assets'))
    writeFileSync(join(webDir, 'assets', 'app.js'), 'export {}')
    t = await createTestApp(dialect, {
      config: testConfig({ webDir, loginAttemptsPerMinute: 2 }),
    })
    professional = await t.headersFor(t.demo.voorbeeldstad.users.professional)
  })
  afterAll(async () => {
    await t.close()
    rmSync(webDir, { recursive: true, force: true })
  })

  it('400: names each field, in Dutch by default', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/participants',
      headers: professional,
      payload: { ladderRung: 9 },
    })
    const problem = expectProblem(response, 400, 'validation')
    expect(problem.title).toBe('Ongeldige invoer')
    expect(problem.issues).toEqual([
      { field: 'body.ladderRung', message: expect.stringMatching(/te groot/) },
    ])
    expect(response.headers['content-language']).toBe('nl')
  })

  it('401: the message in the language the user asks for', async () => {
    const nl = await t.app.inject({ url: '/api/v1/projects' })
    const en = await t.app.inject({
      url: '/api/v1/projects',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    })
    expect(expectProblem(nl, 401, 'unauthorised')).toMatchObject({
      title: 'Niet aangemeld',
      detail: 'U bent niet aangemeld.',
    })
    expect(expectProblem(en, 401, 'unauthorised')).toMatchObject({
      title: 'Not authenticated',
      detail: 'You are not signed in.',
    })
    expect(en.headers['content-language']).toBe('en')
  })

  it('403: a role without access, and a write without the CSRF token', async () => {
    expectProblem(
      await t.app.inject({ url: '/api/v1/users', headers: professional }),
      403,
      'forbidden',
    )
    const { 'x-csrf-token': _token, ...withoutToken } = professional
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: withoutToken,
        payload: {},
      }),
      403,
      'forbidden',
    )
  })

  it("404: another municipality's object, and fastify's own 404 for an unknown API path", async () => {
    const otherProject = t.demo.proefdorp.projectId
    expectProblem(
      await t.app.inject({ url: `/api/v1/projects/${otherProject}`, headers: professional }),
      404,
      'not-found',
    )
    expectProblem(await t.app.inject({ url: '/api/v1/nope' }), 404, 'not-found')
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: '/nope', headers: professional }),
      404,
      'not-found',
    )
  })

  it('409: an email address already in use', async () => {
    const v = t.demo.voorbeeldstad
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: await t.headersFor(v.users.administrator),
      payload: {
        name: 'Dubbel',
        email: 'pilotleider@voorbeeldstad.example',
        role: 'professional',
        organisationId: v.organisations.workAndIncome,
        team: 'Noord',
        password: 'een-lang-wachtwoord-2026',
      },
    })
    expectProblem(response, 409, 'conflict')
  })

  it('413 and 415: a body over the limit, a content type the API does not read', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/participants',
      headers: { ...professional, 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) }),
    })
    expectProblem(big, 413, 'too-large')
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/participants',
      headers: { ...professional, 'content-type': 'application/xml' },
      payload: '<participant/>',
    })
    expectProblem(xml, 415, 'unsupported-media-type')
  })

  it('429: the per-IP sign-in limiter', async () => {
    const csrf = await t.app.inject({ url: '/api/v1/session/csrf' })
    const { token } = csrf.json() as { token: string }
    const cookie = `ew_csrf=${token}`
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { cookie, 'x-csrf-token': token, 'accept-language': 'en' },
        payload: { email: 'nobody@voorbeeldstad.example', password: 'a-password-for-nobody' },
      })
    expectProblem(await attempt(), 401, 'unauthorised')
    expectProblem(await attempt(), 401, 'unauthorised')
    const limited = await attempt()
    expect(expectProblem(limited, 429, 'rate-limited')).toMatchObject({
      title: 'Too many requests',
      detail: expect.stringMatching(/^Too many attempts\. Try again in \d+ seconds\.$/),
    })
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('400 and 414 also for URLs the router cannot read', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/participants/%E0%A4%A' }), 400, 'validation')
    expectProblem(
      await t.app.inject({ url: `/api/v1/participants/${'a'.repeat(MAX_PARAM_LENGTH + 1)}` }),
      414,
      'validation',
    )
  })

  it('sends API-Version on answers without a body, and on the web app and its files', async () => {
    const answers = [
      await t.app.inject({ url: '/api/v1/health' }),
      await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: professional }),
      await t.app.inject({ url: '/' }),
      await t.app.inject({ url: '/participants/abc' }),
      await t.app.inject({ url: '/assets/app.js' }),
    ]
    expect(answers.map((a) => a.statusCode)).toEqual([200, 204, 200, 200, 200])
    for (const answer of answers) expect(answer.headers['api-version']).toBe(API_VERSION)
  })
})
