import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { setDemoAccounts } from './browser.js'

/**
 * The demo server and Chromium that global-setup.ts started for the whole run, for one describe
 * block: this file's own connection to the browser is opened before its tests and closed after.
 */
export function useDemoApp(): {
  readonly server: { readonly url: string }
  readonly browser: Browser
} {
  const app = {} as { server: { url: string }; browser: Browser }
  beforeAll(async () => {
    app.server = { url: inject('e2eServerUrl') }
    setDemoAccounts(inject('e2eDemoAccounts'))
    app.browser = await chromium.connect(inject('chromiumWsEndpoint'))
  }, 60_000)
  afterAll(async () => {
    await app.browser?.close()
  })
  return app
}
