import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type ExampleIds, route } from '../contract/index.js'
import { countAuditEntries, testDialects } from '../db/index.js'
import { ROLES, type Role } from '../domain/index.js'
import { buildApp, registeredRoutes } from './app.js'
import { isAudited, type ObjectKind, POLICY, type PolicyEntry, policyKey } from './policy.js'
import { type AnyRoute, implement } from './route.js'
import { createTestApp, exampleIds, type TestApp, testConfig } from './testing/test-app.js'

type Outcome = 'ok' | 'unauthenticated' | 'forbidden' | 'not-found' | `error ${number}`

/** Who calls: nobody, a role in the home team, the same role elsewhere, or a role-less account. */
type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'no-role' }
  | { readonly kind: 'home' | 'other-team' | 'other-municipality'; readonly role: Role }

const TEAM_ROLES = ['professional', 'facilitator'] as const

const CALLERS: readonly Caller[] = [
  { kind: 'anonymous' },
  { kind: 'no-role' },
  ...ROLES.flatMap((role): Caller[] => [
    { kind: 'home', role },
    { kind: 'other-municipality', role },
    ...((TEAM_ROLES as readonly Role[]).includes(role)
      ? [{ kind: 'other-team' as const, role }]
      : []),
  ]),
]

/**
 * The expected answer, read from the policy table alone: route-level access first, then the
 * object rules — another municipality's object is 404, a participant outside a team-scoped
 * caller's team is 403 (a conference case or action: one without a basis for its participant;
 * a conference itself only for changes by another team). (The home caller of a team role is in team Noord; the participant used
 * is a Noord participant, so "other-team" is the Zuid colleague.)
 */
function expectedOutcome(entry: PolicyEntry, caller: Caller): Outcome {
  if (entry.allow === 'anyone') return 'ok'
  if (caller.kind === 'anonymous') return 'unauthenticated'
  if (entry.allow === 'signed-in') return 'ok'
  if (caller.kind === 'no-role' || !entry.allow.includes(caller.role)) return 'forbidden'
  if (entry.object && caller.kind === 'other-municipality') return 'not-found'
  const personal =
    entry.object?.kind === 'participant' ||
    entry.object?.kind === 'conversation' ||
    entry.object?.kind === 'followUp' ||
    entry.object?.kind === 'conferenceCase' ||
    entry.object?.kind === 'conferenceAction' ||
    entry.participantsInBody === true
  if ((personal || entry.teamOwned === true) && caller.kind === 'other-team') return 'forbidden'
  return 'ok'
}

function classify(status: number): Outcome {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status < 400 || status === 409) return 'ok'
  return `error ${status}`
}

function userOf(t: TestApp, caller: Caller): string | null {
  switch (caller.kind) {
    case 'anonymous':
      return null
    case 'no-role':
      return t.noRoleUserId
    case 'home':
      return t.demo.voorbeeldstad.users[caller.role]
    case 'other-municipality':
      return t.demo.proefdorp.users[caller.role]
    case 'other-team':
      return t.demo.voorbeeldstad.otherTeamUsers[caller.role as (typeof TEAM_ROLES)[number]]
  }
}

/** Builds a valid request for a route: the example, with object ids taken from `ids`. */
function requestFor(
  route: AnyRoute,
  demoPassword: string,
  ids: ExampleIds,
  objectIds: ExampleIds = ids,
) {
  const entry = POLICY[policyKey(route.method, route.url)] as PolicyEntry
  const example = route.example?.(ids) ?? {}
  const query: Record<string, string> = { ...(example.query ?? {}) }
  let body = example.body
  let url = route.url
  for (const [name, value] of Object.entries(example.params ?? {}))
    url = url.replace(`:${name}`, value)
  const object = entry.object
  if (object?.in === 'params')
    url = url.replace(`:${object.name}`, objectIds[object.kind as ObjectKind])
  if (object?.in === 'query') query[object.name] = objectIds[object.kind]
  if (object?.in === 'body') body = { ...(body as object), [object.name]: objectIds[object.kind] }
  if (route.url === '/api/v1/session/oidc/callback') query.state = 'unknown-state'
  // the example shows a placeholder; the demo's password is new in every database
  if (route.url === '/api/v1/session' && route.method === 'POST')
    body = { ...(body as object), password: demoPassword }
  const search = new URLSearchParams(query).toString()
  return {
    method: route.method,
    url: search ? `${url}?${search}` : url,
    ...(body !== undefined ? { payload: body as object } : {}),
  }
}

describe('the policy table itself', () => {
  it('keeps the privacy invariants: no participant-level data for researchers or anonymous callers', () => {
    const violations: string[] = []
    for (const [key, entry] of Object.entries(POLICY)) {
      const roles = Array.isArray(entry.allow) ? (entry.allow as readonly Role[]) : null
      if (entry.data === 'participant' && roles === null)
        violations.push(`${key}: participant data needs named roles`)
      if (entry.data === 'participant' && roles?.includes('researcher'))
        violations.push(`${key}: researcher`)
      if (key.includes('/:') && !entry.object)
        violations.push(`${key}: a path id needs an object rule`)
      // a public route reaches only what a link's token opens, never a municipality's object
      if (entry.allow === 'anyone' && entry.object && entry.object.kind !== 'startfotoLink')
        violations.push(`${key}: public, but addresses a ${entry.object.kind}`)
    }
    expect(violations).toEqual([])
  })
})

for (const dialect of testDialects()) {
  describe(`authorization policy on ${dialect.name}`, () => {
    let t: TestApp
    let home: ExampleIds
    let foreign: ExampleIds

    beforeAll(async () => {
      t = await createTestApp(dialect)
      home = exampleIds(t.demo, 'voorbeeldstad')
      foreign = exampleIds(t.demo, 'proefdorp')
    })
    afterAll(async () => {
      await t.close()
    })

    it('has exactly one policy entry for every registered route', () => {
      const registered = registeredRoutes().map((route) => policyKey(route.method, route.url))
      expect(new Set(registered).size).toBe(registered.length)
      expect([...registered].sort()).toEqual(Object.keys(POLICY).sort())
    })

    it('refuses to build an app with a route that has no policy entry', async () => {
      const unlisted = implement(
        route({
          method: 'GET',
          url: '/api/v1/unlisted',
          summary: 'not in the contract, so not in the policy',
          response: { 200: z.object({}) },
          access: 'anyone',
          data: 'none',
        }),
        { handler: async () => ({ status: 200, body: {} }) },
      )
      await expect(
        buildApp({
          db: t.handle.db,
          config: testConfig(),
          pseudonymKey: 'k',
          secretBox: t.secretBox,
          extraRoutes: [unlisted],
        }),
      ).rejects.toThrow(/no entry in the authorization policy/)
    })

    for (const route of registeredRoutes()) {
      const key = policyKey(route.method, route.url)
      it(`${key} answers every caller as the policy table says, auditing participant data and audited writes once per call`, async () => {
        const entry = POLICY[key] as PolicyEntry
        const mismatches: string[] = []
        for (const caller of CALLERS) {
          const before = await countAuditEntries(t.handle.db)
          const request = requestFor(route, t.demoPassword, home)
          const response = await t.app.inject({
            ...request,
            headers: await t.headersFor(userOf(t, caller)),
          })
          const got = classify(response.statusCode)
          const want = expectedOutcome(entry, caller)
          const label =
            caller.kind === 'anonymous' || caller.kind === 'no-role'
              ? caller.kind
              : `${caller.kind} ${caller.role}`
          if (got !== want)
            mismatches.push(
              `${label}: expected ${want}, got ${got} (${response.body.slice(0, 160)})`,
            )
          const written = (await countAuditEntries(t.handle.db)) - before
          const wantWritten = isAudited(entry) ? 1 : 0
          if (written !== wantWritten)
            mismatches.push(`${label}: ${written} audit entries, expected ${wantWritten}`)
        }
        expect(mismatches).toEqual([])
        // 17 callers in turn: a report route renders 17 documents, which on a busy 2-core
        // machine takes longer than the suite's 30 s default without anything being wrong.
      }, 180_000)
    }

    // Object-level checks generated from the table: another tenant's ids are 404 for everyone.
    for (const route of registeredRoutes()) {
      const key = policyKey(route.method, route.url)
      const entry = POLICY[key] as PolicyEntry
      if (!entry.object || !Array.isArray(entry.allow)) continue
      const allowed = entry.allow as readonly Role[]
      it(`${key} answers 404 for another municipality's ${entry.object.kind} id`, async () => {
        for (const role of allowed) {
          const request = requestFor(route, t.demoPassword, home, foreign)
          const response = await t.app.inject({
            ...request,
            headers: await t.headersFor(t.demo.voorbeeldstad.users[role]),
          })
          expect(`${role}: ${response.statusCode}`).toBe(`${role}: 404`)
        }
      })
    }

    // Public link routes (issue 16): the token is the only key. Any caller, signed in or not and
    // of whichever municipality, reaches a valid link (the walk above) and none an unknown one.
    for (const route of registeredRoutes()) {
      const key = policyKey(route.method, route.url)
      const entry = POLICY[key] as PolicyEntry
      if (entry.object?.kind !== 'startfotoLink') continue
      it(`${key} answers 404 for an unknown link to every caller`, async () => {
        const unknown = { ...home, startfotoLink: 'x'.repeat(43) }
        for (const caller of CALLERS) {
          const response = await t.app.inject({
            ...requestFor(route, t.demoPassword, unknown),
            headers: await t.headersFor(userOf(t, caller)),
          })
          expect(`${caller.kind}: ${response.statusCode}`).toBe(`${caller.kind}: 404`)
        }
      })
    }

    it('lists only the team’s own and shared participants, never another municipality’s', async () => {
      const response = await t.app.inject({
        url: '/api/v1/participants',
        headers: await t.headersFor(t.demo.voorbeeldstad.users.professional),
      })
      const ids = new Set(
        (response.json() as { participants: { id: string }[] }).participants.map((p) => p.id),
      )
      const v = t.demo.voorbeeldstad
      for (const id of v.participantIds.Noord) expect(ids.has(id)).toBe(true)
      expect(ids.has(v.sharedWithNoordId)).toBe(true)
      expect(v.participantIds.Zuid.filter((id) => ids.has(id))).toEqual([v.sharedWithNoordId])
      for (const id of [
        ...t.demo.proefdorp.participantIds.Noord,
        ...t.demo.proefdorp.participantIds.Zuid,
      ]) {
        expect(ids.has(id)).toBe(false)
      }
    })

    it('lets a pilot manager see the whole municipality but no other', async () => {
      const response = await t.app.inject({
        url: '/api/v1/participants',
        headers: await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager']),
      })
      const ids = (response.json() as { participants: { id: string }[] }).participants.map(
        (p) => p.id,
      )
      expect(ids.length).toBeGreaterThanOrEqual(40)
      const foreignIds = new Set(t.demo.proefdorp.participantIds.Noord)
      expect(ids.filter((id) => foreignIds.has(id))).toEqual([])
    })
  })
}
