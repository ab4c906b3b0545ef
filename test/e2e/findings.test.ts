// The findings page (issue 16): a pilot manager codes two findings and sees the theme counts
// change; axe finds nothing at 1280×720, and the page is kept as a screenshot for the docs.
import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

describe.skipIf(!hasChromium)('findings page in Chromium', () => {
  const app = useDemoApp()

  it('codes two findings, counts them per theme, and is WCAG 2.1 AA clean', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: /Bevindingen, thema's en lessen/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Bevindingen en citaten' }).waitFor()
    const table = page.getByRole('table', { name: /Hoe vaak elk thema voorkomt/ })
    const countOf = async (theme: string) =>
      Number(
        await table
          .getByRole('row', { name: new RegExp(`^${theme} `) })
          .locator('td')
          .nth(1)
          .textContent(),
      )
    await table.waitFor()
    const trust = await countOf('Vertrouwen')
    const time = await countOf('Tijd')
    const entry = page.locator('form', {
      has: page.getByRole('heading', { name: 'Nieuwe bevinding' }),
    })
    const code = async (text: string, themes: string[]) => {
      await entry.getByLabel('Bevinding of citaat').fill(text)
      for (const theme of themes) await entry.getByLabel(theme, { exact: true }).check()
      await entry.getByRole('button', { name: 'Bevinding opslaan' }).click()
      await entry.getByRole('status').filter({ hasText: 'Bevinding opgeslagen.' }).waitFor()
    }
    await code('Partners plannen het casusoverleg nu samen, een maand vooruit.', [
      'Vertrouwen',
      'Tijd',
    ])
    await expect.poll(() => countOf('Vertrouwen')).toBe(trust + 1)
    await code('De wijkcoach weet nu wie bij Werk & Inkomen te bellen.', ['Vertrouwen'])
    await expect.poll(() => countOf('Vertrouwen')).toBe(trust + 2)
    expect(await countOf('Tijd')).toBe(time + 1)
    await page.locator('#findings-overview').evaluate((heading) => heading.scrollIntoView())
    await page.screenshot({ path: 'docs/screenshots/findings-1280x720.png' })
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await context.close()
  }, 180_000)
})
