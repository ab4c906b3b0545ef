import { describe, expect, it } from 'vitest'
import { type DurableStore, WriteQueue } from '../../offline/write-queue.js'
import { type QueuedEntry, type SendEntry, timeQueueOptions } from './time-queue.js'

const createTimeQueue = (send: SendEntry, store: DurableStore) =>
  new WriteQueue({ ...timeQueueOptions(send), store })

class MemoryStore {
  readonly items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

const entry = (id: string, minutes = 5): QueuedEntry => ({
  projectId: 'p',
  entry: { id, participantId: 'c', kind: 'quick-message', minutes, date: '2026-03-04' },
})
const offline = () => Object.assign(new Error('network down'), { status: undefined })

describe('the offline time queue', () => {
  it('stores an entry before sending, keeps it while offline and sends it once the network returns', async () => {
    const store = new MemoryStore()
    const sent: string[] = []
    let online = false
    const queue = createTimeQueue(async (q) => {
      if (!online) throw offline()
      sent.push(q.entry.id)
    }, store)
    await queue.enqueue(entry('a'))
    expect(queue.getSnapshot()).toMatchObject({ queued: 1, status: 'offline' })
    // a reload: a new queue reads what the old one stored
    queue.dispose()
    online = true
    const reloaded = createTimeQueue(async (q) => {
      sent.push(q.entry.id)
    }, store)
    expect(reloaded.getSnapshot().queued).toBe(1)
    await reloaded.flush()
    expect(sent).toEqual(['a'])
    expect(reloaded.getSnapshot()).toMatchObject({ queued: 0, status: 'saved' })
    expect(JSON.parse(store.getItem('effectwijzer.time-queue') ?? '')).toEqual([])
  })

  it('replaces a queued entry by its correction, so only the corrected one is sent', async () => {
    const sent: number[] = []
    let online = false
    const queue = createTimeQueue(async (q) => {
      if (!online) throw offline()
      sent.push(q.entry.minutes)
    }, new MemoryStore())
    await queue.enqueue(entry('a', 5))
    await queue.enqueue(entry('a', 15))
    online = true
    await queue.flush()
    expect(sent).toEqual([15])
  })

  it('keeps a refused entry queued with the reason, until the user discards it', async () => {
    const queue = createTimeQueue(async () => {
      throw Object.assign(new Error('valt buiten de looptijd'), { status: 400 })
    }, new MemoryStore())
    await queue.enqueue(entry('a'))
    expect(queue.getSnapshot()).toEqual({
      queued: 1,
      status: 'blocked',
      problem: 'valt buiten de looptijd',
    })
    queue.discardFirst()
    expect(queue.getSnapshot()).toMatchObject({ queued: 0, status: 'saved' })
  })
})
