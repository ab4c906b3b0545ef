import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

/** The four contacts of the walk: digit of the kind in the dialog, and its Dutch name. */
const CONTACTS = [
  { key: '4', kind: 'Telefoon', id: 'phone' },
  { key: '6', kind: 'Toevallige ontmoeting', id: 'chance-meeting' },
  { key: '7', kind: 'Kort bericht', id: 'quick-message' },
  { key: '2', kind: 'Huisbezoek', id: 'home-visit' },
] as const

/** A machine shared by many test runs can be slow; no figure here is asserted. */
const WALK_MS = 120_000

describe.skipIf(!hasChromium)('time registration on a phone, by keyboard', () => {
  const app = useDemoApp()

  it(
    'records four contacts (two informal) with three keystrokes each and prints the seconds per entry',
    async () => {
      const context = await app.browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      })
      const page = await context.newPage()
      await signIn(page, app.server.url, 'professional.noord@voorbeeldstad.example')
      const status = page.getByRole('status').filter({ hasText: /Opgeslagen|verstuurd|Offline/ })
      // WCAG 2.1 AA on the open dialog, before the timed entries
      await page.keyboard.press('Alt+t')
      await page
        .getByRole('dialog', { name: 'Contact registreren' })
        .getByLabel('Casus', { exact: true })
        .waitFor()
      const dialogAxe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(
        dialogAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([])
      await page.screenshot({ path: 'test-results/time-dialog-phone.png' })
      // The files share one server: when another has added a project, choose the demo pilot
      // once (the dialog remembers it), as a professional in two projects would.
      const projectField = page.getByRole('dialog').getByLabel('Project', { exact: true })
      if ((await projectField.count()) > 0)
        await projectField.selectOption({ label: 'Wijkteam + Werk & Inkomen' })
      await page.keyboard.press('Escape')
      await page.getByRole('dialog').waitFor({ state: 'detached' })
      const seconds: number[] = []
      for (const contact of CONTACTS) {
        const started = performance.now()
        await page.keyboard.press('Alt+t')
        const dialog = page.getByRole('dialog', { name: 'Contact registreren' })
        // the dialog opens on the most recent case, with the focus on it
        await expect
          .poll(() =>
            dialog
              .getByLabel('Casus', { exact: true })
              .evaluate((el) => el === el.ownerDocument.activeElement),
          )
          .toBe(true)
        await page.keyboard.press(contact.key)
        await page.keyboard.press('Enter')
        await status.filter({ hasText: `Opgeslagen: ${contact.kind}` }).waitFor()
        seconds.push((performance.now() - started) / 1000)
      }
      console.log(
        `time registration, phone 390×844, keyboard: ${seconds.map((s) => s.toFixed(2)).join(' s, ')} s per entry; mean ${(seconds.reduce((a, b) => a + b, 0) / seconds.length).toFixed(2)} s`,
      )

      // The week view shows them, and a correction goes through the same queue.
      await page.getByRole('link', { name: 'Tijd' }).click()
      await page.getByRole('heading', { level: 1, name: 'Mijn week' }).waitFor()
      const kinds = page.getByRole('table').getByRole('combobox', { name: /^Soort contact met/ })
      await expect
        .poll(async () =>
          (await Promise.all((await kinds.all()).map((k) => k.inputValue()))).sort(),
        )
        .toEqual(expect.arrayContaining(CONTACTS.map((c) => c.id)))
      await page.screenshot({ path: 'test-results/time-week-phone.png', fullPage: true })
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
      await context.close()
    },
    WALK_MS,
  )

  it(
    'lets the pilot manager record a spend with its approval, take hours and spends into the MKBA, and see the capacity chart',
    async () => {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
      await page.getByRole('link', { name: 'Wijkteam + Werk & Inkomen' }).first().click()
      await page.getByRole('link', { name: 'Ontschot budget' }).click()
      const form = page.getByRole('form', { name: 'Uitgave vastleggen' })
      await form.getByLabel('Bedrag (euro)').fill('1.250')
      await form.getByLabel('Reden (waarvoor)').fill('Borg voor een kamer')
      await form.getByLabel('Doel van de inwoner').fill('Zelfstandig wonen')
      await form.getByLabel('Vervangt of voorkomt voorziening uit').selectOption('wmo')
      await form.getByRole('button', { name: 'Uitgave vastleggen' }).click()
      await form.getByText(/kolom body.approverId: boven de fiatteringsgrens/).waitFor()
      await form.getByLabel('Gefiatteerd door').selectOption({ label: 'Controller Voorbeeldstad' })
      await form.getByRole('button', { name: 'Uitgave vastleggen' }).click()
      const ledger = page.getByRole('table', { name: /Grootboek/ })
      await expect.poll(() => ledger.textContent()).toContain('Borg voor een kamer')
      expect(await ledger.textContent()).toContain('gefiatteerd door Controller Voorbeeldstad')
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
      await page.screenshot({ path: 'test-results/budget-ledger.png', fullPage: true })

      await page.getByRole('link', { name: 'Terug naar het project' }).click()
      await page.getByRole('link', { name: 'Capaciteitsmonitor' }).click()
      await page.getByRole('img', { name: /Open casussen per fte/ }).waitFor()
      await page
        .getByText(/Wijkteams Voorbeeldstad · Noord: .* casussen per fte, boven de grens/)
        .waitFor()
      await page.screenshot({ path: 'test-results/capacity-monitor.png', fullPage: true })

      await page.getByRole('link', { name: 'Terug naar het project' }).click()
      await page.getByRole('link', { name: /MKBA/ }).first().click()
      await page.getByText('Uit de tijdregistratie en het budget').click()
      const add = page.getByRole('button', { name: /Uren Wijkteams Voorbeeldstad/ }).first()
      await add.click()
      await page.getByRole('button', { name: /Ontschot budget, Wmo/ }).click()
      await expect.poll(() => add.isDisabled()).toBe(true)
      await context.close()
    },
    WALK_MS,
  )

  it(
    "lets the administrator keep a professional's contract hours, the capacity monitor's FTE",
    async () => {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await signIn(page, app.server.url, 'beheerder@voorbeeldstad.example')
      await page.getByRole('link', { name: 'Gebruikers' }).click()
      await page
        .getByLabel('Medewerker', { exact: true })
        .selectOption({ label: 'Professional Noord Voorbeeldstad' })
      const contracts = page.getByRole('form', { name: 'Contracten' })
      await contracts.getByLabel('Uren per week').fill('32')
      await contracts.getByRole('button', { name: 'Contracten opslaan' }).click()
      await contracts.getByText('Opgeslagen.').waitFor()
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
      await context.close()
    },
    WALK_MS,
  )
})
