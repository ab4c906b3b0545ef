// The pilot design page (issue 13, before the pilot): reached from the project, the sentence
// follows the inputs (Dutch decimals), the pilot manager saves it, and axe finds nothing.
import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

describe.skipIf(!hasChromium)('pilot design page in Chromium', () => {
  const app = useDemoApp()

  it('answers in one sentence, follows a Dutch decimal, saves, and is WCAG 2.1 AA clean', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: /Pilotontwerp/ }).click()
    const sentence = page.getByTestId('pilot-design-sentence')
    await expect
      .poll(() => sentence.textContent())
      .toBe(
        'Met 150 mensen per groep en 18 maanden kan deze pilot geen verschil kleiner dan 15,6 procentpunt aantonen.',
      )
    await page.getByLabel('Uitstroom in de vergelijkingsgroep binnen de looptijd (%)').fill('17,5')
    await page.getByLabel('Mensen in de pilotgroep').click()
    await expect.poll(() => sentence.textContent()).not.toContain('15,6')
    await page.getByRole('button', { name: 'Ontwerp opslaan' }).click()
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor()
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await context.close()
  }, 120_000)
})
