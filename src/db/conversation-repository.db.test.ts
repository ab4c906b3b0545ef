import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConflictError, type ConversationEdit, findCard } from '../domain/index.js'
import type { DatabaseHandle } from './create-db.js'
import { newSecretKey, SecretBox } from './credentials/secret-box.js'
import {
  applyConversationEdits,
  findConversation,
  listConversationVersions,
  listProjectConversations,
  reopenConversation,
  signOffConversation,
} from './repositories/conversation-repository.js'
import { type DemoFixture, loadDemo } from './seed/demo.js'
import { testDialects } from './test-dialects.js'

const card = (id: string, quantity: number) => ({
  type: 'activity' as const,
  id,
  item: 'WIJKTEAM-UUR',
  start: '2026-03-01',
  quantity,
})

const put = (cardId: string, quantity: number, base: string | null): ConversationEdit => ({
  id: randomUUID(),
  kind: 'put-card',
  scenario: 'interventie',
  card: card(cardId, quantity),
  base,
})

for (const dialect of testDialects()) {
  describe(`table conversations on ${dialect.name}`, () => {
    let handle: DatabaseHandle
    let demo: DemoFixture
    let id: string
    const municipality = () => demo.voorbeeldstad.municipalityId

    beforeAll(async () => {
      handle = await dialect.create()
      demo = await loadDemo(handle.db, { secretBox: new SecretBox(newSecretKey()) })
      id = demo.voorbeeldstad.conversationIds[0] as string
    })
    afterAll(async () => {
      await handle.close()
    })

    it('seeds the demo cases, each under its participant’s pseudonym', async () => {
      const all = await listProjectConversations(
        handle.db,
        { municipalityId: municipality(), team: null },
        demo.voorbeeldstad.projectId,
      )
      expect(all).toHaveLength(13) // 12 cases, one of them with T0 and T1
      for (const row of all) expect(row.conversation.caseId).toBe(row.pseudonym)
      expect(await findConversation(handle.db, demo.proefdorp.municipalityId, id)).toBeUndefined()
    })

    it('applies edits in order, answers a re-sent edit as duplicate and refuses a stale base', async () => {
      const first = put('live-1', 2, null)
      const second = put('live-1', 3, first.id)
      const results = await handle.db
        .transaction()
        .execute((trx) => applyConversationEdits(trx, id, [first, second], null))
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
      const again = await applyConversationEdits(handle.db, id, [second], null)
      expect(again[0]?.status).toBe('duplicate')

      // Someone who saw only the first edit changes the same card: a conflict, not an overwrite.
      const stale = put('live-1', 9, first.id)
      const [conflict] = await applyConversationEdits(handle.db, id, [stale], null)
      expect(conflict?.status).toBe('conflict')
      expect(conflict?.currentHead).toBe(second.id)
      const row = await findConversation(handle.db, municipality(), id)
      const found = row && findCard(row.conversation, 'live-1')
      expect(found?.card).toMatchObject({ quantity: 3 })
      // The refused edit is stored, so what was typed is not lost.
      const kept = await handle.db
        .selectFrom('conversation_edits')
        .select('status')
        .where('id', '=', stale.id)
        .executeTakeFirstOrThrow()
      expect(kept.status).toBe('conflict')
    })

    it('locks a signed-off conversation and keeps its version when reopened', async () => {
      const controller = demo.voorbeeldstad.users.controller
      const version = await signOffConversation(handle.db, {
        id,
        result: { difference: 1 },
        userId: controller,
        note: 'akkoord',
        at: new Date('2026-10-01T10:00:00Z'),
      })
      expect(version).toBe(1)
      await expect(
        applyConversationEdits(handle.db, id, [put('x', 1, null)], null),
      ).rejects.toBeInstanceOf(ConflictError)
      await reopenConversation(handle.db, {
        id,
        userId: controller,
        reason: 'Extra kaart na nagesprek',
        at: new Date('2026-10-02T09:00:00Z'),
      })
      const [applied] = await applyConversationEdits(handle.db, id, [put('x', 1, null)], null)
      expect(applied?.status).toBe('applied')
      const versions = await listConversationVersions(handle.db, id)
      expect(versions).toEqual([
        expect.objectContaining({
          version: 1,
          note: 'akkoord',
          signedOffBy: 'Controller Voorbeeldstad',
        }),
      ])
    })
  })
}
