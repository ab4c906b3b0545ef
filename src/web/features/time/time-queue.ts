import type { TimeEntryRequest } from '../../../domain/index.js'

/** A contact waiting to reach the server, with the project it belongs to. */
export interface QueuedEntry {
  readonly projectId: string
  readonly entry: TimeEntryRequest
}

/** Sends one entry; rejects with a status-less error when the network is down. */
export type SendEntry = (queued: QueuedEntry) => Promise<unknown>

/** Where the queue survives a reload or a crash (localStorage in the browser). */
export interface DurableStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export type QueueStatus = 'saved' | 'saving' | 'offline' | 'blocked'

export interface QueueSnapshot {
  readonly queued: number
  readonly status: QueueStatus
  /** Why the server refused an entry (status `blocked`): it stays queued until resolved. */
  readonly problem: string | undefined
}

const KEY = 'effectwijzer.time-queue'
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

/**
 * The time entries a professional records, kept in durable storage before anything is sent,
 * so a contact recorded on a phone without a network is sent when it returns. Entries carry
 * their own ids and the server stores an id once, so sending one twice (a reload mid-send)
 * never counts a contact twice. A correction of a queued entry replaces it in the queue.
 */
export class TimeQueue {
  private queue: QueuedEntry[]
  private running: Promise<void> | undefined
  private status: QueueStatus = 'saved'
  private problem: string | undefined
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private snapshot: QueueSnapshot
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly send: SendEntry,
    private readonly store: DurableStore,
  ) {
    const stored = store.getItem(KEY)
    this.queue = stored ? (JSON.parse(stored) as QueuedEntry[]) : []
    this.snapshot = this.makeSnapshot()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): QueueSnapshot => this.snapshot

  /** The queued entries (not yet acknowledged), for screens that show them. */
  pending(): readonly QueuedEntry[] {
    return this.queue
  }

  /** Queues an entry (stored first) and sends the queue. */
  record(queued: QueuedEntry): Promise<void> {
    this.queue = [...this.queue.filter((q) => q.entry.id !== queued.entry.id), queued]
    this.changed()
    return this.flush()
  }

  /** Sends the queue in order, one sender at a time; also called when the network returns. */
  flush(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = undefined
    })
    return this.running
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer)
    while (this.queue.length > 0) {
      const next = this.queue[0] as QueuedEntry
      this.status = 'saving'
      this.changed()
      try {
        await this.send(next)
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status === undefined) {
          this.status = 'offline'
          this.retryLater()
        } else {
          this.status = 'blocked'
          this.problem = (error as Error).message
        }
        this.changed()
        return
      }
      this.attempt = 0
      this.problem = undefined
      // a correction queued while this one was on its way stays for the next round
      this.queue = this.queue.filter((q) => q !== next)
      this.status = this.queue.length === 0 ? 'saved' : 'saving'
      this.changed()
    }
  }

  /** Drops a refused entry (the user read why and gives up on it). */
  discard(id: string): void {
    this.queue = this.queue.filter((q) => q.entry.id !== id)
    this.problem = undefined
    this.status = this.queue.length === 0 ? 'saved' : this.status
    this.changed()
    void this.flush()
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.listeners.clear()
  }

  private retryLater(): void {
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)] ?? 30_000
    this.attempt++
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  private changed(): void {
    this.store.setItem(KEY, JSON.stringify(this.queue))
    this.snapshot = this.makeSnapshot()
    for (const listener of this.listeners) listener()
  }

  private makeSnapshot(): QueueSnapshot {
    return { queued: this.queue.length, status: this.status, problem: this.problem }
  }
}
