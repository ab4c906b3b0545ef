import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findActivePriceList, testDialects } from '../db/index.js'
import {
  type ConversationState,
  hourlyTariff,
  hoursCents,
  type RecordedCards,
  takeOverPlan,
} from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`a case's recorded hours and spends as table-conversation cards on ${dialect.name}`, () => {
    let t: TestApp
    let facilitator: Record<string, string>
    // VS-02: the case whose rent arrears the unshielded budget paid.
    let conversationId: string
    let participantId: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      const v = t.demo.voorbeeldstad
      participantId = v.participantIds.Noord[1] as string
      const row = await t.handle.db
        .selectFrom('conversations')
        .select('id')
        .where('participant_id', '=', participantId)
        .orderBy('measurement')
        .executeTakeFirstOrThrow()
      conversationId = row.id
      facilitator = await t.headersFor(v.users.facilitator)
    })
    afterAll(async () => {
      await t.close()
    })

    const proposal = async (headers = facilitator) =>
      t.app.inject({ url: `/api/v1/conversations/${conversationId}/recorded-costs`, headers })
    const state = async () =>
      (
        await t.app.inject({ url: `/api/v1/conversations/${conversationId}`, headers: facilitator })
      ).json() as ConversationState

    it('proposes the pilot hours × the wijkteam tariff, as a hand computation over the entries', async () => {
      const r = await proposal()
      expect(r.statusCode).toBe(200)
      const body = r.json() as RecordedCards
      const entries = await t.handle.db
        .selectFrom('time_entries')
        .select(['minutes', 'own_organisation'])
        .where('participant_id', '=', participantId)
        .execute()
      const pilot = entries.filter((e) => !e.own_organisation)
      const minutes = pilot.reduce((sum, e) => sum + e.minutes, 0)
      expect(pilot.length).toBeGreaterThan(0)
      const { list } = await findActivePriceList(t.handle.db, t.demo.voorbeeldstad.municipalityId)
      const tariff = hourlyTariff('wijkteam', list.items, body.priceYear)
      if ('problem' in tariff) throw new Error('the demo list has a wijkteam tariff')
      const hours = body.cards.find((c) => c.card.item === 'WIJKTEAM-UUR')
      expect(hours).toMatchObject({
        cents: hoursCents(minutes, tariff.euros),
        card: {
          payer: 'gemeente-overig',
          origin: { kind: 'time-registration', contacts: pilot.length, minutes },
        },
      })
      expect(hours?.source.nl).toMatch(new RegExp(`^tijdregistratie: ${pilot.length} contacten, `))
      expect(body.ownOrganisationContacts).toBe(entries.length - pilot.length)
      expect(body.problems).toEqual([])
    })

    it('finds the demo’s rent-arrears spend already on the intervention lane, and a second take-over adds nothing', async () => {
      const body = (await proposal()).json() as RecordedCards
      expect(body.cards.filter((c) => c.card.amountCents !== undefined)).toEqual([
        expect.objectContaining({
          cents: 185000,
          source: expect.objectContaining({ nl: 'ontschot budget: 1 uitgave' }),
        }),
      ])
      const before = await state()
      const plan = takeOverPlan(
        body.cards.map((c) => c.card),
        before.conversation,
      )
      expect(plan.map((p) => p.step)).toEqual(['add', 'unchanged'])
      const edits = plan
        .filter((p) => p.step !== 'unchanged')
        .map((p) => ({
          id: randomUUID(),
          base: before.heads[`card:${p.card.id}`] ?? null,
          kind: 'put-card',
          scenario: 'interventie',
          card: p.card,
        }))
      const applied = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/edits`,
        headers: facilitator,
        payload: { edits },
      })
      expect(applied.statusCode).toBe(200)
      const after = await state()
      const again = takeOverPlan(
        ((await proposal()).json() as RecordedCards).cards.map((c) => c.card),
        after.conversation,
      )
      expect(again.map((p) => p.step)).toEqual(['unchanged', 'unchanged'])
      const origins = after.conversation.scenarios.interventie.cards.flatMap((c) =>
        c.type === 'activity' && c.origin ? [c.origin.key] : [],
      )
      expect(origins).toHaveLength(new Set(origins).size)
      expect(origins).toHaveLength(2)
    })

    it('lists the taken-over cards in the case workbook with their source and cost', async () => {
      const response = await t.app.inject({
        url: `/api/v1/conversations/${conversationId}/report?format=xlsx`,
        headers: facilitator,
      })
      expect(response.statusCode).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
      const rows: unknown[][] = []
      workbook.getWorksheet('Kaarten')?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1))
      })
      const spend = rows.find((r) => r[4] === 'ONTSCHOT-BUDGET')
      // Paid in 2026, after the last CPI year: at the latest published level, as € 1.850.
      expect(spend?.slice(5, 10)).toEqual([
        'ontschot budget: 1 uitgave',
        1,
        1850,
        1850,
        'gemeente-overig',
      ])
      const hours = rows.find((r) => r[4] === 'WIJKTEAM-UUR' && String(r[5]).startsWith('tijd'))
      expect(String(hours?.[5])).toMatch(/^tijdregistratie: \d+ contacten, [\d,]+ uur$/)
    })

    it('answers 401 anonymously and 404 to another municipality', async () => {
      expect((await proposal(await t.headersFor(null))).statusCode).toBe(401)
      const other = await t.headersFor(t.demo.proefdorp.users.facilitator)
      expect((await proposal(other)).statusCode).toBe(404)
    })

    it('audits each read under the case’s pseudonym', async () => {
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['object_id', 'person_pseudonym', 'allowed', 'actor_user_id'])
        .where('action', '=', 'GET /api/v1/conversations/:id/recorded-costs')
        .where('allowed', '=', true)
        .execute()
      expect(audit.length).toBeGreaterThanOrEqual(3)
      expect(audit[0]).toMatchObject({
        object_id: conversationId,
        actor_user_id: t.demo.voorbeeldstad.users.facilitator,
      })
      expect(audit[0]?.person_pseudonym).toMatch(/^P-/)
    })
  })
}
