import { contract } from '../../../contract/index.js'
import { callRoute } from '../../api/call-route.js'
import { browserQueue, useWriteQueue } from '../../offline/browser-queue.js'
import type { WriteQueueSnapshot } from '../../offline/write-queue.js'
import { type TimeQueue, timeQueueOptions } from './time-queue.js'

/** The browser's one time queue: entries go to localStorage first, then to the server. */
export function timeQueue(): TimeQueue {
  return browserQueue(
    timeQueueOptions(({ projectId, entry }) =>
      callRoute(contract.time.save, { params: { id: projectId }, body: entry }),
    ),
  )
}

export function useTimeQueue(): WriteQueueSnapshot {
  return useWriteQueue(timeQueue())
}

const PROJECT_KEY = 'effectwijzer.time-project'

/** The project the user last recorded time for (the dialog's default). */
export const lastProject = {
  get: (): string | null => window.localStorage.getItem(PROJECT_KEY),
  set: (id: string) => window.localStorage.setItem(PROJECT_KEY, id),
}

const TIMER_KEY = 'effectwijzer.time-timer'

/** A running contact's start (ms since the epoch), kept across reloads. */
export const timerStart = {
  get: (): number | null => {
    const v = window.localStorage.getItem(TIMER_KEY)
    return v === null ? null : Number(v)
  },
  set: (ms: number | null) =>
    ms === null
      ? window.localStorage.removeItem(TIMER_KEY)
      : window.localStorage.setItem(TIMER_KEY, String(ms)),
}

/** Minutes as people read a duration: "1 u 15 min", "45 min". */
export function durationText(minutes: number, language: 'nl' | 'en'): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const hour = language === 'nl' ? 'u' : 'h'
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} ${hour}` : `${h} ${hour} ${m} min`
}
