import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** `memory://`: an embedded database that lives in memory only, with no folder of its own. */
export function isInMemory(dataDir: string): boolean {
  return dataDir.startsWith('memory://')
}

/**
 * The data folder holds the embedded database, the secret key and the demo accounts: only the
 * account that runs the app may enter it (0700), whatever the umask.
 */
export function prepareDataFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
}

/**
 * Folders 0700 and files 0600 below `dir`. PGlite writes its files 0666 whatever the umask, so
 * the database opener calls this once PGlite is ready and again when it closes.
 */
export function restrictTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isDirectory()) chmodSync(path, 0o700)
    else if (entry.isFile()) chmodSync(path, 0o600)
  }
  chmodSync(dir, 0o700)
}

/** Writes a file only its owner can read (0600), also when it already existed. */
export function writePrivateFile(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 })
  chmodSync(path, 0o600)
}
