import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { registeredRoutes } from './app.js'
import { API_BASE_PATH, API_VERSION } from './openapi.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const SPECTRAL = fileURLToPath(new URL('../../node_modules/.bin/spectral', import.meta.url))
const RULESET = fileURLToPath(new URL('./testing/adr-ruleset/linter.yaml', import.meta.url))

interface Finding {
  readonly code: string
  /** 0 error, 1 warning, 2 information, 3 hint */
  readonly severity: number
  readonly message: string
  readonly path: readonly (string | number)[]
}

/** Runs the Spectral CLI with the NLGov ADR ruleset on a document and returns its findings. */
function lint(document: string): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'ew-adr-'))
  try {
    const input = join(dir, 'openapi.json')
    const output = join(dir, 'findings.json')
    writeFileSync(input, document)
    const run = spawnSync(SPECTRAL, ['lint', '-r', RULESET, '-f', 'json', '-o', output, input], {
      encoding: 'utf8',
    })
    // exit code 1 only says there were errors; a missing output file means Spectral itself failed
    if (run.error) throw run.error
    return JSON.parse(readFileSync(output, 'utf8')) as Finding[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

it('every route lives under the server URL that carries the major version', () => {
  const outside = registeredRoutes()
    .map((route) => route.url)
    .filter((url) => !url.startsWith(`${API_BASE_PATH}/`))
  expect(outside).toEqual([])
})

const dialect = testDialects()[0]
if (!dialect) throw new Error('no test dialect')

describe('the OpenAPI document against the NLGov API design rules (ADR 2.2.0)', () => {
  let t: TestApp
  let document: string

  beforeAll(async () => {
    t = await createTestApp(dialect)
    const response = await t.app.inject({ url: '/api/v1/openapi.json' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['api-version']).toBe(API_VERSION)
    document = response.body
  })
  afterAll(() => t.close())

  it('has no errors, and only the warning for the relative server URL', () => {
    const findings = lint(document)
    const show = (f: Finding) => `${f.code} at ${f.path.join('.')}: ${f.message}`
    expect(findings.filter((f) => f.severity === 0).map(show)).toEqual([])
    expect(findings.filter((f) => f.severity === 1).map((f) => f.code)).toEqual([
      'nlgov:servers-use-https',
    ])
  })

  it('catches a document that breaks the rules (the linter runs, the ruleset is the ADR one)', () => {
    const broken = JSON.parse(document) as {
      info: Record<string, unknown>
      servers: { url: string }[]
      paths: Record<string, Record<string, { responses: Record<string, object> }>>
      components: { schemas: { Problem: { properties: Record<string, unknown> } } }
    }
    delete broken.info.contact
    broken.servers = [{ url: '/' }]
    delete broken.components.schemas.Problem.properties.detail
    const health = broken.paths['/health']?.get
    if (!health) throw new Error('no GET /health in the document')
    // the JSON Schema 2020-12 forms zod writes by default, and a date without its format
    health.responses['200'] = {
      description: 'OK',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              rate: { type: 'number', exclusiveMinimum: 0 },
              startDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            },
          },
        },
      },
    }
    health.responses['500'] = {
      description: 'error',
      content: { 'application/json': { schema: { type: 'object' } } },
    }
    const codes = new Set(lint(JSON.stringify(broken)).map((f) => f.code))
    expect(
      [
        'oas3-schema',
        'info-contact',
        'nlgov:include-major-version-in-uri',
        'nlgov:missing-header',
        'nlgov:use-problem-schema',
        'nlgov:problem-schema-members',
        'nlgov:specify-format-for-date-and-time',
      ].filter((code) => !codes.has(code)),
    ).toEqual([])
  })
})
