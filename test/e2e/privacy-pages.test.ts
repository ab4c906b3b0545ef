import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/** Where the walk-through screenshots go when set (PRIVACY_SCREENSHOTS=dir). */
const SHOTS = process.env.PRIVACY_SCREENSHOTS

describe.skipIf(!hasChromium)("the privacy officer's pages in Chromium", () => {
  const app = useDemoApp()

  it('requests with deadlines, retention and a resident’s package have no WCAG 2.1 AA violations', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'privacy@voorbeeldstad.example')
    await page.getByRole('link', { name: 'Privacy' }).click()
    await page.getByRole('heading', { name: 'Privacy: verzoeken en bewaartermijnen' }).waitFor()
    await page.locator('td a').first().waitFor()
    await expect
      .poll(() => page.locator('table').first().textContent())
      .toMatch(/nog \d+ dagen|dagen te laat/)
    await page.getByText('Dossier Jeugdwet').waitFor()
    const desk = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(desk.violations.map((v) => `/privacy ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual(
      [],
    )
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/privacy-desk.png`, fullPage: true })

    await page.locator('td a').first().click()
    await page.getByRole('heading', { name: 'Inzageoverzicht', exact: true }).waitFor()
    await page.getByRole('heading', { name: 'Uw gegevens', exact: true }).waitFor()
    // an objection, then the warning that research leaves the resident out
    await page.getByLabel('Reden').fill('Bezwaar tegen onderzoek')
    await page.getByRole('button', { name: 'Bezwaar vastleggen' }).click()
    await page.getByText('Voor deze inwoner geldt een beperking of bezwaar').waitFor()
    await page.waitForLoadState('networkidle')
    const resident = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(
      resident.violations.map((v) => `resident ${v.id}: ${v.help} (${v.nodes.length})`),
    ).toEqual([])
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/privacy-resident.png`, fullPage: true })
    await page.getByRole('button', { name: 'Beperking of bezwaar opheffen' }).click()
    await expect
      .poll(() => page.getByText('Voor deze inwoner geldt een beperking of bezwaar').count())
      .toBe(0)

    // "Who viewed this file" is one click away, in words and local time, and can be narrowed.
    await page.getByRole('link', { name: /Wie bekeek dit dossier/ }).click()
    await page.getByRole('heading', { name: 'Logboek', level: 1 }).waitFor()
    const log = page.getByRole('table', { name: /regel/ })
    await expect.poll(() => log.textContent()).toContain('stelde het inzageoverzicht op van P-')
    await expect.poll(() => log.textContent()).toContain('beperkte het gebruik van de gegevens van')
    await page
      .getByLabel('Medewerker')
      .selectOption({ label: 'Privacyfunctionaris Voorbeeldstad (privacyfunctionaris)' })
    await page.getByLabel('Vanaf (datum)').fill('2000-01-01')
    await page.getByLabel('Tot en met (datum)').fill('2000-01-02')
    await expect.poll(() => log.locator('tbody tr').count()).toBe(0)
    // a period that ends before it starts is refused with the reason, not an empty table
    await page.getByLabel('Vanaf (datum)').fill('2000-01-03')
    await page
      .getByText(/de einddatum ligt voor de begindatum/)
      .first()
      .waitFor()
    await page.getByLabel('Vanaf (datum)').fill('2000-01-01')
    const audit = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(audit.violations.map((v) => `audit ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/audit-log.png`, fullPage: true })
    await context.close()
  }, 180_000)
})
