import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addMonths, todayInAmsterdam } from '../../src/domain/index.js'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.length}`)
}

/** A team-Noord participant of the pilot, still enrolled and without a plan (through the API, as the page would). */
async function participantWithoutPlan(page: Page): Promise<{ id: string; pseudonym: string }> {
  return page.evaluate(async () => {
    const get = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>
    const { projects } = await get<{ projects: { id: string; name: string }[] }>('/api/v1/projects')
    const project = projects.find((p) => p.name === 'Wijkteam + Werk & Inkomen')
    const { enrolments } = await get<{
      enrolments: {
        participantId: string
        pseudonym: string
        team: string
        endDate: string | null
      }[]
    }>(`/api/v1/projects/${project?.id}/enrolments`)
    for (const e of enrolments.reverse()) {
      if (e.endDate !== null || e.team !== 'Noord') continue
      const plan = await get<{ version: number }>(`/api/v1/participants/${e.participantId}/plan`)
      const { followUps } = await get<{ followUps: unknown[] }>(
        `/api/v1/participants/${e.participantId}/follow-ups`,
      )
      if (plan.version === 0 && followUps.length === 0)
        return { id: e.participantId, pseudonym: e.pseudonym }
    }
    throw new Error('no Noord participant without a plan')
  })
}

describe.skipIf(!hasChromium)('one plan with the resident and follow-up after outflow', () => {
  const app = useDemoApp()

  it('a professional writes the resident’s own goal, records consent for one partner and withdraws it for another, ends the enrolment, and sees the check-in three months later', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'professional.noord@voorbeeldstad.example')
    const resident = await participantWithoutPlan(page)

    // The plan, with the keyboard: the goal in the resident's own words, its life domain, a partner action.
    await page.goto(`${app.server.url}/participants/${resident.id}/plan`)
    await page.getByRole('heading', { level: 1, name: `Plan van ${resident.pseudonym}` }).waitFor()
    await page.getByRole('button', { name: 'Doel toevoegen' }).press('Enter')
    const goal = page.getByRole('textbox', { name: 'Doel 1 in de woorden van de inwoner' })
    await goal.focus()
    await page.keyboard.type('Ik wil weer aan het werk, het liefst buiten.')
    await page.getByRole('checkbox', { name: 'Werk en opleiding' }).press('Space')
    await page.getByRole('button', { name: 'Partneractie toevoegen' }).press('Enter')
    await page
      .getByRole('combobox', { name: 'Partner bij actie 1' })
      .selectOption({ label: 'Werk & Inkomen Voorbeeldstad' })
    await page
      .getByRole('textbox', { name: 'Actie 1 van de partner' })
      .fill('Een werkervaringsplek zoeken')
    await page.getByRole('combobox', { name: 'Voor doel (actie 1)' }).selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Plan opslaan' }).press('Enter')
    await expect
      .poll(() => page.getByTestId('plan-version').textContent())
      .toMatch(/^Versie 1, opgeslagen/)
    const versions = page.getByRole('table', { name: 'Versies van het plan' })
    await expect
      .poll(() => versions.textContent())
      .toMatch(/doel toegevoegd: Ik wil weer aan het werk, het liefst buiten\./)

    // Consent for Work & Income, and consent given and then withdrawn for the municipality.
    const consent = page.getByRole('form', { name: 'Toestemming vastleggen' })
    const give = async (partner: string, purpose: string) => {
      await consent.getByRole('textbox', { name: 'Doel van het delen' }).fill(purpose)
      await consent.getByRole('combobox', { name: 'Partner' }).selectOption({ label: partner })
      await consent.getByRole('button', { name: 'Toestemming vastleggen' }).press('Enter')
      await page.getByRole('button', { name: `Intrekken: ${partner} (${purpose})` }).waitFor()
    }
    await give('Werk & Inkomen Voorbeeldstad', 'Samen zoeken naar werk')
    await give('Gemeente Voorbeeldstad', 'Aanvraag bijzondere bijstand')
    await page
      .getByRole('button', {
        name: 'Intrekken: Gemeente Voorbeeldstad (Aanvraag bijzondere bijstand)',
      })
      .press('Enter')
    await page
      .getByRole('button', { name: /^Intrekken: Gemeente Voorbeeldstad/ })
      .waitFor({ state: 'detached' })
    const consents = page.getByRole('table', { name: 'Toestemmingen, nieuwste eerst' })
    const row = (text: RegExp) => consents.getByRole('row').filter({ hasText: text })
    await row(/Aanvraag bijzondere bijstand.*ingetrokken/).waitFor()
    expect(await row(/Aanvraag bijzondere bijstand.*gegeven/).count()).toBe(1)
    expect(await row(/Samen zoeken naar werk.*gegeven/).count()).toBe(1)
    await page
      .getByRole('button', {
        name: 'Intrekken: Werk & Inkomen Voorbeeldstad (Samen zoeken naar werk)',
      })
      .waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: 'test-results/plan-with-the-resident.png', fullPage: true })

    // The case closes: the enrolment ends today.
    const today = todayInAmsterdam()
    await page.goto(app.server.url)
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page
      .getByRole('button', { name: `Inschrijving beëindigen: ${resident.pseudonym}` })
      .click()
    const end = page.getByRole('form', {
      name: `Inschrijving van ${resident.pseudonym} beëindigen`,
    })
    await end.getByLabel('Einddatum').fill(today)
    await end.getByLabel('Reden').fill('Aan het werk')
    await end.getByRole('button', { name: 'Beëindigen' }).click()
    await end.waitFor({ state: 'detached' })

    // Three months later the check-in is in the professional's list.
    await page.getByRole('link', { name: 'Vinger aan de pols' }).click()
    await page.getByRole('heading', { level: 1, name: 'Vinger aan de pols' }).waitFor()
    await page.getByLabel('Week met de datum').fill(addMonths(today, 3))
    const due = page.getByRole('table', { name: /nazorgcontacten$/ })
    const checkIn = due.getByRole('row').filter({ hasText: resident.pseudonym })
    await checkIn.waitFor()
    expect(await checkIn.textContent()).toContain(addMonths(today, 3))
    expect(await checkIn.textContent()).toContain('einde inschrijving')
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: 'test-results/follow-ups.png', fullPage: true })

    // One click records how it went; the check-in leaves the list.
    await checkIn.getByRole('button', { name: `goed: ${resident.pseudonym}` }).press('Enter')
    await checkIn.waitFor({ state: 'detached' })
    await context.close()
  }, 120_000)

  it('the project’s outcomes over time show ladder transitions and ZRM before and after, small cells hidden, with no WCAG 2.1 AA violations', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: 'Uitkomsten door de tijd' }).click()
    await page.getByRole('table', { name: /Overgangen op de Participatieladder/ }).waitFor()
    expect(await page.locator('figure svg[role="img"]').count()).toBeGreaterThan(0)
    expect(await page.getByRole('table', { name: /Overgangen/ }).textContent()).toContain('·')
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: 'test-results/project-outcomes.png', fullPage: true })
    await context.close()
  }, 60_000)
})
