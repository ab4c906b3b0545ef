import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, keyToChange, MKBA_KEYS, mkbaSettled, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Each demo role and the pages it can reach (navigation and one detail page). */
const ROLES = [
  {
    email: 'beheerder@voorbeeldstad.example',
    pages: ['/', '/admin/organisations', '/admin/users', '/admin/audit'],
  },
  {
    email: 'pilotleider@voorbeeldstad.example',
    pages: [
      '/',
      '/participants',
      'first-project',
      'first-participant',
      'first-conversations',
      '/price-list',
      '/case-conferences',
    ],
  },
  {
    email: 'controller@voorbeeldstad.example',
    pages: ['/', 'first-conversations', 'first-conversation'],
  },
  {
    email: 'onderzoeker@voorbeeldstad.example',
    pages: [
      '/',
      '/participants',
      'first-project',
      'first-mkba',
      'first-conversations',
      '/case-conferences',
    ],
  },
  {
    email: 'professional.noord@voorbeeldstad.example',
    pages: [
      '/',
      '/participants',
      'first-participant',
      '/case-conferences',
      'first-conference',
      '/my-actions',
    ],
  },
  { email: 'facilitator.zuid@voorbeeldstad.example', pages: ['/', '/participants'] },
] as const

describe.skipIf(!hasChromium)('web app in Chromium', () => {
  const app = useDemoApp()

  it('the sign-in page has no WCAG 2.1 AA violations', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.goto(app.server.url)
    await page.locator('h1').waitFor()
    const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await context.close()
  })

  for (const role of ROLES) {
    it(`every page ${role.email} reaches has no WCAG 2.1 AA violations`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await signIn(page, app.server.url, role.email)
      for (const target of role.pages) {
        if (target === 'first-project') {
          await page.goto(app.server.url)
          await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
        } else if (target === 'first-mkba') {
          await page.goto(app.server.url)
          await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
          await page.getByRole('link', { name: /MKBA/ }).click()
          await page.getByText('Elke geïnvesteerde euro levert').waitFor()
        } else if (target === 'first-conversations' || target === 'first-conversation') {
          await page.goto(app.server.url)
          await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
          await page.getByRole('link', { name: 'Tafelgesprekken en business case' }).click()
          await page
            .getByTestId('project-headline')
            .or(page.locator('td a').first())
            .first()
            .waitFor()
          if (target === 'first-conversation') {
            await page.locator('td a').first().click()
            await page.locator('.ew-tl-card').first().waitFor()
          }
        } else if (target === 'first-conference') {
          await page.goto(`${app.server.url}/case-conferences`)
          await page.locator('td a').first().click()
          await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor()
        } else if (target === 'first-participant') {
          await page.goto(`${app.server.url}/participants`)
          await page.locator('td a').first().click()
        } else await page.goto(`${app.server.url}${target}`)
        await page.locator('h1').first().waitFor()
        await page.waitForLoadState('networkidle')
        const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
        expect(
          result.violations.map((v) => `${target} ${v.id}: ${v.help} (${v.nodes.length})`),
        ).toEqual([])
      }
      await context.close()
    }, 120_000)
  }

  it('switches to English, and the choice survives a reload', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await expect.poll(() => page.locator('nav').textContent()).toContain('Projecten')
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('nav').textContent()).toContain('Projects')
    await page.reload()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await context.close()
  }, 60_000)

  it('a professional reaches the participant list with the keyboard only, and signs out', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await signIn(page, app.server.url, 'professional.noord@voorbeeldstad.example')
    // Skip link first, then the brand, language, sign-out, and the navigation.
    await page.keyboard.press('Tab')
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement?.textContent ?? null'))
      .toBe('Naar de inhoud')
    const focused: string[] = []
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab')
      focused.push(
        (await page.evaluate<string | null>('document.activeElement?.textContent ?? null')) ?? '',
      )
      if (focused.at(-1) === 'Deelnemers') break
    }
    expect(focused).toContain('Deelnemers')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Deelnemers' }).waitFor()
    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor()
    await context.close()
  }, 60_000)

  it('the MKBA builder recomputes as you type and keeps what was saved', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: /MKBA/ }).click()
    const headline = page.locator('.ew-headline')
    // The demo model reproduces Almere: 14 cents per euro, 4 in money.
    await expect.poll(() => headline.textContent()).toMatch(/levert €\s0,14 op; €\s0,04 in geld/)
    const wellbeing = page.getByRole('group', { name: /Welbevinden/ })
    const reportLink = page.getByRole('link', { name: 'afdrukbare webpagina' })
    await reportLink.waitFor()
    await wellbeing.getByLabel('Aantal per jaar').fill('48')
    await expect.poll(() => headline.textContent()).toMatch(/levert €\s0,27 op; €\s0,04 in geld/)
    // The report shows the saved model, so its links wait for the save.
    await page.getByText('Sla het model op voor het rapport').waitFor()
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByText('Opgeslagen.').waitFor()
    await page.reload()
    await expect.poll(() => headline.textContent()).toMatch(/levert €\s0,27 op; €\s0,04 in geld/)
    // How sure the answer is: the live Monte Carlo, with the chance of breaking even.
    await page.getByText(/^In 10\.000 trekkingen overtreffen de baten de kosten in \d+%/).waitFor()
    expect(await page.locator('.ew-results svg[role="img"]').count()).toBe(4)
    const report = await page.request.get(
      `${app.server.url}${await reportLink.getAttribute('href')}`,
    )
    expect(report.status()).toBe(200)
    expect(await report.text()).toMatch(/levert <strong>€\s0,27<\/strong> op/)

    // Each keystroke changes the figures, charts and tables (bench/web/keystroke.bench.ts
    // measures how soon).
    const field = wellbeing.getByLabel('Aantal per jaar')
    await field.focus()
    await page.keyboard.press('End')
    for (const [i, key] of MKBA_KEYS.entries()) {
      // The Monte Carlo of the previous keystroke first, so that its answer is not taken for this one's.
      await mkbaSettled(page)
      expect(await keyToChange(page, key, '.ew-figures'), `keystroke ${i} (${key})`).not.toBeNull()
    }
    expect(await field.inputValue()).toBe('48')

    // A number made uncertain in the builder joins the sensitivity analysis, with a range
    // around its value to start from, and the other numbers keep their distributions.
    const tornadoRows = page
      .getByRole('table', { name: /^Gevoeligheid/, includeHidden: true })
      .locator('tbody tr')
    const bars = await tornadoRows.count()
    await wellbeing.getByLabel('aantal', { exact: true }).selectOption('uniform')
    // In Dutch, as every number field shows it (it read "38.4" in the Dutch UI).
    expect(await wellbeing.getByLabel('aantal: laag').inputValue()).toBe('38,4')
    expect(await wellbeing.getByLabel('aantal: hoog').inputValue()).toBe('57,6')
    await expect.poll(() => tornadoRows.count()).toBe(bars + 1)
    // The range moves with the number it is around: doubled, it is doubled too (the Monte
    // Carlo drew around the old number after an edit).
    await field.fill('96')
    await expect.poll(() => wellbeing.getByLabel('aantal: laag').inputValue()).toBe('76,8')
    expect(await wellbeing.getByLabel('aantal: hoog').inputValue()).toBe('115,2')
    expect(await wellbeing.getByLabel('waarde per eenheid', { exact: true }).inputValue()).not.toBe(
      '',
    )
    await context.close()
  }, 60_000)

  it('the MKBA builder keeps versions, warns before unsaved changes are lost, and lets a researcher read only', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: /MKBA/ }).click()
    const headline = page.locator('.ew-headline')
    await expect.poll(() => headline.textContent()).toMatch(/levert €\s\d+,\d\d op/)
    const versions = page.getByRole('table', { name: /Opgeslagen versies/ }).locator('tbody tr')
    await expect.poll(() => versions.count()).toBeGreaterThan(0)
    const before = await versions.count()
    // An edit, not saved: leaving through a link asks first, and staying keeps the edit.
    const field = page.getByRole('group', { name: /Welbevinden/ }).getByLabel('Aantal per jaar')
    const old = await field.inputValue()
    await field.fill('4,5')
    await page.getByTestId('mkba-unsaved').waitFor()
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await page.getByRole('link', { name: /Terug/ }).first().click()
    await expect
      .poll(() => asked)
      .toEqual(['Het MKBA-model heeft wijzigingen die nog niet zijn opgeslagen. Toch weggaan?'])
    expect(await field.inputValue()).toBe('4,5')
    // A number the field cannot read keeps 4,5 behind it: Save refuses, names the field and
    // goes back to it, and no version is made of a number other than the one on screen.
    await field.fill('4,5x')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByText(/^Niet opgeslagen: Aantal per jaar bevat een getal/).waitFor()
    expect(await page.evaluate<string | null>('document.activeElement?.id ?? null')).toBe(
      await field.getAttribute('id'),
    )
    expect(await versions.count()).toBe(before)
    await field.fill('4,5')
    await expect.poll(() => page.getByText(/^Niet opgeslagen: /).count()).toBe(0)
    // Saving makes a new version; the comparison with the one before names the change.
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByText('Opgeslagen.').waitFor()
    await expect.poll(() => versions.count()).toBe(before + 1)
    const changes = page.getByRole('table', { name: /Wat er veranderde sinds versie/ })
    await expect.poll(() => changes.textContent()).toContain('quantity')
    // In Dutch notation, as the field shows it (JSON's "4.5" read as a thousand separator).
    expect(await changes.textContent()).toContain('4,5')
    // Restore the version before: saved as the newest, the old number back on screen.
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: /herstellen$/ }).click()
    await expect.poll(() => versions.count()).toBe(before + 2)
    await expect.poll(() => field.inputValue()).toBe(old)
    await context.close()

    const researcher = await app.browser.newContext()
    const view = await researcher.newPage()
    await signIn(view, app.server.url, 'onderzoeker@voorbeeldstad.example')
    await view.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await view.getByRole('link', { name: /MKBA/ }).click()
    await view.getByText('opslaan doet de projectleider').waitFor()
    expect(await view.getByRole('button', { name: 'Opslaan' }).count()).toBe(0)
    expect(await view.getByRole('button', { name: /herstellen$/ }).count()).toBe(0)
    await researcher.close()
  }, 60_000)

  it('the MKBA builder takes items from the price list, the table conversations and an effect analysis', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: /MKBA/ }).click()
    const headline = page.locator('.ew-headline')
    // The model as saved (an earlier test in this file changes and saves it).
    await expect.poll(() => headline.textContent()).toMatch(/levert €\s\d+,\d\d op/)
    const start = await headline.textContent()
    const items = page.locator('fieldset.ew-item')
    const before = await items.count()

    await page.getByText('Uit de prijslijst').click()
    await page.getByLabel('Zoek in de prijslijst').fill('spoedeisende')
    await page
      .getByRole('button', { name: /^Voeg Spoedeisende hulp/ })
      .first()
      .click()
    await expect.poll(() => items.count()).toBe(before + 1)
    // One emergency visit a year is lost in the totals; 2,000 a year are not.
    await items.last().getByLabel('Aantal per jaar').fill('2000')
    await expect.poll(() => headline.textContent()).not.toBe(start)
    const afterPrice = await headline.textContent()

    await page.getByText('Uit de tafelgesprekken').click()
    await page.getByRole('button', { name: 'Toevoegen' }).first().click()
    await expect.poll(() => items.count()).toBe(before + 2)
    await expect.poll(() => headline.textContent()).not.toBe(afterPrice)

    await page.getByText('Uit een effectanalyse').click()
    await page
      .getByLabel('results.json van de effectanalyse')
      .setInputFiles('examples/mkba/work-from-effect/analyse-results.json')
    await page.getByLabel('Vermenigvuldig met').fill('500')
    await page.getByRole('button', { name: 'Voeg work toe' }).click()
    await expect.poll(() => items.count()).toBe(before + 3)
    expect(await items.last().getByLabel('Aantal per jaar').inputValue()).toBe('65')

    const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    await context.close()
  }, 60_000)

  it('a pilot manager imports a price list with a wrong row and sees the row and column, and nothing changes', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.goto(`${app.server.url}/price-list`)
    await page.getByText('versie 2026.1').waitFor()
    const exported = await page.evaluate(async () =>
      (await fetch('/api/v1/price-list/export')).text(),
    )
    const lines = exported.split('\r\n')
    lines[2] = (lines[2] as string).replace(',health-insurance,', ',zorg,')
    await page.getByLabel('Bestand (CSV of xlsx)').setInputFiles({
      name: 'prijslijst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n')),
    })
    await page.getByLabel('Versienummer').fill('2026.5')
    await page.getByRole('button', { name: 'Importeren' }).click()
    expect(await page.getByTestId('import-issues').textContent({ timeout: 10_000 })).toMatch(
      /^rij 3, kolom domain: Onbekend domein 'zorg'/,
    )
    await page.reload()
    await page.getByText('versie 2026.1').waitFor()
    const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await context.close()
  }, 60_000)
})
