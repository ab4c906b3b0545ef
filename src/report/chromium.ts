import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/**
 * Debian's Chromium (package `chromium`), or CHROMIUM_PATH. Playwright's own browser
 * downloads cannot run here, so we always drive a system Chromium.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((path): path is string => path !== undefined && existsSync(path))
}

/** Flags that keep a headless Chromium off the network and quiet on a closed machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (executablePath === undefined) {
    throw new Error(
      'Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH (needed for PDF output and browser tests).',
    )
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
}
