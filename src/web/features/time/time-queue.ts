import type { TimeEntryRequest } from '../../../domain/index.js'
import type { WriteQueue, WriteQueueOptions } from '../../offline/write-queue.js'

/** A contact waiting to reach the server, with the project it belongs to. */
export interface QueuedEntry {
  readonly projectId: string
  readonly entry: TimeEntryRequest
}

/** Sends one entry; rejects with a status-less error when the network is down. */
export type SendEntry = (queued: QueuedEntry) => Promise<unknown>

export type TimeQueue = WriteQueue<QueuedEntry>

/**
 * The time entries a professional records, sent one by one through the offline write queue.
 * Entries carry their own ids and the server stores an id once (PUT of the entry), so sending
 * one twice never counts a contact twice; a correction of a queued entry (same id) replaces it.
 */
export function timeQueueOptions(send: SendEntry): Omit<WriteQueueOptions<QueuedEntry>, 'store'> {
  return {
    key: 'effectwijzer.time-queue',
    send: ([queued]) => send(queued as QueuedEntry),
    idOf: (queued) => queued.entry.id,
  }
}
