import {
  applyEdit,
  type ConversationEdit,
  type ConversationEditsResponse,
  type ConversationState,
  editTarget,
  type LiveConversation,
} from '../../../domain/index.js'

/** An edit the server refused because someone else changed the same target first. */
export interface Conflict {
  readonly mine: ConversationEdit
  /** The target as the server has it now (null: deleted). */
  readonly theirs: unknown
  readonly theirsHead: string | null
}

export type SyncStatus = 'saved' | 'saving' | 'offline' | 'blocked' | 'locked'

export interface SyncSnapshot {
  readonly state: ConversationState
  /** The conversation as this screen shows it: the server's, with the queued edits applied. */
  readonly view: LiveConversation
  readonly queued: number
  readonly conflicts: readonly Conflict[]
  readonly status: SyncStatus
  /** Why the server refused the queue (status `blocked`, e.g. a session that expired). */
  readonly problem: string | undefined
}

/** An edit as a screen makes it: the sync gives it its id and base. */
export type EditDraft = ConversationEdit extends infer E
  ? E extends ConversationEdit
    ? Omit<E, 'id' | 'base'>
    : never
  : never

/** Sends a batch of edits; rejects with a status-less error when the network is down. */
export type SendEdits = (edits: readonly ConversationEdit[]) => Promise<ConversationEditsResponse>

/** Where queued edits and conflicts survive a reload or a crash (localStorage in the browser). */
export interface DurableStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000]

/**
 * Keeps a live table conversation in step with the server without ever losing an edit.
 *
 * Every edit first goes into a queue that is written to durable storage before anything is
 * sent, so a dropped network, a reload or a crashed browser keeps it. The queue is sent in
 * order; the server answers each edit applied, duplicate (it had it already: a re-sent batch)
 * or conflict (someone changed the same card or section first). Conflicts leave the queue
 * and wait for the user to choose; nothing is overwritten silently on either side.
 */
export class ConversationSync {
  private state: ConversationState
  private queue: ConversationEdit[]
  private conflicts: Conflict[]
  private running: Promise<void> | undefined
  private rerun = false
  private offline = false
  private problem: string | undefined
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private snapshot: SyncSnapshot
  private readonly listeners = new Set<() => void>()

  constructor(
    initial: ConversationState,
    private readonly send: SendEdits,
    private readonly store: DurableStore,
  ) {
    this.state = initial
    this.queue = this.load<ConversationEdit[]>('queue') ?? []
    this.conflicts = this.load<Conflict[]>('conflicts') ?? []
    this.snapshot = this.makeSnapshot()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SyncSnapshot => this.snapshot

  /** Queues an edit (its base is filled in from what this screen shows) and sends it. */
  submit(draft: EditDraft): ConversationEdit {
    const id = crypto.randomUUID()
    const target = editTarget({ ...draft, id, base: null } as ConversationEdit)
    const full = {
      ...draft,
      id,
      base: this.snapshot.view.heads[target] ?? null,
    } as ConversationEdit
    this.queue.push(full)
    this.changed()
    void this.flush()
    return full
  }

  /** Resolves a conflict: keep mine (re-sent on top of theirs) or keep theirs (mine dropped). */
  resolve(conflict: Conflict, keep: 'mine' | 'theirs'): void {
    this.conflicts = this.conflicts.filter((c) => c !== conflict)
    if (keep === 'mine') {
      this.queue.push({ ...conflict.mine, id: crypto.randomUUID(), base: conflict.theirsHead })
    }
    this.changed()
    void this.flush()
  }

  /** Sends the queue now (also called when the network returns); one sender at a time. */
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

  private async run(): Promise<void> {
    for (;;) {
      this.rerun = false
      if (this.queue.length === 0 || this.state.status === 'signed-off') return
      const sent = await this.sendBatch()
      if (!sent && !this.rerun) return
    }
  }

  /** Sends up to 200 queued edits; false when the network is down (a retry is scheduled). */
  private async sendBatch(): Promise<boolean> {
    clearTimeout(this.timer)
    const batch = this.queue.slice(0, 200)
    try {
      const answer = await this.send(batch)
      this.offline = false
      this.problem = undefined
      this.attempt = 0
      for (const result of answer.results) {
        const mine = result.status === 'conflict' && batch.find((e) => e.id === result.id)
        if (!mine) continue
        const target = editTarget(mine)
        // Only the latest of my refused edits per target matters: it holds what I meant.
        this.conflicts = [
          ...this.conflicts.filter((c) => editTarget(c.mine) !== target),
          { mine, theirs: result.current ?? null, theirsHead: result.currentHead ?? null },
        ]
      }
      const done = new Set(batch.map((e) => e.id))
      this.queue = this.queue.filter((e) => !done.has(e.id))
      this.state = answer.state
      return true
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 409) {
        this.state = { ...this.state, status: 'signed-off' }
        return true
      }
      if (status === undefined) {
        this.offline = true
        this.retryLater()
        return false
      }
      // Refused (signed out, no longer allowed, …): the queue stays, stored, until it can go.
      this.problem = (error as Error).message
      return false
    } finally {
      this.changed()
    }
  }

  /** Takes a fresh state from the server (after a reload, sign-off or reopen). */
  replaceState(state: ConversationState): void {
    this.state = state
    this.changed()
    void this.flush()
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.listeners.clear()
  }

  private retryLater(): void {
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)] ?? 10_000
    this.attempt++
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  private changed(): void {
    this.save('queue', this.queue)
    this.save('conflicts', this.conflicts)
    this.snapshot = this.makeSnapshot()
    for (const listener of this.listeners) listener()
  }

  private makeSnapshot(): SyncSnapshot {
    let view: LiveConversation = { conversation: this.state.conversation, heads: this.state.heads }
    for (const edit of this.queue) {
      const outcome = applyEdit(view, edit, { force: true })
      if (outcome.status === 'applied') view = outcome.live
    }
    return {
      state: this.state,
      view,
      queued: this.queue.length,
      conflicts: this.conflicts,
      problem: this.problem,
      status:
        this.state.status === 'signed-off'
          ? 'locked'
          : this.problem !== undefined
            ? 'blocked'
            : this.offline
              ? 'offline'
              : this.queue.length > 0
                ? 'saving'
                : 'saved',
    }
  }

  private key(part: string): string {
    return `effectwijzer.conversation.${this.state.id}.${part}`
  }

  private load<T>(part: string): T | undefined {
    const raw = this.store.getItem(this.key(part))
    return raw === null ? undefined : (JSON.parse(raw) as T)
  }

  private save(part: string, value: unknown): void {
    this.store.setItem(this.key(part), JSON.stringify(value))
  }
}
