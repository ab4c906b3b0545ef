import { SingleBar } from 'cli-progress'

export interface Progress {
  update(done: number): void
  stop(): void
}

/** A progress bar on stderr (stdout stays clean for data); silent with --quiet or without a TTY-less CI need. */
export function createProgress(label: string, total: number, quiet: boolean): Progress {
  if (quiet) return { update: () => {}, stop: () => {} }
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  })
  bar.start(total, 0)
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  }
}
