import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { SetupError } from './setup-error.js'

export const LOCK_FILE = 'effectwijzer.lock'

/** Lock files this process holds (by absolute path), so it does not take its own folder twice. */
const held = new Set<string>()

/**
 * Takes the data folder for this process: PGlite is single-process, and a second process on the
 * same files (a CLI command while the server runs) can corrupt them. The lock is a file with
 * the holder's pid, created exclusively; a lock whose process is gone (kill -9, a crash) is
 * stale and taken over. Returns the release, which also runs when the process exits.
 */
export function lockDataFolder(dir: string): () => void {
  const path = resolve(join(dir, LOCK_FILE))
  for (;;) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx', mode: 0o600 })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = lockHolder(path)
      if (holder !== undefined && isHeld(path, holder)) throw folderInUse(dir, holder)
      rmSync(path, { force: true })
    }
  }
  held.add(path)
  const release = () => {
    process.off('exit', release)
    if (!held.delete(path)) return
    if (lockHolder(path) === process.pid) rmSync(path, { force: true })
  }
  process.on('exit', release)
  return release
}

function lockHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/** A live holder; this process's own pid counts only for a lock it took (pids are reused). */
function isHeld(path: string, pid: number): boolean {
  if (pid === process.pid) return held.has(path)
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function folderInUse(dir: string, pid: number): SetupError {
  return new SetupError({
    nl: `De datamap ${dir} is in gebruik door een ander Effectwijzer-proces (pid ${pid}), bijvoorbeeld de draaiende server. De ingebouwde database kan maar door één proces tegelijk geopend worden: stop dat proces eerst en probeer het dan opnieuw.`,
    en: `The data folder ${dir} is in use by another Effectwijzer process (pid ${pid}), such as the running server. The embedded database can be opened by one process at a time: stop that process first, then try again.`,
  })
}
