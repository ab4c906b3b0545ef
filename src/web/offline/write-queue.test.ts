import { afterEach, describe, expect, it, vi } from 'vitest'
import { type DurableStore, QueueHeld, WriteQueue, type WriteQueueOptions } from './write-queue.js'

interface Item {
  readonly id: string
  readonly value: number
}

function memoryStore(): DurableStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

const offline = () => new TypeError('Failed to fetch')
const refused = (status: number, message: string) => Object.assign(new Error(message), { status })

/** A server that stores items by id (so a resent item is stored once) behind a network. */
class FakeServer {
  readonly stored = new Map<string, number>()
  readonly received: string[] = []
  answer: 'ok' | 'down' | 'lost' | 'refuse' | 'error' = 'ok'
  send = async (batch: readonly Item[]): Promise<void> => {
    if (this.answer === 'down') throw offline()
    if (this.answer === 'refuse') throw refused(422, 'Datum valt buiten de looptijd.')
    if (this.answer === 'error') throw refused(503, 'Service Unavailable')
    for (const item of batch) {
      this.received.push(item.id)
      this.stored.set(item.id, item.value)
    }
    if (this.answer === 'lost') throw new TypeError('connection reset')
  }
}

function queueOf(
  server: FakeServer,
  store: DurableStore,
  more: Partial<WriteQueueOptions<Item>> = {},
) {
  return new WriteQueue<Item>({
    key: 'test.queue',
    store,
    send: server.send,
    idOf: (i) => i.id,
    ...more,
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the offline write queue', () => {
  it('sends writes in the order they were made, one batch at a time', async () => {
    const server = new FakeServer()
    server.answer = 'down'
    const queue = queueOf(server, memoryStore(), { batchSize: 2 })
    const items = ['a', 'b', 'c'].map((id) => ({ id, value: 1 }))
    for (const item of items) await queue.enqueue(item)
    expect(queue.getSnapshot()).toMatchObject({ queued: 3, status: 'offline' })
    expect(items.some((item) => queue.delivered(item))).toBe(false)
    server.answer = 'ok'
    await queue.flush()
    expect(server.received).toEqual(['a', 'b', 'c'])
    expect(items.every((item) => queue.delivered(item))).toBe(true)
    expect(queue.getSnapshot()).toEqual({ queued: 0, status: 'saved', problem: undefined })
  })

  it('stores a write before sending it, so a reload keeps it and sends it once online', async () => {
    const server = new FakeServer()
    const store = memoryStore()
    server.answer = 'down'
    const queue = queueOf(server, store)
    await queue.enqueue({ id: 'a', value: 1 })
    await queue.enqueue({ id: 'b', value: 2 })
    queue.dispose()
    // the page is reloaded: a new queue reads what the old one stored
    const reloaded = queueOf(server, store)
    expect(reloaded.pending()).toEqual([
      { id: 'a', value: 1 },
      { id: 'b', value: 2 },
    ])
    server.answer = 'ok'
    await reloaded.flush()
    expect(server.received).toEqual(['a', 'b'])
    expect(JSON.parse(store.getItem('test.queue') ?? '')).toEqual([])
    reloaded.dispose()
  })

  it('retries with growing waits after a network error until the network returns', async () => {
    vi.useFakeTimers()
    const server = new FakeServer()
    server.answer = 'down'
    const send = vi.fn(server.send)
    const queue = queueOf(server, memoryStore(), { send, retryMs: [1_000, 5_000] })
    await queue.enqueue({ id: 'a', value: 1 })
    expect(send).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(send).toHaveBeenCalledTimes(2)
    // the second wait is longer: nothing after another second
    await vi.advanceTimersByTimeAsync(1_000)
    expect(send).toHaveBeenCalledTimes(2)
    server.answer = 'ok'
    await vi.advanceTimersByTimeAsync(4_000)
    expect(send).toHaveBeenCalledTimes(3)
    expect(queue.getSnapshot()).toMatchObject({ queued: 0, status: 'saved' })
    queue.dispose()
  })

  it('retries a server error (5xx) with backoff, saying what the server answered', async () => {
    vi.useFakeTimers()
    const server = new FakeServer()
    server.answer = 'error'
    const queue = queueOf(server, memoryStore(), { retryMs: [1_000] })
    await queue.enqueue({ id: 'a', value: 1 })
    expect(queue.getSnapshot()).toEqual({
      queued: 1,
      status: 'blocked',
      problem: 'Service Unavailable',
    })
    server.answer = 'ok'
    await vi.advanceTimersByTimeAsync(1_000)
    expect(server.received).toEqual(['a'])
    expect(queue.getSnapshot()).toMatchObject({ queued: 0, status: 'saved' })
    queue.dispose()
  })

  it('keeps a refused write (4xx) first in the queue with its message, without retrying, until discarded', async () => {
    vi.useFakeTimers()
    const server = new FakeServer()
    server.answer = 'refuse'
    const send = vi.fn(server.send)
    const queue = queueOf(server, memoryStore(), { send })
    await queue.enqueue({ id: 'a', value: 1 })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(send).toHaveBeenCalledTimes(1)
    expect(queue.getSnapshot()).toEqual({
      queued: 1,
      status: 'blocked',
      problem: 'Datum valt buiten de looptijd.',
    })
    // the screen reads the refusal itself for the server's field issues
    expect(queue.refusal()).toMatchObject({ status: 422 })
    server.answer = 'ok'
    // a later write waits behind the refused one: the order is kept
    await queue.enqueue({ id: 'b', value: 2 })
    expect(server.received).toEqual(['a', 'b'])
    server.answer = 'refuse'
    await queue.enqueue({ id: 'c', value: 3 })
    queue.discardFirst()
    await queue.flush()
    expect(queue.getSnapshot()).toEqual({ queued: 0, status: 'saved', problem: undefined })
    expect(server.stored.has('c')).toBe(false)
    queue.dispose()
  })

  it('replaces a queued write by a correction with its id, and sends a correction made mid-send next', async () => {
    const server = new FakeServer()
    server.answer = 'down'
    const queue = queueOf(server, memoryStore())
    await queue.enqueue({ id: 'a', value: 1 })
    await queue.enqueue({ id: 'a', value: 2 })
    expect(queue.pending()).toEqual([{ id: 'a', value: 2 }])
    server.answer = 'ok'
    await queue.flush()
    // the first version is on its way when the correction is made
    let arrive = () => {}
    const onItsWay = new Promise<void>((resolve) => {
      arrive = resolve
    })
    const slow = new WriteQueue<Item>({
      key: 'slow',
      store: memoryStore(),
      idOf: (i) => i.id,
      send: async (batch) => {
        if (batch[0]?.value === 1) await onItsWay
        await server.send(batch)
      },
    })
    const sending = slow.enqueue({ id: 'x', value: 1 })
    void slow.enqueue({ id: 'x', value: 9 })
    arrive()
    await sending
    expect(server.received).toEqual(['a', 'x', 'x'])
    expect(server.stored.get('a')).toBe(2)
    expect(server.stored.get('x')).toBe(9)
    expect(slow.getSnapshot().queued).toBe(0)
  })

  it('stores a batch once when its answer was lost and it is sent again', async () => {
    const server = new FakeServer()
    server.answer = 'lost'
    const queue = queueOf(server, memoryStore())
    await queue.enqueue({ id: 'a', value: 1 })
    expect(queue.getSnapshot().status).toBe('offline')
    server.answer = 'ok'
    await queue.flush()
    expect([...server.stored]).toEqual([['a', 1]])
    expect(queue.getSnapshot().status).toBe('saved')
  })

  it('sends nothing while held, and keeps a batch the sender holds until the next flush', async () => {
    const server = new FakeServer()
    let held = true
    let hold = false
    const queue = queueOf(server, memoryStore(), {
      held: () => held,
      send: async (batch) => {
        if (hold) throw new QueueHeld()
        await server.send(batch)
      },
    })
    await queue.enqueue({ id: 'a', value: 1 })
    expect(server.received).toEqual([])
    held = false
    hold = true
    await queue.flush()
    expect(queue.getSnapshot()).toEqual({ queued: 1, status: 'saving', problem: undefined })
    hold = false
    await queue.flush()
    expect(server.received).toEqual(['a'])
  })
})
