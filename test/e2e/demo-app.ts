import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { StartedServer } from '../../src/server/start.js'
import { buildWebIfStale, openBrowser, startDemoServer } from './browser.js'

/** The demo server and Chromium for one describe block: started before its tests, stopped after. */
export function useDemoApp(): { readonly server: StartedServer; readonly browser: Browser } {
  const app = {} as { server: StartedServer; browser: Browser }
  beforeAll(async () => {
    await buildWebIfStale()
    app.server = await startDemoServer()
    app.browser = await openBrowser()
  }, 180_000)
  afterAll(async () => {
    await app.browser?.close()
    await app.server?.close()
  })
  return app
}
