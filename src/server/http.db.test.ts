import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newSecretKey, SecretBox, testDialects } from '../db/index.js'
import { AGGREGATE_UNKNOWN, type AggregateResponse, type Problem } from '../domain/index.js'
import { buildApp, registeredRoutes } from './app.js'
import { API_VERSION } from './openapi.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

const SECURITY_HEADERS = {
  'content-security-policy': /script-src 'self'.*style-src 'self'.*frame-ancestors 'none'/,
  'strict-transport-security': /max-age=31536000/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'x-frame-options': /^DENY$/,
}

describe('route declarations', () => {
  it('every route declares a response schema, params for each :param, and a body when it writes', () => {
    const missing: string[] = []
    for (const route of registeredRoutes()) {
      const key = `${route.method} ${route.url}`
      if (Object.keys(route.response).length === 0) missing.push(`${key}: response`)
      if (route.url.includes(':') && !route.params) missing.push(`${key}: params`)
      if (['POST', 'PATCH', 'PUT'].includes(route.method) && !route.body)
        missing.push(`${key}: body`)
      if (
        route.method === 'GET' &&
        /\?|aggregate|audit|participants$|callback/.test(route.url) &&
        !route.query
      ) {
        missing.push(`${key}: query`)
      }
    }
    expect(missing).toEqual([])
  })
})

for (const dialect of testDialects()) {
  describe(`HTTP behaviour on ${dialect.name}`, () => {
    let t: TestApp
    let webDir: string

    beforeAll(async () => {
      webDir = mkdtempSync(join(tmpdir(), 'ew-web-'))
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Effectwijzer</title>')
      t = await createTestApp(dialect, { config: testConfig({ webDir }) })
    })
    afterAll(async () => {
      await t.close()
      rmSync(webDir, { recursive: true, force: true })
    })

    it('sends the security headers on API answers, errors and the web app', async () => {
      for (const url of ['/api/v1/health', '/api/v1/projects', '/api/v1/nope', '/projects/123']) {
        const response = await t.app.inject({ url })
        for (const [name, pattern] of Object.entries(SECURITY_HEADERS)) {
          expect(String(response.headers[name]), `${url} ${name}`).toMatch(pattern)
        }
      }
    })

    it('serves index.html for app paths and JSON 404 for unknown API paths', async () => {
      const page = await t.app.inject({ url: '/participants/abc' })
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('<title>Effectwijzer</title>')
      const api = await t.app.inject({ url: '/api/v1/nope' })
      expect(api.statusCode).toBe(404)
      expect(api.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect((api.json() as Problem).code).toBe('not-found')
    })

    it('publishes an OpenAPI document listing every route with its responses', async () => {
      const response = await t.app.inject({ url: '/api/v1/openapi.json' })
      const document = response.json() as {
        openapi: string
        servers: { url: string }[]
        paths: Record<string, Record<string, { responses: object }>>
      }
      expect(document.openapi).toMatch(/^3\./)
      expect(document.servers).toEqual([{ url: '/api/v1' }])
      for (const route of registeredRoutes()) {
        // the paths are relative to the server URL, which carries the /api/v1 prefix
        const path = route.url.replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}')
        const operation = document.paths[path]?.[route.method.toLowerCase()]
        expect(operation, `${route.method} ${path}`).toBeDefined()
        expect(Object.keys(operation?.responses ?? {}).length).toBeGreaterThan(0)
      }
    })

    it('answers bad input with a 400 naming the field, in Dutch by default and English on request', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      const nl = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers,
        payload: { ladderRung: 9 },
      })
      const en = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: { ...headers, 'accept-language': 'en-GB,en;q=0.9' },
        payload: { ladderRung: 9 },
      })
      expect(nl.statusCode).toBe(400)
      expect(nl.json()).toMatchObject({
        status: 400,
        code: 'validation',
        issues: [{ field: 'body.ladderRung' }],
      })
      expect((nl.json() as Problem).detail).toMatch(/te groot/)
      expect((en.json() as Problem).detail).toMatch(/too big/)
    })

    it('answers malformed JSON and unknown fields with 4xx, never 5xx', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      const broken = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: '{"ageBand": ',
      })
      expect(broken.statusCode).toBe(400)
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers,
        payload: { name: 'x' },
      })
      expect(unknown.statusCode).toBe(400)
      const badId = await t.app.inject({ url: '/api/v1/participants/not-a-uuid', headers })
      expect(badId.statusCode).toBe(400)
    })

    it('refuses a NUL character in any string of the body, the query or the path with a 400 naming it', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      const participant = t.demo.voorbeeldstad.participantIds.Noord[0] as string
      const cases = [
        {
          method: 'POST',
          url: '/api/v1/participants',
          payload: { district: 'Ha\u0000ven' },
          field: 'body.district',
        },
        {
          method: 'PATCH',
          url: `/api/v1/participants/${participant}`,
          payload: { district: '\u0000' },
          field: 'body.district',
        },
        {
          method: 'POST',
          url: '/api/v1/participants',
          payload: { 'x\u0000': 1 },
          field: 'body.x\u0000',
        },
        { method: 'GET', url: '/api/v1/participants?q=P-%00', field: 'query.q' },
        { method: 'GET', url: '/api/v1/participants/%00', field: 'params.id' },
      ] as const
      for (const { field, ...request } of cases) {
        const response = await t.app.inject({ ...request, headers })
        expect(response.statusCode, request.url).toBe(400)
        expect((response.json() as Problem).issues, request.url).toEqual([
          { field, message: expect.stringContaining('NUL') },
        ])
      }
    })

    it('tells browsers and proxies never to store an API answer with personal data', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      const participant = t.demo.voorbeeldstad.participantIds.Noord[0] as string
      for (const url of [
        '/api/v1/participants',
        `/api/v1/participants/${participant}`,
        '/api/v1/session',
        '/api/v1/participants/not-a-uuid',
        '/api/v1/nope',
      ]) {
        const response = await t.app.inject({ url, headers })
        expect(response.headers['cache-control'], url).toBe('no-store')
      }
      for (const url of ['/api/v1/health', '/api/v1/openapi.json']) {
        const response = await t.app.inject({ url })
        expect(response.headers['cache-control'], url).not.toBe('no-store')
      }
    })

    it('saves a participant with nothing but the minimal set', async () => {
      const headers = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers,
        payload: {},
      })
      expect(response.statusCode).toBe(201)
      const { participant } = response.json() as {
        participant: { pseudonym: string; team: string; ageBand: null }
      }
      expect(participant.pseudonym).toMatch(/^P-[0-9A-Z]{8}$/)
      expect(participant).toMatchObject({ team: 'Noord', ageBand: null })
    })

    it('shows an administrator who viewed a participant, and exports it as CSV', async () => {
      const v = t.demo.voorbeeldstad
      const id = v.participantIds.Noord[2] as string
      await t.app.inject({
        url: `/api/v1/participants/${id}`,
        headers: await t.headersFor(v.users.professional),
      })
      await t.app.inject({
        url: `/api/v1/participants/${id}`,
        headers: await t.headersFor(v.otherTeamUsers.professional),
      })
      const admin = await t.headersFor(v.users.administrator)
      const response = await t.app.inject({ url: `/api/v1/audit?personId=${id}`, headers: admin })
      const entries = (response.json() as { entries: { actorName: string; allowed: boolean }[] })
        .entries
      expect(entries.map((e) => [e.actorName, e.allowed])).toEqual([
        ['Professional Zuid Voorbeeldstad', false],
        ['Professional Noord Voorbeeldstad', true],
      ])
      const csv = await t.app.inject({ url: `/api/v1/audit/export?personId=${id}`, headers: admin })
      expect(csv.headers['content-type']).toMatch(/text\/csv/)
      expect(csv.body.trim().split('\r\n')).toHaveLength(3)
    })

    it('suppresses aggregate cells below five', async () => {
      const response = await t.app.inject({
        url: `/api/v1/research/participants/aggregate?projectId=${t.demo.voorbeeldstad.projectId}`,
        headers: await t.headersFor(t.demo.voorbeeldstad.users.researcher),
      })
      const body = response.json() as {
        byDistrict: { count: number | null; suppression: { kind: string } | null }[]
      }
      expect(response.statusCode).toBe(200)
      for (const cell of body.byDistrict) {
        if (cell.suppression) expect(cell.count).toBeNull()
        else expect(cell.count).toBeGreaterThanOrEqual(5)
      }
    })

    it('counts participants without a recorded value under the code "unknown", last', async () => {
      const v = t.demo.voorbeeldstad
      const professional = await t.headersFor(v.users.professional)
      for (let i = 0; i < 5; i++)
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/participants',
          headers: professional,
          payload: { projectId: v.projectId },
        })
      const response = await t.app.inject({
        url: `/api/v1/research/participants/aggregate?projectId=${v.projectId}`,
        headers: await t.headersFor(v.users.researcher),
      })
      const body = response.json() as AggregateResponse
      for (const cells of [body.byDistrict, body.byAgeBand, body.byHouseholdType])
        expect(cells.at(-1)).toMatchObject({ value: AGGREGATE_UNKNOWN, suppression: null })
      expect(body.byDistrict.filter((c) => c.value === AGGREGATE_UNKNOWN)).toHaveLength(1)
    })

    it('never writes names, emails or pseudonyms to the log', async () => {
      const v = t.demo.voorbeeldstad
      const headers = await t.headersFor(v.users.professional)
      const list = await t.app.inject({ url: '/api/v1/participants?q=P-', headers })
      const pseudonyms = (
        list.json() as { participants: { pseudonym: string }[] }
      ).participants.map((p) => p.pseudonym)
      await t.app.inject({ url: `/api/v1/participants/${v.participantIds.Noord[0]}`, headers })
      await t.app.inject({ url: '/api/v1/session', headers })
      const log = t.logs.join('')
      expect(log.length).toBeGreaterThan(0)
      for (const secret of [
        ...pseudonyms,
        'Professional Noord',
        'voorbeeldstad.example',
        v.participantIds.Noord[0],
      ]) {
        expect(log.includes(secret as string), secret).toBe(false)
      }
    })
  })

  describe(`a forced error on ${dialect.name}`, () => {
    it('answers a generic message with a correlation id, no stack trace or SQL', async () => {
      const handle = await dialect.create()
      const app = await buildApp({
        db: handle.db,
        config: testConfig(),
        pseudonymKey: 'k',
        secretBox: new SecretBox(newSecretKey()),
        logStream: new PassThrough(),
      })
      await handle.close() // every query now fails
      // (health answers such a failure 503: database-resilience.db.test.ts; a session lookup 500s)
      const response = await app.inject({
        url: '/api/v1/session',
        headers: { 'accept-language': 'en', cookie: 'ew_session=some-session' },
      })
      await app.close()
      expect(response.statusCode).toBe(500)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.headers['api-version']).toBe(API_VERSION)
      const body = response.json() as Problem
      expect(body).toMatchObject({ status: 500, code: 'internal' })
      expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/)
      expect(body.instance).toBe(`urn:uuid:${body.correlationId}`)
      expect(response.body).not.toMatch(/select|audit_chain_head|at .*\.ts|Error:/i)
    })
  })
}
