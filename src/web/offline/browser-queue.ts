import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { WriteQueue, type WriteQueueOptions, type WriteQueueSnapshot } from './write-queue.js'

const queues = new Map<string, unknown>()

/**
 * The tab's one queue under `options.key`, kept in localStorage and sent again whenever the
 * network returns, so every screen that writes through it shares one order and one count.
 */
export function browserQueue<T extends object>(
  options: Omit<WriteQueueOptions<T>, 'store'>,
): WriteQueue<T> {
  const known = queues.get(options.key) as WriteQueue<T> | undefined
  if (known) return known
  const queue = new WriteQueue<T>({ ...options, store: window.localStorage })
  window.addEventListener('online', () => void queue.flush())
  void queue.flush()
  queues.set(options.key, queue)
  return queue
}

/** The queue's state for a screen; `onSent` runs when writes left it (to reload what they changed). */
export function useWriteQueue<T extends object>(
  queue: WriteQueue<T>,
  onSent?: () => unknown,
): WriteQueueSnapshot {
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot)
  const before = useRef(snapshot.queued)
  useEffect(() => {
    if (snapshot.queued < before.current) void onSent?.()
    before.current = snapshot.queued
  }, [snapshot.queued, onSent])
  return snapshot
}

/**
 * One form's writes through a queue: `saved` once the server has the latest of them, `waiting`
 * while it is queued (offline, or refused and shown by the screen's QueueNotice).
 */
export function useQueuedWrite<T extends object>(queue: WriteQueue<T>) {
  useSyncExternalStore(queue.subscribe, queue.getSnapshot)
  const [last, setLast] = useState<T>()
  return {
    saved: last !== undefined && queue.delivered(last),
    waiting: last !== undefined && queue.pending().includes(last),
    write: (item: T): Promise<void> => {
      setLast(item)
      return queue.enqueue(item)
    },
  }
}
