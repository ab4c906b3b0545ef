import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const PROFESSIONAL = 'professional.noord@voorbeeldstad.example'
const GOAL = /^Doel \d+ in de woorden van de inwoner$/

/** The first participant the professional sees, and the version of their plan. */
async function firstParticipant(page: Page): Promise<{ id: string; version: number }> {
  return page.evaluate(async () => {
    const { participants } = (await (await fetch('/api/v1/participants')).json()) as {
      participants: { id: string }[]
    }
    const id = participants[0]?.id as string
    const plan = (await (await fetch(`/api/v1/participants/${id}/plan`)).json()) as {
      version: number
    }
    return { id, version: plan.version }
  })
}

/** A colleague's save of the plan through the API, with one more goal; answers the new version. */
async function colleagueAddsGoal(page: Page, id: string, ownWords: string): Promise<number> {
  return page.evaluate(
    async ({ id, ownWords }) => {
      const csrf = ((await (await fetch('/api/v1/session/csrf')).json()) as { token: string }).token
      const current = (await (await fetch(`/api/v1/participants/${id}/plan`)).json()) as {
        version: number
        plan: { goals: unknown[] }
      }
      const answer = await fetch(`/api/v1/participants/${id}/plan`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          basedOnVersion: current.version,
          plan: { ...current.plan, goals: [...current.plan.goals, { id: 'doel-99', ownWords }] },
        }),
      })
      return ((await answer.json()) as { version: number }).version
    },
    { id, ownWords },
  )
}

/** The goals of the plan as the server has it. */
async function goals(page: Page, id: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const current = (await (await fetch(`/api/v1/participants/${id}/plan`)).json()) as {
      plan: { goals: { ownWords: string }[] }
    }
    return current.plan.goals.map((g) => g.ownWords)
  }, id)
}

describe.skipIf(!hasChromium)('a plan edited on a phone without a network', () => {
  const app = useDemoApp()

  it('queues the save, and shows the conflict when a colleague saved a newer version meanwhile, never overwriting it', async () => {
    const phone = await app.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await phone.newPage()
    await signIn(page, app.server.url, PROFESSIONAL)
    const resident = await firstParticipant(page)
    await page.goto(`${app.server.url}/participants/${resident.id}/plan`)
    await page.getByRole('button', { name: 'Doel toevoegen' }).waitFor()

    await phone.setOffline(true)
    await page.getByRole('button', { name: 'Doel toevoegen' }).click()
    await page.getByRole('textbox', { name: GOAL }).last().fill('Zelf boodschappen doen')
    await page.getByRole('button', { name: 'Plan opslaan' }).click()
    await page.getByText('Offline — 1 wijziging in de wachtrij').waitFor()

    const office = await app.browser.newContext()
    const desk = await office.newPage()
    await signIn(desk, app.server.url, PROFESSIONAL)
    const theirs = await colleagueAddsGoal(desk, resident.id, 'Schulden op een rij')
    expect(theirs).toBe(resident.version + 1)

    await phone.setOffline(false)
    await page
      .getByRole('alert')
      .getByText(/^Niet opgeslagen: Het plan is intussen gewijzigd \(nu versie \d+\)/)
      .waitFor()
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    const kept = await goals(page, resident.id)
    expect(kept).toContain('Schulden op een rij')
    expect(kept).not.toContain('Zelf boodschappen doen')

    // Given up, the editor starts from the colleague's version.
    await page.getByRole('button', { name: 'Mijn wijziging weggooien' }).click()
    await expect
      .poll(() => page.getByTestId('plan-version').textContent())
      .toMatch(new RegExp(`^Versie ${theirs}, opgeslagen`))
    await page.getByRole('textbox', { name: GOAL }).last().waitFor()
    expect(await page.getByRole('textbox', { name: GOAL }).last().inputValue()).toBe(
      'Schulden op een rij',
    )
    await expect.poll(() => page.getByText(/wijziging(en)? in de wachtrij/).count()).toBe(0)
    await office.close()
    await phone.close()
  }, 120_000)
})
