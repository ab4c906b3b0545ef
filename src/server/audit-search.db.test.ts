import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { type AuditEntryView, hasAuditActionWords } from '../domain/index.js'
import { isAudited, POLICY } from './policy.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

interface Page {
  entries: AuditEntryView[]
  next: number | null
}

describe('the audit log speaks in words', () => {
  it('every audited route has its action in Dutch and English', () => {
    const missing = Object.entries(POLICY)
      .filter(([key, entry]) => isAudited(entry) && !hasAuditActionWords(key))
      .map(([key]) => key)
    expect(missing).toEqual([])
  })
})

describe.each(testDialects())('the privacy officer searches the audit log ($name)', (dialect) => {
  let t: TestApp
  // A clock the test moves: three reads on three days around a change of the UTC date.
  let now = new Date('2026-03-09T10:00:00Z')

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => now })
    const v = t.demo.voorbeeldstad
    const id = v.participantIds.Noord[1] as string
    const professional = await t.headersFor(v.users.professional)
    // 23:30 UTC on 9 March is already 10 March in Amsterdam.
    for (const at of ['2026-03-09T10:00:00Z', '2026-03-09T23:30:00Z', '2026-03-11T08:00:00Z']) {
      now = new Date(at)
      await t.app.inject({ url: `/api/v1/participants/${id}`, headers: professional })
    }
    now = new Date('2026-03-12T09:00:00Z')
  })
  afterAll(() => t.close())

  async function search(query: string): Promise<Page> {
    const response = await t.app.inject({
      url: `/api/v1/audit?${query}`,
      headers: await t.headersFor(t.demo.voorbeeldstad.users['privacy-officer']),
    })
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as Page
  }

  async function pseudonymOf(id: string): Promise<string> {
    const row = await t.handle.db
      .selectFrom('participants')
      .select('pseudonym')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    return row.pseudonym
  }

  it('finds a resident by pseudonym as by id, with the action in words', async () => {
    const id = t.demo.voorbeeldstad.participantIds.Noord[1] as string
    const byId = await search(`personId=${id}`)
    const byPseudonym = await search(`pseudonym=${await pseudonymOf(id)}`)
    expect(byPseudonym.entries).toEqual(byId.entries)
    const reads = byId.entries.filter((e) => e.action === 'GET /api/v1/participants/:id')
    expect(reads).toHaveLength(3)
    expect(reads[0]?.description).toEqual({
      nl: 'bekeek het dossier van',
      en: 'viewed the file of',
    })
    expect(reads[0]?.actorName).toBe('Professional Noord Voorbeeldstad')
  })

  it('takes a period in Amsterdam days, both ends included', async () => {
    const id = t.demo.voorbeeldstad.participantIds.Noord[1] as string
    const readsOn = async (from: string, to: string) =>
      (await search(`personId=${id}&from=${from}&to=${to}`)).entries
        .filter((e) => e.action === 'GET /api/v1/participants/:id')
        .map((e) => e.at)
    expect(await readsOn('2026-03-09', '2026-03-09')).toEqual(['2026-03-09T10:00:00.000Z'])
    expect(await readsOn('2026-03-10', '2026-03-10')).toEqual(['2026-03-09T23:30:00.000Z'])
    expect(await readsOn('2026-03-10', '2026-03-11')).toEqual([
      '2026-03-11T08:00:00.000Z',
      '2026-03-09T23:30:00.000Z',
    ])
  })

  it('refuses a period that ends before it starts, naming the field', async () => {
    const response = await t.app.inject({
      url: '/api/v1/audit?from=2026-03-11&to=2026-03-10',
      headers: await t.headersFor(t.demo.voorbeeldstad.users['privacy-officer']),
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('de einddatum ligt voor de begindatum')
    expect(response.body).toContain('to')
  })

  it('pages through every entry, newest first, without gaps or repeats', async () => {
    const seen: number[] = []
    let page = await search('limit=7')
    for (;;) {
      seen.push(...page.entries.map((e) => e.id))
      if (page.next === null) break
      page = await search(`limit=7&before=${page.next}`)
    }
    // Every search is itself audited: the whole log up to the first page's newest entry.
    const all = await search(`limit=500&before=${(seen[0] as number) + 1}`)
    expect(seen).toEqual(all.entries.map((e) => e.id))
    expect(seen.length).toBeGreaterThan(7)
    expect([...seen].sort((a, b) => b - a)).toEqual(seen)
  })

  it('exports what the search finds, with local time and words, in the reader’s language', async () => {
    const id = t.demo.voorbeeldstad.participantIds.Noord[1] as string
    const headers = await t.headersFor(t.demo.voorbeeldstad.users['privacy-officer'])
    const csv = await t.app.inject({
      url: `/api/v1/audit/export?personId=${id}&from=2026-03-10&to=2026-03-10`,
      headers,
    })
    expect(csv.statusCode).toBe(200)
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toMatch(/^id,at,localTime,actorName,role,organisation,action,description,/)
    expect(lines.slice(1).filter((l) => l.includes('bekeek het dossier van'))).toHaveLength(1)
    // 23:30 UTC is 00:30 in Amsterdam (CET, UTC+1) on 10 March.
    expect(lines.join('\n')).toContain('10 mrt 2026, 00:30')
    const english = await t.app.inject({
      url: `/api/v1/audit/export?personId=${id}`,
      headers: { ...headers, 'accept-language': 'en' },
    })
    expect(english.body).toContain('viewed the file of')
  })

  it('lists its own municipality’s employees to search by, and not another’s residents', async () => {
    const headers = await t.headersFor(t.demo.voorbeeldstad.users['privacy-officer'])
    const actors = (await t.app.inject({ url: '/api/v1/audit/actors', headers })).json() as {
      actors: { id: string; name: string }[]
    }
    expect(actors.actors.map((a) => a.id)).toContain(t.demo.voorbeeldstad.users.professional)
    expect(actors.actors.map((a) => a.id)).not.toContain(t.demo.proefdorp.users.professional)
    const byEmployee = await search(`actorId=${t.demo.voorbeeldstad.users.professional}`)
    expect(
      byEmployee.entries.every((e) => e.actorName === 'Professional Noord Voorbeeldstad'),
    ).toBe(true)
    const other = t.demo.proefdorp.participantIds.Noord[0] as string
    const response = await t.app.inject({ url: `/api/v1/audit?personId=${other}`, headers })
    expect(response.statusCode).toBe(404)
    const theirs = await search(`pseudonym=${await pseudonymOf(other)}`)
    expect(theirs.entries).toEqual([])
  })
})
