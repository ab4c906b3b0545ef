import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

describe.skipIf(!hasChromium)('the price-list page', () => {
  const app = useDemoApp()

  it('searches, filters by domain and category, pages, and wraps its sources', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.goto(`${app.server.url}/price-list`)
    const table = page.locator('table')
    const rows = table.locator('tbody tr')
    await page.getByRole('heading', { level: 1, name: 'Sociale prijslijst' }).waitFor()

    // Paging: 25 rows a page, the page number announced, Next and Previous.
    await expect.poll(() => rows.count()).toBe(25)
    const status = page.getByText(/^Pagina 1 van \d+$/)
    await status.waitFor()
    await page.getByRole('button', { name: 'Volgende pagina' }).click()
    await page.getByText(/^Pagina 2 van \d+$/).waitFor()
    expect(await page.getByRole('button', { name: 'Vorige pagina' }).isEnabled()).toBe(true)

    // A domain, then one of its categories (the select offers only that domain's).
    await page.getByLabel('Domein', { exact: true }).selectOption({ label: 'Jeugdwet' })
    await expect
      .poll(async () => [
        ...new Set(await table.locator('tbody tr td:nth-child(3)').allTextContents()),
      ])
      .toEqual(['Jeugdwet'])
    await page.getByLabel('Categorie', { exact: true }).selectOption('Pleegzorg')
    await expect
      .poll(() => table.locator('tbody tr td:nth-child(2)').allTextContents())
      .toContain('Pleegvergoeding per dag, pleegkind 0 tot en met 8 jaar')

    // Search over everything again, in the source too.
    await page.getByLabel('Domein', { exact: true }).selectOption('')
    await page.getByRole('searchbox', { name: /Zoek op code/ }).fill('eropaf')
    await expect.poll(() => rows.count()).toBe(1)
    await page.getByRole('cell', { name: 'WONEN-HUISUITZETTING' }).waitFor()
    const source = table.locator('.ew-source').first()
    expect(await source.getByRole('link').textContent()).toMatch(/^Stichting Eropaf!/)
    // The long source wraps inside its column rather than widening the table past the page.
    const box = await source.boundingBox()
    expect(box?.width ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(18 * 16)
    expect(box?.height ?? 0).toBeGreaterThan(40)

    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    // Nothing of the table is cut off at 1280 px: it fits its container without scrolling.
    await page.getByRole('searchbox', { name: /Zoek op code/ }).fill('')
    const container = page.locator('.ew-table-container')
    const overflow = await container.evaluate((c) => c.scrollWidth - c.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await context.close()
  }, 90_000)
})
