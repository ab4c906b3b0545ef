import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type {
  BusinessCaseResponse,
  ConversationEditsResponse,
  ConversationFile,
  ConversationState,
} from '../domain/index.js'
import { chromiumPath } from '../report/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const card = (id: string, quantity: number) => ({
  type: 'activity',
  id,
  item: 'KH-GP-CONSULT-AVG',
  start: '2026-04-01',
  quantity,
})

for (const dialect of testDialects()) {
  describe(`table conversations over HTTP on ${dialect.name}`, () => {
    let t: TestApp
    let facilitator: Record<string, string>
    let professional: Record<string, string>
    let controller: Record<string, string>
    let conversationId: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      const users = t.demo.voorbeeldstad.users
      facilitator = await t.headersFor(users.facilitator)
      professional = await t.headersFor(users.professional)
      controller = await t.headersFor(users.controller)
    })
    afterAll(async () => {
      await t.close()
    })

    const edit = (headers: Record<string, string>, edits: object[]) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/edits`,
        headers,
        payload: { edits },
      })

    it('starts a conversation for a case of the team, once per measurement moment', async () => {
      const v = t.demo.voorbeeldstad
      const body = {
        projectId: v.projectId,
        participantId: v.participantIds.Noord[15],
        measurement: 'T0',
      }
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: facilitator,
        payload: body,
      })
      expect(created.statusCode).toBe(201)
      const state = created.json() as ConversationState
      conversationId = state.id
      expect(state.conversation.scenarios.interventie.cards).toEqual([])
      expect(state.priceList.items.length).toBeGreaterThan(100)
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: facilitator,
        payload: body,
      })
      expect(again.statusCode).toBe(409)
    })

    it('never lets two editors silently overwrite the same card', async () => {
      const first = {
        id: randomUUID(),
        kind: 'put-card',
        scenario: 'interventie',
        card: card('a', 2),
        base: null,
      }
      const applied = (await edit(facilitator, [first])).json() as ConversationEditsResponse
      expect(applied.results[0]?.status).toBe('applied')
      expect(applied.state.heads['card:a']).toBe(first.id)
      const gp = applied.state.conversation.scenarios.interventie.cards[0]
      expect(gp).toMatchObject({ id: 'a', quantity: 2 })

      // The professional, who also saw only `first`, and the facilitator both change card a.
      const mine = { ...first, id: randomUUID(), card: card('a', 3), base: first.id }
      const theirs = { ...first, id: randomUUID(), card: card('a', 7), base: first.id }
      expect(
        ((await edit(facilitator, [mine])).json() as ConversationEditsResponse).results[0]?.status,
      ).toBe('applied')
      const refused = (await edit(professional, [theirs])).json() as ConversationEditsResponse
      expect(refused.results[0]).toMatchObject({
        status: 'conflict',
        currentHead: mine.id,
        current: { scenario: 'interventie', card: { quantity: 3 } },
      })
      // Re-sending a batch after a lost answer applies nothing twice.
      const resent = (await edit(facilitator, [first, mine])).json() as ConversationEditsResponse
      expect(resent.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate'])
      expect(resent.state.conversation.scenarios.interventie.cards).toEqual([
        expect.objectContaining({ id: 'a', quantity: 3 }),
      ])
    })

    it('locks a signed-off case until a controller reopens it with a reason', async () => {
      const forbidden = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/sign-off`,
        headers: facilitator,
        payload: {},
      })
      expect(forbidden.statusCode).toBe(403)
      const signed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/sign-off`,
        headers: controller,
        payload: { note: 'Gecontroleerd met de dossiers' },
      })
      expect(signed.statusCode).toBe(200)
      expect(signed.json()).toMatchObject({ status: 'signed-off', version: 1 })
      const locked = await edit(facilitator, [
        { id: randomUUID(), kind: 'delete-card', cardId: 'a', base: null },
      ])
      expect(locked.statusCode).toBe(409)
      const reopened = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/reopen`,
        headers: controller,
        payload: { reason: 'Nagesprek' },
      })
      expect(reopened.json()).toMatchObject({
        status: 'open',
        versions: [
          { version: 1, note: 'Gecontroleerd met de dossiers', reopenReason: 'Nagesprek' },
        ],
      })
    })

    it('shows a team only its own cases, and audits each read under the pseudonym', async () => {
      const v = t.demo.voorbeeldstad
      const zuid = await t.headersFor(v.otherTeamUsers.facilitator)
      const list = (
        await t.app.inject({ url: `/api/v1/projects/${v.projectId}/conversations`, headers: zuid })
      ).json() as { conversations: unknown[] }
      expect(list.conversations).toEqual([])
      const read = await t.app.inject({
        url: `/api/v1/conversations/${conversationId}`,
        headers: zuid,
      })
      expect(read.statusCode).toBe(403)
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['object_id', 'person_pseudonym', 'allowed'])
        .where('action', '=', 'GET /api/v1/conversations/:id')
        .execute()
      expect(audit).toEqual([
        expect.objectContaining({ object_id: conversationId, allowed: false }),
      ])
      expect(audit[0]?.person_pseudonym).toMatch(/^P-/)
    })

    it('prints a demo case as a self-contained page with its timeline in both lanes', async () => {
      const id = t.demo.voorbeeldstad.conversationIds[0] as string
      const page = await t.app.inject({
        url: `/api/v1/conversations/${id}/report?lang=en`,
        headers: controller,
      })
      expect(page.statusCode).toBe(200)
      expect(page.headers['content-type']).toMatch(/text\/html/)
      expect(page.body).toContain('Table conversation P-')
      // Inline CSS may apply (the page prints on its own); scripts may not.
      expect(page.headers['content-security-policy']).toMatch(
        /default-src 'none'; style-src 'unsafe-inline'/,
      )
      expect(page.body).toMatch(/<svg[^>]*aria-label="Intervention \/ Reference"/)
      expect(page.body).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/)
      const workbook = await t.app.inject({
        url: `/api/v1/conversations/${id}/report?format=xlsx`,
        headers: controller,
      })
      expect(workbook.headers['content-type']).toMatch(/spreadsheetml/)
      expect(workbook.rawPayload.subarray(0, 2).toString()).toBe('PK')
      if (chromiumPath()) {
        const pdf = await t.app.inject({
          url: `/api/v1/conversations/${id}/report?format=pdf`,
          headers: controller,
        })
        expect(pdf.headers['content-type']).toBe('application/pdf')
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
      }
    }, 60_000)

    it('gives managers the project business case with the cases unnamed, as JSON, page and workbook', async () => {
      const v = t.demo.voorbeeldstad
      const headers = await t.headersFor(v.users['pilot-manager'])
      const response = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case`,
        headers,
      })
      expect(response.statusCode).toBe(200)
      const body = response.json() as BusinessCaseResponse
      expect(body.result?.project.n).toBe(13) // 12 demo cases and the one started above
      expect(body.result?.perCase.map((c) => c.caseId)).toContain('casus 1')
      expect(response.body).not.toMatch(/P-[A-Z0-9]{8}/)
      const page = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case/report?lang=en`,
        headers,
      })
      expect(page.headers['content-type']).toMatch(/text\/html/)
      expect(page.body).toContain('<svg')
      // In English the cases are "case n" (the report said "casus 1" in English).
      expect(page.body).toMatch(/<td>case \d+<\/td>/)
      expect(page.body).not.toMatch(/casus \d/)
      const workbook = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case/report?format=xlsx`,
        headers,
      })
      expect(workbook.headers['content-type']).toMatch(/spreadsheetml/)
      expect(workbook.rawPayload.subarray(0, 2).toString()).toBe('PK')
    })

    it('computes the project over signed-off cases only when asked, and reports say which cases count', async () => {
      const v = t.demo.voorbeeldstad
      const headers = await t.headersFor(v.users['pilot-manager'])
      const all = (
        await t.app.inject({ url: `/api/v1/projects/${v.projectId}/business-case`, headers })
      ).json() as BusinessCaseResponse
      expect(all.cases).toBe('all')
      const signed = (
        await t.app.inject({
          url: `/api/v1/projects/${v.projectId}/business-case?cases=signed-off`,
          headers,
        })
      ).json() as BusinessCaseResponse
      expect(signed.cases).toBe('signed-off')
      expect(signed.total).toBe(all.total)
      expect(signed.signedOff).toBeGreaterThan(0)
      expect(signed.signedOff).toBeLessThan(signed.total)
      expect(signed.result?.perCase).toHaveLength(signed.signedOff)
      expect(signed.notSignedOff).toHaveLength(signed.total - signed.signedOff)
      // A label names the same case in both views.
      for (const c of signed.result?.perCase ?? [])
        expect(all.result?.perCase.map((x) => `${x.caseId} ${x.measurement}`)).toContain(
          `${c.caseId} ${c.measurement}`,
        )
      expect(
        signed.notSignedOff.some((label) =>
          signed.result?.perCase.some((c) => `${c.caseId} ${c.measurement}` === label),
        ),
      ).toBe(false)
      // The report defaults to signed-off cases and says so, naming the others.
      const page = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case/report`,
        headers,
      })
      expect(page.body).toContain(
        `Over de ${signed.signedOff} afgetekende van de ${signed.total} tafelgesprekken.`,
      )
      expect(page.body).toContain(`Niet afgetekend: ${signed.notSignedOff.join(', ')}`)
      const working = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case/report?cases=all&lang=en`,
        headers,
      })
      expect(working.body).toContain('a working view, not yet a final result')
      expect(working.body).toMatch(/Not signed off: case \d+ T\d/)
    })

    it('exports the conversations as the documented file and imports them again, all or nothing', async () => {
      const v = t.demo.voorbeeldstad
      const shared = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/conversations/export`,
        headers: facilitator,
      })
      expect(shared.body).not.toMatch(/\bP-[A-Z0-9]{8}\b/) // not a pseudonym in sight
      const archive = (
        await t.app.inject({
          url: `/api/v1/projects/${v.projectId}/conversations/export?names=pseudonyms`,
          headers: facilitator,
        })
      ).json() as ConversationFile
      expect(archive.cases.length).toBeGreaterThanOrEqual(13)
      const count = async () =>
        (
          (
            await t.app.inject({
              url: `/api/v1/projects/${v.projectId}/conversations`,
              headers: facilitator,
            })
          ).json() as {
            conversations: unknown[]
          }
        ).conversations.length
      const before = await count()
      const later = {
        ...archive,
        cases: archive.cases.map((c, i) => ({ ...c, measurement: `T${70 + i}` })),
      }
      const post = (file: unknown) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/projects/${v.projectId}/conversations/import`,
          headers: facilitator,
          payload: file as object,
        })
      const imported = await post(later)
      expect(imported.statusCode).toBe(201)
      expect(await count()).toBe(before + archive.cases.length)
      // Again: every case clashes with its own moment, and not one is added.
      expect((await post(later)).statusCode).toBe(409)
      const unknown = await post({
        ...later,
        cases: [{ ...later.cases[0], caseId: 'P-ONBEKEND', measurement: 'T6' }],
      })
      expect(unknown.statusCode).toBe(400)
      expect(await count()).toBe(before + archive.cases.length)
    })

    it('computes the project result at a chosen price level: 2022 → 2024 is the CPI factor 1.038 × 1.033', async () => {
      const v = t.demo.voorbeeldstad
      const headers = await t.headersFor(v.users['pilot-manager'])
      const mean = async (query: string) => {
        const answer = await t.app.inject({
          url: `/api/v1/projects/${v.projectId}/business-case?${query}`,
          headers,
        })
        expect(answer.statusCode).toBe(200)
        return (answer.json() as BusinessCaseResponse).result?.project.meanDifference ?? Number.NaN
      }
      const at2022 = await mean('baseYear=2022')
      const at2024 = await mean('baseYear=2024')
      // Every card is rounded to the cent, so the ratio holds to about a cent per card.
      expect(at2024 / at2022).toBeCloseTo(1.038 * 1.033, 3)
      // Discounting runs from each case's first year; the demo cases lie within 2026, so it is
      // recorded but changes nothing here.
      const discounted = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case?baseYear=2024&discountRate=0.0225`,
        headers,
      })
      expect((discounted.json() as BusinessCaseResponse).result?.options).toEqual({
        discountRate: 0.0225,
      })
      const outside = await t.app.inject({
        url: `/api/v1/projects/${v.projectId}/business-case?baseYear=2031`,
        headers,
      })
      expect(outside.statusCode).toBe(400)
    })
  })
}
