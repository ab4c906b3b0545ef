import { describe, expect, it } from 'vitest'
import { hasChromium, signIn, useDemoApp } from './browser.js'

const PRICE_LIST_CHUNK = /\/assets\/price-list-page-[\w-]+\.js$/

describe.skipIf(!hasChromium)('pages as chunks of their own', () => {
  const app = useDemoApp()

  it('loads a page only when it opens, compressed, and offers a reload when it cannot load', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    expect(requested.filter((path) => PRICE_LIST_CHUNK.test(path))).toEqual([])

    // The chunk is unreachable, as after a deploy removed it: the page says so, not a blank.
    await page.route(PRICE_LIST_CHUNK, (route) => route.abort())
    await page.getByRole('link', { name: 'Prijslijst' }).click()
    await page.getByRole('alert').filter({ hasText: 'kon niet worden geladen' }).waitFor()

    await page.unroute(PRICE_LIST_CHUNK)
    const chunk = page.waitForResponse((response) => PRICE_LIST_CHUNK.test(response.url()))
    await page.getByRole('button', { name: 'Opnieuw laden' }).click()
    const response = await chunk
    expect(response.status()).toBe(200)
    expect(['br', 'gzip']).toContain(response.headers()['content-encoding'])
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    await page.getByRole('heading', { level: 1, name: 'Sociale prijslijst' }).waitFor()
    await context.close()
  }, 60_000)
})
