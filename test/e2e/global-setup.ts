import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import type { DemoAccount } from '../../src/db/index.js'
import { CHROMIUM_ARGS, chromiumPath } from '../../src/report/index.js'
import { buildWebIfStale, startDemoServer } from './browser.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one demo server all browser test files share (empty without Chromium). */
    readonly e2eServerUrl: string
    /** Where the one shared Chromium listens for Playwright clients (empty without Chromium). */
    readonly chromiumWsEndpoint: string
    /** That server's demo accounts with their (random) passwords and TOTP secrets. */
    readonly e2eDemoAccounts: readonly DemoAccount[]
  }
}

/**
 * Once per run of the e2e project: build the web app if stale, start the demo server (its log in
 * test-results/e2e-server.log) and one Chromium; every browser test file connects to both
 * (demo-app.ts) instead of booting its own. The files run side by side, so their tests open
 * fresh contexts and do not rely on data another file writes.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath()
  if (executablePath === undefined) {
    project.provide('e2eServerUrl', '')
    project.provide('chromiumWsEndpoint', '')
    project.provide('e2eDemoAccounts', [])
    return async () => {}
  }
  // As the test workers run (vitest.config.ts env): the server formats dates in UTC there too.
  process.env.TZ = 'UTC'
  await buildWebIfStale()
  const server = await startDemoServer()
  const browser = await chromium.launchServer({ executablePath, args: [...CHROMIUM_ARGS] })
  project.provide('e2eServerUrl', server.url)
  project.provide('chromiumWsEndpoint', browser.wsEndpoint())
  project.provide('e2eDemoAccounts', server.demoAccounts)
  return async () => {
    await browser.close()
    await server.close()
  }
}
