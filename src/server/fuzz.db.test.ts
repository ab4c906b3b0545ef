import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { registeredRoutes } from './app.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/** Cases per route: FUZZ_RUNS (CI sets 200), default 25 to keep local runs short. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25)

/** A string with a NUL character (U+0000), which PostgreSQL cannot store: always a 400. */
const withNul = fc.string({ maxLength: 10 }).map((text) => `${text}\u0000${text}`)
const jsonValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), withNul)
const bodyArbitrary = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'ageBand',
      'ladderRung',
      'district',
      'email',
      'password',
      'projectId',
      'purpose',
      'date',
      'status',
      'basis',
      'name',
      'role',
      'kind',
      'team',
      'totp',
      'bsn',
      'organisationId',
    ),
    jsonValue,
  ),
  jsonValue,
)
const segment = fc.oneof(
  fc.uuid(),
  withNul,
  fc.string({ maxLength: 40 }),
  fc.constant('00000000-0000-0000-0000-000000000000'),
)
const queryArbitrary = fc.dictionary(
  fc.constantFrom('projectId', 'q', 'personId', 'actorId', 'state', 'x'),
  fc.oneof(fc.string({ maxLength: 60 }), withNul),
)

const first = testDialects()[0]
if (first) {
  describe(`fuzzing every route on ${first.name}`, () => {
    let t: TestApp
    let documented: Record<string, Record<string, { responses: Record<string, unknown> }>>
    beforeAll(async () => {
      t = await createTestApp(first)
      documented = (t.app.swagger() as unknown as { paths: typeof documented }).paths
    })
    afterAll(async () => {
      await t.close()
    })

    for (const route of registeredRoutes()) {
      it(`${route.method} ${route.url} never answers 5xx to generated input, nor an undocumented status`, async () => {
        // the OpenAPI paths are relative to the server URL /api/v1
        const path = route.url.replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}')
        const statuses = Object.keys(
          documented[path]?.[route.method.toLowerCase()]?.responses ?? {},
        )
        const users = [
          t.demo.voorbeeldstad.users.professional,
          t.demo.voorbeeldstad.users.administrator,
          null,
        ]
        await fc.assert(
          fc.asyncProperty(
            bodyArbitrary,
            queryArbitrary,
            segment,
            fc.nat(2),
            async (body, query, id, who) => {
              const url = route.url.replace(/:\w+/g, encodeURIComponent(id))
              const search = new URLSearchParams(query).toString()
              const response = await t.app.inject({
                method: route.method,
                url: search ? `${url}?${search}` : url,
                headers: await t.headersFor(users[who] ?? null),
                ...(route.method === 'GET'
                  ? {}
                  : {
                      payload: JSON.stringify(body),
                      headers: {
                        'content-type': 'application/json',
                        ...(await t.headersFor(users[who] ?? null)),
                      },
                    }),
              })
              expect(response.statusCode, response.body.slice(0, 200)).toBeLessThan(500)
              expect(statuses, response.body.slice(0, 200)).toContain(String(response.statusCode))
            },
          ),
          { numRuns: RUNS },
        )
        // RUNS requests each: on a busy 2-core machine more than the 30 s default, correctly.
      }, 120_000)
    }
  })
}
