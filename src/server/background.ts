/**
 * Work a request started and did not wait for (an effect analysis answers 202 and runs on).
 * The app waits for it when it closes, after the worker pool, so a run ends by writing its
 * outcome while the database is still open.
 */
export interface BackgroundTasks {
  /** Keeps `task` until it settles; its failure is the task's own business (never unhandled). */
  track(task: Promise<unknown>): void
  /** Resolves once every tracked task has settled. */
  settled(): Promise<void>
}

export function createBackgroundTasks(): BackgroundTasks {
  const running = new Set<Promise<unknown>>()
  return {
    track(task) {
      const kept = task.catch(() => {}).finally(() => running.delete(kept))
      running.add(kept)
    },
    async settled() {
      await Promise.all(running)
    },
  }
}
