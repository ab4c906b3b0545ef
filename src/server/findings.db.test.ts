// Findings coded by theme, the code book, lessons per phase and the QDA export (issue 16).
import JSZip from 'jszip'
import { DOMParser } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type {
  CodeBookResponse,
  Finding,
  FindingsOverview,
  LessonsResponse,
  Problem,
  Theme,
} from '../domain/index.js'
import { FORMULA_GUARD_PREFIX, parseCsv } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`findings on ${dialect.name}`, () => {
    let t: TestApp
    let projectId: string
    let manager: Record<string, string>
    let themes: Theme[]
    const themeId = (key: string) => themes.find((theme) => theme.key === key)?.id as string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      projectId = t.demo.voorbeeldstad.projectId
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      const book = await t.app.inject({
        url: `/api/v1/projects/${projectId}/code-book`,
        headers: manager,
      })
      themes = (book.json() as CodeBookResponse).themes
    })
    afterAll(async () => {
      await t.close()
    })

    const post = async (payload: unknown, headers = manager) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/findings`,
        headers,
        payload: payload as object,
      })
    const finding = (extra: Record<string, unknown> = {}) => ({
      text: 'De wijkcoach en de consulent voerden het gesprek samen.',
      source: 'interview',
      date: '2026-05-01',
      organisationId: t.demo.voorbeeldstad.organisations.wijkteam,
      themeIds: [themeId('short-lines')],
      ...extra,
    })
    const detail = (response: { json: () => unknown }) => (response.json() as Problem).detail

    it('ships the ten starter themes in Dutch and English', () => {
      expect(themes.map((theme) => theme.key)).toEqual([
        'trust',
        'participation-perspective',
        'relationship',
        'short-lines',
        'broad-view',
        'follow-up',
        'language',
        'time',
        'capacity',
        'budget',
      ])
      expect(themes.find((theme) => theme.key === 'short-lines')).toMatchObject({
        labelNl: 'Korte lijnen',
        labelEn: 'Short lines',
      })
    })

    it('records a coded quote linked to a table conversation, audited with the resident', async () => {
      const conversationId = t.demo.voorbeeldstad.conversationIds[2] as string
      const response = await post(
        finding({
          source: 'table-conversation',
          quote: true,
          conversationId,
          text: 'Ik kon eindelijk zeggen wat ik nodig had.',
          themeIds: [themeId('trust'), themeId('language')],
        }),
      )
      expect(response.statusCode).toBe(201)
      const body = response.json() as { finding: Finding; warnings: unknown[] }
      expect(body.finding).toMatchObject({
        quote: true,
        conversationId,
        organisationName: 'Wijkteams Voorbeeldstad',
      })
      expect(body.warnings).toEqual([])
      const entry = await t.handle.db
        .selectFrom('audit_log')
        .select(['person_pseudonym', 'allowed'])
        .where('action', '=', 'POST /api/v1/projects/:id/findings')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow()
      expect(entry.allowed).toBe(true)
      expect(entry.person_pseudonym).toMatch(/^P-/)
    })

    it('refuses a pseudonym in the text, and warns about a name it cannot check', async () => {
      const conversationId = t.demo.voorbeeldstad.conversationIds[2] as string
      const pseudonym = (
        await t.handle.db
          .selectFrom('conversations')
          .innerJoin('participants', 'participants.id', 'conversations.participant_id')
          .select('participants.pseudonym')
          .where('conversations.id', '=', conversationId)
          .executeTakeFirstOrThrow()
      ).pseudonym
      const named = await post(
        finding({
          source: 'table-conversation',
          conversationId,
          text: `${pseudonym} vertelde het zelf.`,
        }),
      )
      expect(named.statusCode).toBe(400)
      expect(detail(named)).toContain('veld body.text: noemt een inwoner')
      const warned = await post(finding({ text: 'Volgens mevrouw Jansen ging het beter.' }))
      expect(warned.statusCode).toBe(201)
      expect((warned.json() as { warnings: { nl: string }[] }).warnings[0]?.nl).toContain(
        'Noem geen namen van inwoners',
      )
    })

    it('says what is wrong with bad input, naming the field, in Dutch and English', async () => {
      const nul = await post(finding({ text: 'a\u0000b' }))
      expect(nul.statusCode).toBe(400)
      expect(detail(nul)).toContain('body.text')
      const english = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/findings`,
        headers: { ...manager, 'accept-language': 'en' },
        payload: finding({ themeIds: [] }),
      })
      expect(detail(english)).toContain('body.themeIds: must not be empty')
      const unknownTheme = await post(
        finding({ themeIds: ['00000000-0000-4000-8000-000000000000'] }),
      )
      expect(detail(unknownTheme)).toContain('body.themeIds[0]: is geen thema van het codeboek')
      const notPartner = await post(
        finding({ organisationId: t.demo.proefdorp.organisations.wijkteam }),
      )
      expect(detail(notPartner)).toContain('body.organisationId: is geen partnerorganisatie')
    })

    it("answers 404 for another municipality's table conversation and 400 for another project's", async () => {
      const foreign = await post(
        finding({
          source: 'table-conversation',
          conversationId: t.demo.proefdorp.conversationIds[0],
        }),
      )
      expect(foreign.statusCode).toBe(404)
      // a second project of the same municipality, with a conversation of the demo project
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/v1/projects',
        headers: manager,
        payload: {
          name: 'Tweede pilot',
          phase: 'design',
          periodStart: '2026-01-01',
          targetGroup: 'Jongeren',
          theoryOfChange: 'Samen sneller',
          organisationIds: [t.demo.voorbeeldstad.organisations.wijkteam],
        },
      })
      expect(other.statusCode).toBe(201)
      const otherId = (other.json() as { project: { id: string } }).project.id
      const book = await t.app.inject({
        url: `/api/v1/projects/${otherId}/code-book`,
        headers: manager,
      })
      const otherTheme = (book.json() as CodeBookResponse).themes[0]?.id
      const wrongProject = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${otherId}/findings`,
        headers: manager,
        payload: finding({
          themeIds: [otherTheme],
          source: 'table-conversation',
          conversationId: t.demo.voorbeeldstad.conversationIds[2],
        }),
      })
      expect(wrongProject.statusCode).toBe(400)
      expect(detail(wrongProject)).toContain(
        'body.conversationId: is een tafelgesprek van een ander project',
      )
      // and a theme of the demo project's code book is not one of the other's
      const crossTheme = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${otherId}/findings`,
        headers: manager,
        payload: finding({ themeIds: [themeId('trust')] }),
      })
      expect(crossTheme.statusCode).toBe(400)
    })

    it('lets the researcher code, not the professional or the controller', async () => {
      const v = t.demo.voorbeeldstad.users
      expect((await post(finding(), await t.headersFor(v.researcher))).statusCode).toBe(201)
      expect((await post(finding(), await t.headersFor(v.professional))).statusCode).toBe(403)
      expect((await post(finding(), await t.headersFor(v.controller))).statusCode).toBe(403)
      const foreignManager = await t.headersFor(t.demo.proefdorp.users['pilot-manager'])
      expect((await post(finding(), foreignManager)).statusCode).toBe(404)
    })

    it('filters the list by theme, organisation and source', async () => {
      const list = async (query: string) =>
        (
          (
            await t.app.inject({
              url: `/api/v1/projects/${projectId}/findings?${query}`,
              headers: manager,
            })
          ).json() as { findings: Finding[] }
        ).findings
      const budget = await list(`theme=${themeId('budget')}`)
      expect(budget.length).toBeGreaterThan(0)
      expect(budget.every((f) => f.themeIds.includes(themeId('budget')))).toBe(true)
      const werk = t.demo.voorbeeldstad.organisations.workAndIncome
      expect((await list(`organisation=${werk}`)).every((f) => f.organisationId === werk)).toBe(
        true,
      )
      const documents = await list('source=document')
      expect(documents.length).toBeGreaterThan(0)
      expect(documents.every((f) => f.source === 'document')).toBe(true)
      const bad = await t.app.inject({
        url: `/api/v1/projects/${projectId}/findings?source=gossip`,
        headers: manager,
      })
      expect(bad.statusCode).toBe(400)
    })

    it('adds, renames and retires themes; a retired theme is refused on new findings', async () => {
      const url = `/api/v1/projects/${projectId}/code-book`
      const added = await t.app.inject({
        method: 'POST',
        url,
        headers: manager,
        payload: { labelNl: 'Regie', labelEn: 'Coordination' },
      })
      expect(added.statusCode).toBe(201)
      const again = await t.app.inject({
        method: 'POST',
        url,
        headers: manager,
        payload: { labelNl: 'regie', labelEn: 'x' },
      })
      expect(again.statusCode).toBe(409)
      const id = (added.json() as Theme).id
      const renamed = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/themes/${id}`,
        headers: manager,
        payload: { labelNl: 'Regie en eigenaarschap' },
      })
      expect(renamed.json()).toMatchObject({
        labelNl: 'Regie en eigenaarschap',
        labelEn: 'Coordination',
        key: null,
      })
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/themes/${id}`,
        headers: manager,
        payload: { retired: true },
      })
      const refused = await post(finding({ themeIds: [id] }))
      expect(detail(refused)).toContain('is buiten gebruik')
      const empty = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/themes/${id}`,
        headers: manager,
        payload: {},
      })
      expect(empty.statusCode).toBe(400)
    })

    it('merges a theme into another: every finding is recoded, once', async () => {
      const [time, capacity] = [themeId('time'), themeId('capacity')]
      const before = await findingsWith(time)
      const both = before.filter((f) => f.themeIds.includes(capacity)).length
      expect(before.length).toBeGreaterThan(0)
      expect(both).toBeGreaterThan(0) // the demo has findings coded with both
      const capacityBefore = (await findingsWith(capacity)).length
      const merged = await t.app.inject({
        method: 'POST',
        url: `/api/v1/themes/${time}/merge`,
        headers: manager,
        payload: { into: capacity },
      })
      expect(merged.statusCode).toBe(200)
      expect(merged.json()).toMatchObject({
        recoded: before.length,
        theme: { mergedInto: capacity, retired: true },
      })
      expect(await findingsWith(time)).toEqual([])
      const after = await findingsWith(capacity)
      expect(after.length).toBe(capacityBefore + before.length - both)
      expect(after.every((f) => new Set(f.themeIds).size === f.themeIds.length)).toBe(true)
      const twice = await t.app.inject({
        method: 'POST',
        url: `/api/v1/themes/${time}/merge`,
        headers: manager,
        payload: { into: capacity },
      })
      expect(twice.statusCode).toBe(409)
      const into = await t.app.inject({
        method: 'POST',
        url: `/api/v1/themes/${themeId('budget')}/merge`,
        headers: manager,
        payload: { into: time },
      })
      expect(detail(into)).toContain('body.into')
      const overview = (
        await t.app.inject({
          url: `/api/v1/projects/${projectId}/findings/overview`,
          headers: manager,
        })
      ).json() as FindingsOverview
      expect(overview.themes.map((theme) => theme.themeId)).not.toContain(time)
    })

    async function findingsWith(theme: string): Promise<Finding[]> {
      const response = await t.app.inject({
        url: `/api/v1/projects/${projectId}/findings?theme=${theme}`,
        headers: manager,
      })
      return (response.json() as { findings: Finding[] }).findings
    }

    it('counts per theme across partners and sources, with its quotes', async () => {
      const overview = (
        await t.app.inject({
          url: `/api/v1/projects/${projectId}/findings/overview`,
          headers: manager,
        })
      ).json() as FindingsOverview
      const trust = overview.themes.find((theme) => theme.themeId === themeId('trust'))
      expect(trust?.count).toBe((await findingsWith(themeId('trust'))).length)
      expect(trust?.organisations.reduce((sum, o) => sum + o.count, 0)).toBe(trust?.count)
      expect(trust?.sources.reduce((sum, s) => sum + s.count, 0)).toBe(trust?.count)
      expect(trust?.quotes.length).toBeGreaterThanOrEqual(2)
    })

    it('updates and removes a finding; a removed one is 409 and gone from the list and lessons', async () => {
      const created = (await post(finding())).json() as { finding: Finding }
      const id = created.finding.id
      const lesson = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/lessons`,
        headers: manager,
        payload: {
          phase: 'experiment',
          kind: 'lesson',
          text: 'Samen aan tafel werkt.',
          findingIds: [id],
        },
      })
      expect(lesson.statusCode).toBe(201)
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/findings/${id}`,
        headers: manager,
        payload: finding({ text: 'Aangepast.', themeIds: [themeId('relationship')] }),
      })
      expect(put.json()).toMatchObject({
        finding: { text: 'Aangepast.', themeIds: [themeId('relationship')] },
      })
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/findings/${id}`,
        headers: manager,
      })
      expect(removed.statusCode).toBe(204)
      const again = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/findings/${id}`,
        headers: manager,
      })
      expect(again.statusCode).toBe(409)
      const row = await t.handle.db
        .selectFrom('findings')
        .select(['text', 'removed_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      expect(row.text).toBe('')
      expect(row.removed_at).not.toBeNull()
      const lessons = (
        await t.app.inject({ url: `/api/v1/projects/${projectId}/lessons`, headers: manager })
      ).json() as LessonsResponse
      const experiment = lessons.phases.find((p) => p.phase === 'experiment')
      expect(
        experiment?.lessons.find((l) => l.text === 'Samen aan tafel werkt.')?.findingIds,
      ).toEqual([])
      const onRemoved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/lessons`,
        headers: manager,
        payload: { phase: 'design', kind: 'lesson', text: 'x', findingIds: [id] },
      })
      expect(detail(onRemoved)).toContain('body.findingIds[0]: is geen bevinding van dit project')
    })

    it('lists lessons per Minkman phase with the demo’s two per phase for the first two', async () => {
      const lessons = (
        await t.app.inject({
          url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/lessons`,
          headers: manager,
        })
      ).json() as LessonsResponse
      expect(lessons.phases.map((p) => p.phase)).toEqual([
        'design',
        'experiment',
        'extension-monitoring',
        'sustainment',
      ])
      const design = lessons.phases[0]?.lessons ?? []
      expect(design.map((l) => l.kind)).toEqual(['lesson', 'recommendation'])
      expect(design[0]?.findingIds.length).toBe(2)
    })

    it('updates and removes a lesson; a removed one is 409 and gone from its phase', async () => {
      const url = `/api/v1/projects/${projectId}/lessons`
      const made = await t.app.inject({
        method: 'POST',
        url,
        headers: manager,
        payload: { phase: 'sustainment', kind: 'lesson', text: 'Borgen vraagt budget.' },
      })
      const id = (made.json() as { id: string }).id
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/lessons/${id}`,
        headers: manager,
        payload: {
          phase: 'extension-monitoring',
          kind: 'recommendation',
          text: 'Spreek monitoring af.',
        },
      })
      expect(put.json()).toMatchObject({ phase: 'extension-monitoring', kind: 'recommendation' })
      const phases = async () =>
        ((await t.app.inject({ url, headers: manager })).json() as LessonsResponse).phases
      expect(
        (await phases()).find((p) => p.phase === 'extension-monitoring')?.lessons,
      ).toHaveLength(1)
      expect((await phases()).find((p) => p.phase === 'sustainment')?.lessons).toHaveLength(0)
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/lessons/${id}`,
        headers: manager,
      })
      expect(removed.statusCode).toBe(204)
      const again = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/lessons/${id}`,
        headers: manager,
        payload: { phase: 'design', kind: 'lesson', text: 'x' },
      })
      expect(again.statusCode).toBe(409)
      expect(
        (await phases()).find((p) => p.phase === 'extension-monitoring')?.lessons,
      ).toHaveLength(0)
      const badPhase = await t.app.inject({
        method: 'POST',
        url,
        headers: manager,
        payload: { phase: 'pilot', kind: 'lesson', text: 'x' },
      })
      expect(detail(badPhase)).toContain('body.phase')
    })

    it('exports CSV with codes, formula-guarded', async () => {
      await post(finding({ text: '=HYPERLINK("http://x")' }))
      const response = await t.app.inject({
        url: `/api/v1/projects/${projectId}/findings/export?format=csv`,
        headers: manager,
      })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('text/csv')
      const rows = parseCsv(response.body)
      const header = rows[0] ?? []
      expect(header.slice(0, 8)).toEqual([
        'finding_id',
        'date',
        'source',
        'organisation',
        'quote',
        'table_conversation_id',
        'text',
        'codes',
      ])
      expect(header).toContain('code_Vertrouwen')
      const text = header.indexOf('text')
      expect(
        rows.some((row) => row[text] === `${FORMULA_GUARD_PREFIX}=HYPERLINK("http://x")`),
      ).toBe(true)
      expect(rows.some((row) => row[text]?.startsWith('='))).toBe(false)
    })

    it('exports a REFI-QDA project that unzips, parses and codes every finding', async () => {
      const response = await t.app.inject({
        url: `/api/v1/projects/${projectId}/findings/export?format=qdpx`,
        headers: manager,
      })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('application/zip')
      const zip = await JSZip.loadAsync(response.rawPayload)
      const qde = await zip.file('project.qde')?.async('string')
      const doc = new DOMParser().parseFromString(qde as string, 'text/xml')
      const project = doc.documentElement
      expect(project.tagName).toBe('Project')
      expect(project.getAttribute('xmlns')).toBe('urn:QDA-XML:project:1.0')
      // the sequences of Project.xsd 1.0 (REFI, 18 March 2019): Project, TextSource, VariableValue
      const order = (element: { children: Iterable<{ tagName: string }> }) =>
        [...element.children].map((child) => child.tagName)
      expect(order(project)).toEqual(['CodeBook', 'Variables', 'Sources'])
      const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
      for (const element of doc.querySelectorAll('[guid], [targetGUID]'))
        expect(element.getAttribute('guid') ?? element.getAttribute('targetGUID')).toMatch(guid)
      for (const variable of doc.querySelectorAll('Variables > Variable'))
        expect(['Text', 'Boolean', 'Date']).toContain(variable.getAttribute('typeOfVariable'))
      for (const coding of doc.querySelectorAll('Coding'))
        expect(order(coding)).toEqual(['CodeRef'])
      for (const value of doc.querySelectorAll('VariableValue'))
        expect(order(value)[0]).toBe('VariableRef')
      const codes = [...doc.querySelectorAll('CodeBook > Codes > Code')]
      expect(codes.every((code) => code.getAttribute('isCodable') === 'true')).toBe(true)
      const codeIds = new Set(codes.map((code) => code.getAttribute('guid')))
      const sources = [...doc.querySelectorAll('Sources > TextSource')]
      const list = (
        await t.app.inject({ url: `/api/v1/projects/${projectId}/findings`, headers: manager })
      ).json() as { findings: Finding[] }
      expect(sources.length).toBe(list.findings.length)
      for (const source of sources) {
        const tags = order(source)
        expect(tags[0]).toBe('PlainTextSelection')
        expect(tags.slice(1).every((tag) => tag === 'VariableValue')).toBe(true)
        expect(
          Number(source.querySelector('PlainTextSelection')?.getAttribute('startPosition')),
        ).toBe(0)
        const id = source.getAttribute('guid') as string
        expect(source.getAttribute('plainTextPath')).toBe(`internal://${id}.txt`)
        const text = await zip.file(`sources/${id}.txt`)?.async('string')
        const selection = source.querySelector('PlainTextSelection')
        expect(Number(selection?.getAttribute('endPosition'))).toBe([...(text as string)].length)
        const refs = [...source.querySelectorAll('Coding > CodeRef')].map((ref) =>
          ref.getAttribute('targetGUID'),
        )
        expect(refs.length).toBeGreaterThan(0)
        expect(refs.every((ref) => codeIds.has(ref))).toBe(true)
      }
    })
  })
}
