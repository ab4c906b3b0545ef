import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const WERK = 'professional.werk@voorbeeldstad.example'
const WERK_NAME = 'Professional Werk & Inkomen Voorbeeldstad'

async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle')
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  return result.violations.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.length})`)
}

describe.skipIf(!hasChromium)('a case conference of wijkteam Noord with Work & Income', () => {
  const app = useDemoApp()

  it('Work & Income brings a case in, the team records a decision and two actions, and they appear in Mijn acties', async () => {
    const team = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const facilitator = await team.newPage()
    await signIn(facilitator, app.server.url, 'facilitator.noord@voorbeeldstad.example')
    await facilitator.getByRole('link', { name: 'Casuïstiekoverleg' }).click()
    await facilitator.getByRole('heading', { level: 2, name: 'Overleg plannen' }).waitFor()
    await facilitator.getByLabel('Datum (eerste overleg)').fill('2030-01-10')
    await facilitator
      .getByRole('combobox', { name: 'Voorzitter' })
      .selectOption({ label: 'Facilitator Noord Voorbeeldstad (Wijkteams Voorbeeldstad)' })
    for (const name of [WERK_NAME, 'Facilitator Noord Voorbeeldstad'])
      await facilitator.getByRole('checkbox', { name: new RegExp(name) }).check()
    await facilitator.getByRole('button', { name: 'Plannen' }).click()
    await facilitator.getByText('1 overleg(gen) gepland.').waitFor()
    expect(await axeViolations(facilitator)).toEqual([])

    // Work & Income brings in a case it has a basis for (a share on the resident's consent).
    const werk = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const partner = await werk.newPage()
    await signIn(partner, app.server.url, WERK)
    await partner.getByRole('link', { name: 'Casuïstiekoverleg' }).click()
    await partner.getByRole('link', { name: 'donderdag 10 januari 2030' }).click()
    await partner.getByRole('heading', { level: 2, name: 'Casus inbrengen' }).waitFor()
    await partner.getByText('Voorzitter: Facilitator Noord Voorbeeldstad').waitFor()
    const choice = partner.getByRole('combobox', { name: 'Deelnemer (pseudoniem)' })
    await expect.poll(() => choice.locator('option').count()).toBeGreaterThan(1)
    // A team Noord case: Work & Income also has a basis for other teams' residents (the demo's
    // plans share them on consent), which the Noord team may not see.
    const labels = await choice.locator('option').allTextContents()
    const label = labels.find((text) => text.endsWith('(Noord)')) ?? ''
    const pseudonym = label.split(' ')[0] as string
    await choice.selectOption({ label })
    await partner
      .getByLabel('Vraag aan het overleg')
      .fill('Kan de re-integratie starten terwijl de schuldhulp loopt?')
    await partner.getByRole('button', { name: 'Inbrengen' }).click()
    await partner.getByRole('heading', { level: 3, name: `1. ${pseudonym}` }).waitFor()
    expect(await axeViolations(partner)).toEqual([])

    // The team records the discussion, a decision and two actions for Work & Income.
    await facilitator.goto(app.server.url)
    await facilitator.getByRole('link', { name: 'Casuïstiekoverleg' }).click()
    await facilitator.getByRole('link', { name: 'donderdag 10 januari 2030' }).click()
    const section = facilitator.getByRole('region', { name: `1. ${pseudonym}` })
    await section.getByLabel('Verslag van de bespreking').fill('Schulden en werk samen opgepakt.')
    await section.getByLabel('Besluiten').fill('Schuldhulp eerst, werkfit-traject parallel.')
    await section.getByRole('button', { name: 'Verslag opslaan' }).click()
    await section.getByRole('status').getByText('Opgeslagen.').waitFor()
    for (const [description, due] of [
      ['Aanmelding schuldhulpverlening doen', '2030-01-17'],
      ['Werkfit-traject aanvragen', '2030-01-24'],
    ] as const) {
      await section.getByLabel('Actie', { exact: true }).fill(description)
      await section
        .getByRole('combobox', { name: 'Eigenaar' })
        .selectOption({ label: `${WERK_NAME} (Werk & Inkomen Voorbeeldstad)` })
      await section.getByLabel('Uiterlijk').fill(due)
      await section.getByRole('button', { name: 'Toevoegen' }).click()
      await section.getByRole('cell', { name: description, exact: true }).waitFor()
    }
    expect(await axeViolations(facilitator)).toEqual([])
    await facilitator.screenshot({ path: 'test-results/case-conference.png', fullPage: true })

    // Both actions are in Work & Income's list, with the case's pseudonym.
    await partner.getByRole('link', { name: 'Mijn acties' }).click()
    const table = partner.getByRole('table', { name: 'Acties' })
    await table
      .getByRole('cell', { name: 'Werkfit-traject aanvragen', exact: true })
      .first()
      .waitFor()
    await table
      .getByRole('cell', { name: 'Aanmelding schuldhulpverlening doen', exact: true })
      .first()
      .waitFor()
    const rows = table
      .getByRole('row')
      .filter({ hasText: pseudonym })
      .filter({ hasText: '10 januari 2030' })
    expect(await rows.count()).toBe(2)
    expect(await axeViolations(partner)).toEqual([])
    await partner.screenshot({ path: 'test-results/my-actions.png', fullPage: true })

    // Done with the keyboard alone: the status select takes the arrow key, and the action leaves
    // the open list.
    const status = rows
      .filter({ hasText: 'Werkfit-traject aanvragen' })
      .getByRole('combobox', { name: 'Status van: Werkfit-traject aanvragen' })
    await status.focus()
    await partner.keyboard.press('ArrowDown')
    await expect.poll(() => rows.count()).toBe(1)
    await werk.close()
    await team.close()
  }, 120_000)
})
