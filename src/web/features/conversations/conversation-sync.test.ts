import { describe, expect, it } from 'vitest'
import {
  applyEdit,
  type ConversationEdit,
  type ConversationEditsResponse,
  type ConversationState,
  type LiveConversation,
  STARTER_PRICE_LIST,
} from '../../../domain/index.js'
import type { DurableStore } from '../../offline/write-queue.js'
import { ConversationSync } from './conversation-sync.js'

/** A server with the real edit rules (domain applyEdit) and a network that can drop. */
class FakeServer {
  live: LiveConversation = {
    conversation: {
      caseId: 'P-TEST0001',
      measurement: 'T0',
      attendees: [],
      scenarios: {
        interventie: { cards: [] },
        referentie: { kind: 'former-approach', reasoning: '', cards: [] },
      },
    },
    heads: {},
  }
  seen = new Set<string>()
  network: 'up' | 'down' | 'drops-answers' | 'signed-out' | 'signed-off' = 'up'

  state(): ConversationState {
    return {
      id: '00000000-0000-4000-8000-00000000000a',
      projectId: '00000000-0000-4000-8000-00000000000b',
      participantId: '00000000-0000-4000-8000-00000000000c',
      pseudonym: 'P-TEST0001',
      measurement: 'T0',
      status: 'open',
      version: 0,
      updatedAt: '2026-11-24T00:00:00Z',
      conversation: this.live.conversation,
      heads: { ...this.live.heads },
      baseYear: 2024,
      priceList: STARTER_PRICE_LIST,
      versions: [],
    }
  }

  send = async (edits: readonly ConversationEdit[]): Promise<ConversationEditsResponse> => {
    if (this.network === 'down') throw new TypeError('Failed to fetch')
    if (this.network === 'signed-off')
      throw Object.assign(new Error('Het gesprek is afgesloten.'), { status: 409 })
    if (this.network === 'signed-out')
      throw Object.assign(new Error('U bent niet ingelogd.'), { status: 401 })
    const results = edits.map((edit) => {
      if (this.seen.has(edit.id)) return { id: edit.id, status: 'duplicate' as const }
      this.seen.add(edit.id)
      const outcome = applyEdit(this.live, edit)
      if (outcome.status === 'conflict')
        return {
          id: edit.id,
          status: 'conflict' as const,
          current: outcome.current,
          currentHead: outcome.currentHead,
        }
      this.live = outcome.live
      return { id: edit.id, status: 'applied' as const }
    })
    if (this.network === 'drops-answers') throw new TypeError('connection reset')
    return { results, state: this.state() }
  }
}

function memoryStore(): DurableStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

const card = (id: string, quantity: number) => ({
  type: 'activity' as const,
  id,
  item: 'WIJKTEAM-UUR',
  start: '2026-03-01',
  quantity,
})

const quantities = (live: LiveConversation) =>
  live.conversation.scenarios.interventie.cards.map((c) => (c.type === 'activity' ? c.quantity : 0))

describe('ConversationSync', () => {
  it('keeps edits made offline through a reload and sends them when the network returns', async () => {
    const server = new FakeServer()
    const store = memoryStore()
    const sync = new ConversationSync(server.state(), server.send, store)
    server.network = 'down'
    sync.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 1) })
    sync.submit({ kind: 'put-card', scenario: 'interventie', card: card('b', 2) })
    await sync.flush()
    expect(sync.getSnapshot().status).toBe('offline')
    expect(quantities(sync.getSnapshot().view)).toEqual([1, 2])
    sync.dispose()

    // The page is reloaded while still offline: the queue comes back from storage.
    const reloaded = new ConversationSync(server.state(), server.send, store)
    expect(reloaded.getSnapshot().queued).toBe(2)
    reloaded.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 5) })
    server.network = 'up'
    await reloaded.flush()
    expect(reloaded.getSnapshot()).toMatchObject({ status: 'saved', queued: 0, conflicts: [] })
    expect(quantities(server.live)).toEqual([5, 2])
    reloaded.dispose()
  })

  it('applies a batch once when its answer was lost and it is sent again', async () => {
    const server = new FakeServer()
    const sync = new ConversationSync(server.state(), server.send, memoryStore())
    server.network = 'drops-answers'
    sync.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 1) })
    await sync.flush()
    expect(sync.getSnapshot().status).toBe('offline')
    server.network = 'up'
    await sync.flush()
    expect(sync.getSnapshot().status).toBe('saved')
    expect(quantities(server.live)).toEqual([1])
    sync.dispose()
  })

  it('turns a concurrent change of the same card into a choice, never an overwrite', async () => {
    const server = new FakeServer()
    const mine = new ConversationSync(server.state(), server.send, memoryStore())
    mine.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 1) })
    await mine.flush()
    const theirs = new ConversationSync(server.state(), server.send, memoryStore())
    theirs.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 7) })
    await theirs.flush()
    mine.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 3) })
    await mine.flush()
    const [conflict] = mine.getSnapshot().conflicts
    expect(conflict?.theirs).toMatchObject({ card: { quantity: 7 } })
    expect(quantities(server.live)).toEqual([7])
    mine.resolve(conflict as NonNullable<typeof conflict>, 'mine')
    await mine.flush()
    expect(mine.getSnapshot().conflicts).toEqual([])
    expect(quantities(server.live)).toEqual([3])
    mine.dispose()
    theirs.dispose()
  })

  it('keeps the queue when the session has expired, says why, and sends it after signing in again', async () => {
    const server = new FakeServer()
    const store = memoryStore()
    const sync = new ConversationSync(server.state(), server.send, store)
    server.network = 'signed-out'
    sync.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 4) })
    await sync.flush()
    expect(sync.getSnapshot()).toMatchObject({
      status: 'blocked',
      problem: 'U bent niet ingelogd.',
      queued: 1,
    })
    sync.dispose()
    server.network = 'up'
    const again = new ConversationSync(server.state(), server.send, store)
    await again.flush()
    expect(again.getSnapshot()).toMatchObject({ status: 'saved', queued: 0 })
    expect(quantities(server.live)).toEqual([4])
    again.dispose()
  })

  it('holds the queue, without a problem, while the conversation is signed off, and sends it after a reopen', async () => {
    const server = new FakeServer()
    const sync = new ConversationSync(server.state(), server.send, memoryStore())
    server.network = 'signed-off'
    sync.submit({ kind: 'put-card', scenario: 'interventie', card: card('a', 2) })
    await sync.flush()
    expect(sync.getSnapshot()).toMatchObject({ status: 'locked', problem: undefined, queued: 1 })
    server.network = 'up'
    sync.replaceState(server.state())
    await sync.flush()
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', queued: 0 })
    expect(quantities(server.live)).toEqual([2])
    sync.dispose()
  })
})
