import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const csv = (lines: readonly string[]) => ({
  name: 'deelnemers.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
})

describe.skipIf(!hasChromium)('a project made in the app', () => {
  const app = useDemoApp()

  it('creates a project, imports three participants from a CSV and lists them', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')

    await page.getByRole('button', { name: 'Nieuw project' }).click()
    const form = page.getByRole('form', { name: 'Nieuw project' })
    await form.getByLabel('Naam').fill('Schuldhulp in de wijk')
    await form.getByLabel('Startdatum').fill('2026-09-01')
    await form.getByLabel('Einddatum').fill('2027-08-31')
    await form.getByLabel('Doelgroep').fill('Huishoudens met beginnende betalingsachterstanden')
    await form.getByLabel('Veranderingstheorie').fill('Vroeg erop af voorkomt schulden.')
    await form.getByRole('checkbox', { name: /Werk & Inkomen/ }).check()
    await form.getByRole('button', { name: 'Project aanmaken' }).click()
    await page.getByRole('heading', { level: 1, name: 'Schuldhulp in de wijk' }).waitFor()
    await expect
      .poll(() => page.getByTestId('phase-history').textContent())
      .toMatch(/2026-09-01 · Ontwerp · start van het project/)

    await page.getByRole('button', { name: 'Deelnemers importeren' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deelnemers importeren uit CSV of Excel' })
    const file = dialog.getByLabel('Bestand (CSV of XLSX)')
    // One bad row: nothing is imported, and the row and column are named.
    await file.setInputFiles(
      csv([
        'startdatum;team;trede',
        '01-10-2026;Noord;2',
        '2026-13-01;Zuid;9',
        '2026-10-03;Noord;',
      ]),
    )
    await dialog.getByRole('button', { name: 'Importeren' }).click()
    const issues = dialog.getByTestId('import-issues')
    await expect.poll(() => issues.textContent()).toMatch(/rij 3, kolom start_date/)
    expect(await issues.textContent()).toMatch(/rij 3, kolom ladder_rung/)
    await page.getByText('Er zijn nog geen deelnemers ingeschreven.').waitFor()

    await file.setInputFiles(
      csv([
        'startdatum;team;trede',
        '01-10-2026;Noord;2',
        '02-10-2026;Zuid;3',
        '2026-10-03;Noord;',
      ]),
    )
    await dialog.getByRole('button', { name: 'Importeren' }).click()
    await dialog.getByText('3 deelnemers ingeschreven.').waitFor()
    const table = page.getByRole('table', { name: '3 inschrijvingen' })
    await table.waitFor()
    const rows = table.getByRole('row').filter({ hasText: /P-[0-9A-Z]{8}/ })
    expect(await rows.count()).toBe(3)
    expect(await table.textContent()).toMatch(/2026-10-02/)
    await page.screenshot({ path: 'test-results/project-made-in-the-app.png', fullPage: true })

    // The forms on the page (edit, enrol, end) carry labels and pass WCAG 2.1 AA.
    await page.getByRole('button', { name: 'Project bewerken' }).click()
    await page.getByRole('button', { name: 'Deelnemer inschrijven' }).click()
    await page
      .getByRole('button', { name: /^Inschrijving beëindigen: / })
      .first()
      .click()
    await page
      .getByRole('combobox', { name: 'Fase van de samenwerking' })
      .selectOption('experiment')
    await page.getByLabel('Reden van de faseovergang').waitFor()
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])

    // An existing participant enrolled with the form, and an enrolment ended with its reason.
    const enrol = page.getByRole('form', { name: 'Deelnemer inschrijven' })
    await enrol.getByLabel('Startdatum').fill('2026-10-05')
    await enrol.getByRole('combobox', { name: 'Deelnemer' }).selectOption({ index: 1 })
    await enrol.getByRole('button', { name: 'Deelnemer inschrijven' }).click()
    await page.getByRole('table', { name: '4 inschrijvingen' }).waitFor()
    const end = page.getByRole('form', { name: /^Inschrijving van P-\w+ beëindigen$/ })
    await end.getByLabel('Einddatum').fill('2026-12-01')
    await end.getByLabel('Reden').fill('Verhuisd')
    await end.getByRole('button', { name: 'Beëindigen' }).click()
    await page.getByRole('cell', { name: '2026-12-01: Verhuisd' }).waitFor()
    await context.close()
  }, 90_000)
})
