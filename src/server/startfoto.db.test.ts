// The startfoto's API (issue 16): the pilot manager's rounds and results, and the public
// answer routes reached by an organisation's link without an account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type { Problem, StartfotoResponse } from '../domain/index.js'
import { parseCsv, readFirstSheet } from '../files/index.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

interface Opened {
  number: number
  links: { organisationId: string; name: string; token: string }[]
}

for (const dialect of testDialects()) {
  describe(`the startfoto on ${dialect.name}`, () => {
    let t: TestApp
    let manager: Record<string, string>
    let anonymous: Record<string, string>
    // Proefdorp's project has no startfoto in the demo: each test here builds on the last
    let url: string
    let proefdorpManager: Record<string, string>
    let opened: Opened

    beforeAll(async () => {
      t = await createTestApp(dialect)
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      anonymous = await t.headersFor(null)
      url = `/api/v1/projects/${t.demo.proefdorp.projectId}/startfoto`
      proefdorpManager = await t.headersFor(t.demo.proefdorp.users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })

    const answer = (token: string, payload: object, headers = anonymous) =>
      t.app.inject({ method: 'POST', url: `/api/v1/startfoto/${token}/answers`, headers, payload })

    it('shows the demo pilot’s three partners disagreeing, round by round, with the change', async () => {
      const demoUrl = `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/startfoto`
      const response = await t.app.inject({ url: demoUrl, headers: manager })
      expect(response.statusCode).toBe(200)
      const body = response.json() as StartfotoResponse
      expect(body.rounds.map((r) => [r.number, r.closedOn === null])).toEqual([
        [1, false],
        [2, true],
      ])
      for (const round of body.rounds) expect(round.responses.every((r) => r.count >= 5)).toBe(true)
      const onePlan = body.rounds[0]?.statements.find((s) => s.questionId === 'share-information')
      expect(onePlan?.organisations.every((o) => o.summary !== null)).toBe(true)
      expect(onePlan?.spread).toBeGreaterThan(2)
      expect(body.comparisons.map((c) => [c.from, c.to])).toEqual([[1, 2]])
      expect(body.comparisons[0]?.statements[0]?.organisations).toHaveLength(3)
      // the demo's partners move toward each other: the spread shrinks on "one director"
      const spreadOf = (round: number) =>
        body.rounds[round]?.statements.find((s) => s.questionId === 'one-director')?.spread ?? 0
      expect(spreadOf(1)).toBeLessThan(spreadOf(0))
      // the researcher reads the same; a professional does not; another municipality gets 404
      const researcher = await t.headersFor(t.demo.voorbeeldstad.users.researcher)
      expect((await t.app.inject({ url: demoUrl, headers: researcher })).statusCode).toBe(200)
      const professional = await t.headersFor(t.demo.voorbeeldstad.users.professional)
      expect((await t.app.inject({ url: demoUrl, headers: professional })).statusCode).toBe(403)
      expect((await t.app.inject({ url: demoUrl, headers: proefdorpManager })).statusCode).toBe(404)
      const put = await t.app.inject({
        method: 'PUT',
        url: demoUrl,
        headers: researcher,
        payload: body.template,
      })
      expect(put.statusCode).toBe(403)
    })

    it('lets the pilot manager adapt the template before any answer, then open a round with a link per partner', async () => {
      const before = (
        await t.app.inject({ url, headers: proefdorpManager })
      ).json() as StartfotoResponse
      expect([before.adapted, before.answered, before.rounds]).toEqual([false, false, []])
      const reworded = {
        questions: before.template.questions
          .filter((q) => q.id !== 'one-director')
          .map((q) =>
            q.id === 'one-plan' ? { ...q, text: { nl: 'Eén plan.', en: 'One plan.' } } : q,
          ),
      }
      const saved = await t.app.inject({
        method: 'PUT',
        url,
        headers: proefdorpManager,
        payload: reworded,
      })
      expect(saved.statusCode).toBe(200)
      expect((saved.json() as StartfotoResponse).adapted).toBe(true)

      const open = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds`,
        headers: proefdorpManager,
        payload: {},
      })
      expect(open.statusCode).toBe(201)
      opened = open.json() as Opened
      expect(opened.number).toBe(1)
      expect(opened.links.map((l) => l.organisationId).sort()).toEqual(
        before.organisations.map((o) => o.id).sort(),
      )
      for (const link of opened.links) expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      // only the hashes are stored
      const stored = await t.handle.db.selectFrom('startfoto_links').select('token_hash').execute()
      const hashes = new Set(stored.map((s) => s.token_hash))
      for (const link of opened.links) expect(hashes.has(link.token)).toBe(false)
      // a second round while the first is open: 409
      const again = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds`,
        headers: proefdorpManager,
        payload: {},
      })
      expect(again.statusCode).toBe(409)
    })

    it('serves the questions by link without an account, and takes anonymous answers', async () => {
      const token = opened.links[0]?.token as string
      const questions = await t.app.inject({
        url: `/api/v1/startfoto/${token}`,
        headers: anonymous,
      })
      expect(questions.statusCode).toBe(200)
      const q = questions.json() as {
        open: boolean
        round: number
        template: { questions: { id: string }[] }
      }
      expect([q.open, q.round]).toEqual([true, 1])
      expect(q.template.questions.map((x) => x.id)).not.toContain('one-director')
      const sent = await answer(token, {
        ratings: { 'one-plan': 4 },
        texts: { learn: '=HYPERLINK("http://x")' },
      })
      expect(sent.statusCode).toBe(201)
      // a signed-in user answering through a link leaves nothing of their account behind
      const professional = await t.headersFor(t.demo.proefdorp.users.professional)
      expect((await answer(token, { ratings: { 'one-plan': 2 } }, professional)).statusCode).toBe(
        201,
      )
      const columns = await t.handle.db
        .selectFrom('information_schema.columns' as never)
        .select('column_name' as never)
        .where('table_name' as never, '=', 'startfoto_responses' as never)
        .execute()
      expect(columns.map((c) => (c as { column_name: string }).column_name).sort()).toEqual([
        'answered_on',
        'id',
        'link_id',
        'ratings',
        'texts',
      ])
    })

    it('refuses bad answers with the field named in Dutch and English, and unknown links with 404', async () => {
      const token = opened.links[0]?.token as string
      const problem = async (payload: object, language = 'nl') => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/startfoto/${token}/answers`,
          headers: { ...anonymous, 'accept-language': language },
          payload,
        })
        expect(response.statusCode).toBe(400)
        return (response.json() as Problem).issues ?? []
      }
      expect((await problem({ ratings: { 'one-plan': 6 } }))[0]?.field).toBe(
        'body.ratings.one-plan',
      )
      const unknown = await problem({ ratings: { nope: 3 } }, 'en')
      expect(unknown).toEqual([
        expect.objectContaining({
          field: 'body.ratings.nope',
          message: expect.stringMatching(/not a question/),
        }),
      ])
      expect((await problem({ ratings: { nope: 3 } }))[0]?.message).toMatch(/geen vraag/)
      expect((await problem({ texts: { 'one-plan': 'x' } }))[0]?.field).toBe('body.texts.one-plan')
      expect((await problem({ texts: { learn: '   ' } }))[0]?.field).toBe('body.answers')
      expect((await problem({ texts: { learn: 'x'.repeat(2001) } }))[0]?.field).toBe(
        'body.texts.learn',
      )
      expect((await problem({ texts: { learn: 'a\u0000b' } }))[0]?.field).toBe('body.texts.learn')
      for (const response of [
        await t.app.inject({ url: '/api/v1/startfoto/not-a-link', headers: anonymous }),
        await answer('not-a-link', { ratings: { 'one-plan': 3 } }),
      ])
        expect(response.statusCode).toBe(404)
    })

    it('after the first answer only lets questions be added', async () => {
      const current = (
        await t.app.inject({ url, headers: proefdorpManager })
      ).json() as StartfotoResponse
      expect(current.answered).toBe(true)
      const removed = { questions: current.template.questions.filter((q) => q.id !== 'budget') }
      const refused = await t.app.inject({
        method: 'PUT',
        url,
        headers: proefdorpManager,
        payload: removed,
      })
      expect(refused.statusCode).toBe(409)
      expect((refused.json() as Problem).detail).toMatch(/kan niet meer weg/)
      const added = {
        questions: [
          ...current.template.questions,
          {
            id: 'own-1',
            section: 'needs',
            kind: 'agreement',
            text: { nl: 'Ik ken de partners.', en: 'I know the partners.' },
          },
        ],
      }
      expect(
        (await t.app.inject({ method: 'PUT', url, headers: proefdorpManager, payload: added }))
          .statusCode,
      ).toBe(200)
    })

    it('shows a small organisation only in the aggregate, and hides the one that would give it away', async () => {
      const other = opened.links[1]?.token as string
      for (const rating of [1, 1, 2, 1, 1])
        expect((await answer(other, { ratings: { 'one-plan': rating } })).statusCode).toBe(201)
      const body = (
        await t.app.inject({ url, headers: proefdorpManager })
      ).json() as StartfotoResponse
      const round = body.rounds[0]
      const onePlan = round?.statements.find((s) => s.questionId === 'one-plan')
      // 2 answers through the first link, 5 through the second: the whole (7) only
      expect(onePlan?.all?.n).toBe(7)
      expect(onePlan?.organisations.every((o) => o.summary === null)).toBe(true)
      const hidden = Object.fromEntries(
        onePlan?.organisations.map((o) => [o.organisationId, o.hidden]) ?? [],
      )
      expect(hidden[opened.links[0]?.organisationId as string]).toBe('small')
      expect(hidden[opened.links[1]?.organisationId as string]).toBe('complement')
      // the formula is kept as text, unnamed (its organisation is small)
      const learn = round?.texts.find((x) => x.questionId === 'learn')
      expect(learn?.answers).toEqual([
        { text: '=HYPERLINK("http://x")', organisationId: null, theme: null },
      ])
      expect(round?.responses.map((r) => r.count).sort()).toEqual([0, 0, 2, 5])
    })

    it('exports the open answers as CSV with formulas written as text', async () => {
      const csv = await t.app.inject({ url: `${url}/export`, headers: proefdorpManager })
      expect(csv.statusCode).toBe(200)
      expect(csv.headers['content-type']).toMatch(/^text\/csv/)
      const rows = parseCsv(csv.body)
      expect(rows[0]).toEqual([
        'round',
        'question_id',
        'question',
        'organisation',
        'theme',
        'answer',
      ])
      expect(rows.slice(1)).toEqual([
        ['1', 'learn', 'Wat wilt u in deze pilot leren?', '', '', `'=HYPERLINK("http://x")`],
      ])
      const xlsx = await t.app.inject({
        url: `${url}/export?format=xlsx`,
        headers: proefdorpManager,
      })
      expect((await readFirstSheet(xlsx.rawPayload)).slice(1)).toEqual(rows.slice(1))
      const professional = await t.headersFor(t.demo.proefdorp.users.professional)
      expect((await t.app.inject({ url: `${url}/export`, headers: professional })).statusCode).toBe(
        403,
      )
    })

    it('renews the links of an open round: the old ones stop working, the answers stay', async () => {
      const old = opened.links[1] as Opened['links'][number]
      const renewed = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds/1/links`,
        headers: proefdorpManager,
        payload: {},
      })
      expect(renewed.statusCode).toBe(201)
      const fresh = renewed.json() as Opened
      expect(fresh.links.map((l) => l.organisationId).sort()).toEqual(
        opened.links.map((l) => l.organisationId).sort(),
      )
      expect((await answer(old.token, { ratings: { 'one-plan': 1 } })).statusCode).toBe(404)
      const same = fresh.links.find((l) => l.organisationId === old.organisationId)
      expect((await answer(same?.token as string, { ratings: { 'one-plan': 1 } })).statusCode).toBe(
        201,
      )
      const body = (
        await t.app.inject({ url, headers: proefdorpManager })
      ).json() as StartfotoResponse
      const count = body.rounds[0]?.responses.find((r) => r.organisationId === old.organisationId)
      expect(count?.count).toBe(6)
      opened = fresh
    })

    it('closes a round: its links then take no more answers', async () => {
      const token = opened.links[0]?.token as string
      const closed = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds/1/close`,
        headers: proefdorpManager,
        payload: {},
      })
      expect(closed.statusCode).toBe(200)
      expect((closed.json() as StartfotoResponse).rounds[0]?.closedOn).not.toBeNull()
      const late = await answer(token, { ratings: { 'one-plan': 3 } })
      expect(late.statusCode).toBe(409)
      const page = await t.app.inject({ url: `/api/v1/startfoto/${token}`, headers: anonymous })
      expect((page.json() as { open: boolean }).open).toBe(false)
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `${url}/rounds/1/close`,
            headers: proefdorpManager,
            payload: {},
          })
        ).statusCode,
      ).toBe(409)
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `${url}/rounds/9/close`,
            headers: proefdorpManager,
            payload: {},
          })
        ).statusCode,
      ).toBe(404)
      const renewClosed = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds/1/links`,
        headers: proefdorpManager,
        payload: {},
      })
      expect(renewClosed.statusCode).toBe(409)
      // an organisation that is not a partner of the project gets no link: 400 naming it
      const stranger = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds`,
        headers: proefdorpManager,
        payload: { organisationIds: [t.demo.voorbeeldstad.organisations.wijkteam] },
      })
      expect(stranger.statusCode).toBe(400)
      expect((stranger.json() as Problem).issues?.[0]?.field).toBe('body.organisationIds.0')
      // the next round opens now, with new links
      const next = await t.app.inject({
        method: 'POST',
        url: `${url}/rounds`,
        headers: proefdorpManager,
        payload: {},
      })
      expect((next.json() as Opened).number).toBe(2)
    })
  })
}

for (const dialect of testDialects()) {
  describe(`a startfoto link's rate limit on ${dialect.name}`, () => {
    let t: TestApp

    beforeAll(async () => {
      t = await createTestApp(dialect, { config: testConfig({ startfotoAnswersPerHour: 3 }) })
    })
    afterAll(async () => {
      await t.close()
    })

    it('takes the limit of answers per link per hour, then answers 429', async () => {
      const headers = await t.headersFor(null)
      const url = `/api/v1/startfoto/${t.demo.voorbeeldstad.startfotoLink}/answers`
      const payload = { ratings: { 'one-plan': 3 } }
      const statuses: number[] = []
      for (let i = 0; i < 4; i += 1)
        statuses.push((await t.app.inject({ method: 'POST', url, headers, payload })).statusCode)
      expect(statuses).toEqual([201, 201, 201, 429])
    })
  })
}
