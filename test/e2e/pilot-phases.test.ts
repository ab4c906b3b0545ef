// The pilot's phases on the project page (issue 16): the pilot manager records a partner's
// phase change and sees it on the timeline (reason on focus), ticks a checklist item, axe finds
// nothing, and the pilot report's first page reads as a council member would want it.
import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

describe.skipIf(!hasChromium)('pilot phases in Chromium', () => {
  const app = useDemoApp()

  it("records a partner's phase change, shows it on the timeline, and is WCAG 2.1 AA clean", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    const timeline = page.getByTestId('phase-timeline')
    await timeline
      .getByRole('button', { name: /^Werk & Inkomen Voorbeeldstad: Ontwerp vanaf 1 januari 2026/ })
      .waitFor()

    const form = page.getByRole('form', { name: 'Fasewisseling van een partner vastleggen' })
    await form.getByLabel('Partner').selectOption({ label: 'Werk & Inkomen Voorbeeldstad' })
    await form.getByLabel('Nieuwe fase').selectOption('experiment')
    await form.getByLabel('Datum waarop de fase ingaat').fill('2026-11-02')
    await form.getByLabel('Reden').fill('Mandaat voor gegevensdeling is rond')
    await form.getByRole('button', { name: 'Fasewisseling vastleggen' }).click()
    await form.getByRole('status').filter({ hasText: 'De fasewisseling is vastgelegd.' }).waitFor()

    const band = timeline.getByRole('button', {
      name: 'Werk & Inkomen Voorbeeldstad: Experiment vanaf 2 november 2026 — Mandaat voor gegevensdeling is rond',
    })
    await band.focus()
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toContain('Mandaat voor gegevensdeling is rond')
    await timeline.screenshot({ path: 'test-results/pilot-phases-timeline.png' })
    // the same in the table for screen readers
    const table = page.getByRole('table', { name: /Fasen per partner/ })
    expect(await table.textContent()).toContain('Mandaat voor gegevensdeling is rond')

    const startfoto = page.getByRole('checkbox', { name: /Er is een startfoto gemaakt/ })
    await startfoto.check()
    await expect
      .poll(() => page.getByText(/Er is een startfoto gemaakt.*gedaan op/).count())
      .toBe(1)

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    // the pilot report's first page: the conclusions, with the new phase among what we learned
    const href = await page
      .getByRole('link', { name: 'Pilotrapport (webpagina)' })
      .getAttribute('href')
    await page.goto(new URL(href ?? '', app.server.url).toString())
    await page.getByRole('heading', { level: 2, name: 'Conclusies' }).waitFor()
    expect(await page.locator('#conclusions').textContent()).toContain(
      'Werk & Inkomen Voorbeeldstad: Experiment',
    )
    await page.screenshot({ path: 'test-results/pilot-report-1280x720.png' })
    const report = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(report.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await context.close()
  }, 180_000)
})
