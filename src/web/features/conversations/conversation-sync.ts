import {
  applyEdit,
  type ConversationEdit,
  type ConversationEditsResponse,
  type ConversationState,
  editTarget,
  type LiveConversation,
} from '../../../domain/index.js'
import { type DurableStore, QueueHeld, WriteQueue } from '../../offline/write-queue.js'

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

/**
 * Keeps a live table conversation in step with the server without ever losing an edit.
 *
 * Every edit goes through the offline write queue (stored before it is sent, sent in order,
 * retried when the network returns). The server answers each edit applied, duplicate (it had
 * it already: a re-sent batch) or conflict (someone changed the same card or section first).
 * Conflicts leave the queue and wait for the user to choose; nothing is overwritten silently
 * on either side. A conversation signed off meanwhile (409) holds the queue until it reopens.
 */
export class ConversationSync {
  private state: ConversationState
  private conflicts: Conflict[]
  private readonly queue: WriteQueue<ConversationEdit>
  private snapshot: SyncSnapshot
  private readonly listeners = new Set<() => void>()

  constructor(
    initial: ConversationState,
    private readonly send: SendEdits,
    private readonly store: DurableStore,
  ) {
    this.state = initial
    this.conflicts = this.load<Conflict[]>('conflicts') ?? []
    this.queue = new WriteQueue({
      key: this.key('queue'),
      store,
      send: this.sendBatch,
      idOf: (edit) => edit.id,
      batchSize: 200,
      retryMs: [1_000, 2_000, 5_000, 10_000],
      held: () => this.state.status === 'signed-off',
    })
    this.queue.subscribe(() => this.changed())
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
    void this.queue.enqueue(full)
    return full
  }

  /** Resolves a conflict: keep mine (re-sent on top of theirs) or keep theirs (mine dropped). */
  resolve(conflict: Conflict, keep: 'mine' | 'theirs'): void {
    this.conflicts = this.conflicts.filter((c) => c !== conflict)
    if (keep === 'mine')
      void this.queue.enqueue({
        ...conflict.mine,
        id: crypto.randomUUID(),
        base: conflict.theirsHead,
      })
    else this.changed()
  }

  /** Sends the queue now (also called when the network returns); one sender at a time. */
  flush(): Promise<void> {
    return this.queue.flush()
  }

  /** Takes a fresh state from the server (after a reload, sign-off or reopen). */
  replaceState(state: ConversationState): void {
    this.state = state
    this.changed()
    void this.flush()
  }

  dispose(): void {
    this.queue.dispose()
    this.listeners.clear()
  }

  /** Sends one batch and takes the server's answer: its state, and my edits it refused. */
  private sendBatch = async (batch: readonly ConversationEdit[]): Promise<void> => {
    let answer: ConversationEditsResponse
    try {
      answer = await this.send(batch)
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error
      this.state = { ...this.state, status: 'signed-off' }
      throw new QueueHeld()
    }
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
    this.state = answer.state
  }

  private changed(): void {
    this.store.setItem(this.key('conflicts'), JSON.stringify(this.conflicts))
    this.snapshot = this.makeSnapshot()
    for (const listener of this.listeners) listener()
  }

  private makeSnapshot(): SyncSnapshot {
    let view: LiveConversation = { conversation: this.state.conversation, heads: this.state.heads }
    const queued = this.queue.pending()
    for (const edit of queued) {
      const outcome = applyEdit(view, edit, { force: true })
      if (outcome.status === 'applied') view = outcome.live
    }
    const { status, problem } = this.queue.getSnapshot()
    return {
      state: this.state,
      view,
      queued: queued.length,
      conflicts: this.conflicts,
      problem,
      status: this.state.status === 'signed-off' ? 'locked' : status,
    }
  }

  private key(part: string): string {
    return `effectwijzer.conversation.${this.state.id}.${part}`
  }

  private load<T>(part: string): T | undefined {
    const raw = this.store.getItem(this.key(part))
    return raw === null ? undefined : (JSON.parse(raw) as T)
  }
}
