/** Where a queue survives a reload or a crash (localStorage in the browser). */
export interface DurableStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/**
 * saved: nothing waiting; saving: on its way; offline: no network, a retry is scheduled;
 * blocked: the server refused the first write (`problem` says why) and it waits for the user.
 */
export type WriteStatus = 'saved' | 'saving' | 'offline' | 'blocked'

export interface WriteQueueSnapshot {
  readonly queued: number
  readonly status: WriteStatus
  /** Why the server refused a write (status `blocked`): it stays queued until resolved. */
  readonly problem: string | undefined
}

/**
 * Thrown by a sender when the server says "not now" for a reason the feature tracks itself
 * (a conversation that was signed off): the batch stays queued, no retry is scheduled and no
 * problem is shown, until the feature calls `flush` again.
 */
export class QueueHeld extends Error {
  constructor() {
    super('queue held')
  }
}

export interface WriteQueueOptions<T extends object> {
  /** The storage key; items written under it come back after a reload. */
  readonly key: string
  readonly store: DurableStore
  /**
   * Sends a batch; resolves once the server has all of it. Rejects with a status-less error
   * when the network is down, with the answer's `status` when the server refused.
   */
  readonly send: (batch: readonly T[]) => Promise<unknown>
  /** The item's client-made id: queuing an item with a queued id replaces it (a correction). */
  readonly idOf: (item: T) => string
  /** How many items one send takes (1: one request per write). */
  readonly batchSize?: number
  /** Waits between retries after a network error, the last repeated. */
  readonly retryMs?: readonly number[]
  /** True while nothing may be sent (checked before every send). */
  readonly held?: () => boolean
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

/**
 * Writes made in the browser, kept in durable storage before anything is sent, so a write made
 * on a phone without a network is sent when it returns, in the order it was made. Items carry
 * client-made ids that the server stores once, so a batch sent twice (its answer lost, a
 * reload mid-send) is applied once.
 *
 * A network error, or a server error (5xx, passing trouble), retries with backoff. A refusal
 * (4xx) is not retried by itself: the write stays first in the queue, its message shown, until
 * the user fixes or discards it, or a later flush (sign-in, the network's return) tries again.
 */
export class WriteQueue<T extends object> {
  private queue: T[]
  private running: Promise<void> | undefined
  private rerun = false
  private offline = false
  private refused: Error | undefined
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private snapshot: WriteQueueSnapshot
  private readonly listeners = new Set<() => void>()
  private readonly sent = new WeakSet<T>()

  constructor(private readonly options: WriteQueueOptions<T>) {
    const stored = options.store.getItem(options.key)
    this.queue = stored ? (JSON.parse(stored) as T[]) : []
    this.snapshot = this.makeSnapshot()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): WriteQueueSnapshot => this.snapshot

  /** The queued items (not yet acknowledged), oldest first. */
  pending(): readonly T[] {
    return this.queue
  }

  /** Queues an item (stored first, replacing a queued one with its id) and sends the queue. */
  enqueue(item: T): Promise<void> {
    const id = this.options.idOf(item)
    this.queue = [...this.queue.filter((q) => this.options.idOf(q) !== id), item]
    this.changed()
    return this.flush()
  }

  /** Sends the queue in order, one sender at a time; also called when the network returns. */
  flush(): Promise<void> {
    if (this.running) {
      this.rerun = true
      return this.running
    }
    this.running = this.run().finally(() => {
      this.running = undefined
    })
    return this.running
  }

  /** Whether the server has this very item (queued in this tab and acknowledged). */
  delivered(item: T): boolean {
    return this.sent.has(item)
  }

  /** The error that refused the first item (status `blocked`), with the server's field issues. */
  refusal(): Error | undefined {
    return this.refused
  }

  /** Drops the first queued item (the refused one: the user read why and gives up on it). */
  discardFirst(): void {
    this.queue = this.queue.slice(1)
    this.refused = undefined
    this.changed()
    void this.flush()
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.listeners.clear()
  }

  private async run(): Promise<void> {
    for (;;) {
      this.rerun = false
      if (this.queue.length === 0 || this.options.held?.()) return
      const sent = await this.sendBatch()
      if (!sent && !this.rerun) return
    }
  }

  /** Sends the first batch; false when it stays queued. */
  private async sendBatch(): Promise<boolean> {
    clearTimeout(this.timer)
    const batch = this.queue.slice(0, this.options.batchSize ?? 1)
    try {
      await this.options.send(batch)
      this.offline = false
      this.refused = undefined
      this.attempt = 0
      // a correction queued while this batch was on its way is another item: it goes next
      for (const item of batch) this.sent.add(item)
      this.queue = this.queue.filter((q) => !this.sent.has(q))
      return true
    } catch (error) {
      if (error instanceof QueueHeld) return false
      const status = (error as { status?: number }).status
      this.offline = status === undefined
      this.refused = status === undefined ? undefined : (error as Error)
      if (status === undefined || status >= 500) this.retryLater()
      return false
    } finally {
      this.changed()
    }
  }

  private retryLater(): void {
    const waits = this.options.retryMs ?? RETRY_MS
    const delay = waits[Math.min(this.attempt, waits.length - 1)] ?? 30_000
    this.attempt++
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  private changed(): void {
    this.options.store.setItem(this.options.key, JSON.stringify(this.queue))
    this.snapshot = this.makeSnapshot()
    for (const listener of this.listeners) listener()
  }

  private makeSnapshot(): WriteQueueSnapshot {
    return {
      queued: this.queue.length,
      problem: this.refused?.message,
      status:
        this.refused !== undefined
          ? 'blocked'
          : this.offline
            ? 'offline'
            : this.queue.length > 0
              ? 'saving'
              : 'saved',
    }
  }
}
