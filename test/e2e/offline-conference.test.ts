import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const FACILITATOR = 'facilitator.noord@voorbeeldstad.example'
const ACTION = 'Budgetcoach inschakelen'

/** A conference of the demo pilot with one case of its first participant, made through the API. */
async function conferenceWithCase(page: Page): Promise<{ id: string; pseudonym: string }> {
  return page.evaluate(async () => {
    const csrf = ((await (await fetch('/api/v1/session/csrf')).json()) as { token: string }).token
    const post = async <T>(url: string, body: unknown) =>
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify(body),
        })
      ).json() as Promise<T>
    const { projects } = (await (await fetch('/api/v1/projects')).json()) as {
      projects: { id: string; name: string }[]
    }
    // the demo pilot by name: the files share one server, and another may add a project first
    const projectId = projects.find((p) => p.name === 'Wijkteam + Werk & Inkomen')?.id as string
    const { participants } = (await (
      await fetch(`/api/v1/participants?projectId=${projectId}`)
    ).json()) as { participants: { id: string; pseudonym: string }[] }
    const participant = participants[0] as { id: string; pseudonym: string }
    const { conferences } = await post<{ conferences: { id: string }[] }>(
      '/api/v1/case-conferences',
      { projectId, date: '2031-02-06' },
    )
    const id = conferences[0]?.id as string
    await post(`/api/v1/case-conferences/${id}/cases`, {
      participantId: participant.id,
      question: 'Hoe houden we de huur betaalbaar?',
    })
    return { id, pseudonym: participant.pseudonym }
  })
}

describe.skipIf(!hasChromium)('a case conference in a meeting room without a network', () => {
  const app = useDemoApp()

  it('queues the record and an action while offline, sends them when the network returns, and saves each once', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, FACILITATOR)
    const { id, pseudonym } = await conferenceWithCase(page)
    await page.goto(`${app.server.url}/case-conferences/${id}`)
    const section = page.getByRole('region', { name: `1. ${pseudonym}` })
    await section.getByLabel('Verslag van de bespreking').waitFor()

    await context.setOffline(true)
    await section.getByLabel('Verslag van de bespreking').fill('Huurachterstand besproken.')
    await section.getByLabel('Besluiten').fill('Budgetcoach start deze maand.')
    await section.getByRole('button', { name: 'Verslag opslaan' }).click()
    await page.getByText('Offline — 1 wijziging in de wachtrij').waitFor()
    await section.getByRole('status').getByText('Wacht op verzending.').waitFor()
    await section.getByLabel('Actie', { exact: true }).fill(ACTION)
    await section
      .getByRole('combobox', { name: 'Eigenaar' })
      .selectOption({ label: 'Facilitator Noord Voorbeeldstad (Wijkteams Voorbeeldstad)' })
    await section.getByLabel('Uiterlijk').fill('2031-02-13')
    await section.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByText('Offline — 2 wijzigingen in de wachtrij').waitFor()
    await section
      .getByRole('list', { name: 'Acties die wachten op verzending' })
      .getByText(ACTION)
      .waitFor()
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])

    // Back online, the first answer to the new action is lost on the way back: the queue sends
    // it again and the server, knowing its id, does not add it twice.
    let lost = 0
    await page.route('**/api/v1/case-conferences/cases/*/actions', async (route) => {
      if (lost > 0) return route.continue()
      lost++
      await route.fetch()
      await route.abort('connectionreset')
    })
    await context.setOffline(false)
    await section.getByRole('status').getByText('Opgeslagen.').waitFor()
    await section.getByRole('cell', { name: ACTION, exact: true }).waitFor()
    await expect.poll(() => page.getByText(/wijziging(en)? in de wachtrij/).count()).toBe(0)
    expect(lost).toBe(1)

    await page.reload()
    await section.getByLabel('Verslag van de bespreking').waitFor()
    expect(await section.getByLabel('Verslag van de bespreking').inputValue()).toBe(
      'Huurachterstand besproken.',
    )
    expect(await section.getByLabel('Besluiten').inputValue()).toBe('Budgetcoach start deze maand.')
    expect(await section.getByRole('cell', { name: ACTION, exact: true }).count()).toBe(1)

    // The server is out of reach and the page reloads: the queued record survives the reload,
    // is what the form shows, and is sent once the server answers again.
    const record = '**/api/v1/case-conferences/cases/*'
    await page.route(record, (route) =>
      route.request().method() === 'PATCH' ? route.abort() : route.continue(),
    )
    await section.getByLabel('Besluiten').fill('Budgetcoach start volgende week.')
    await section.getByRole('button', { name: 'Verslag opslaan' }).click()
    await page.getByText('Offline — 1 wijziging in de wachtrij').waitFor()
    await page.reload()
    await page.getByText('Offline — 1 wijziging in de wachtrij').waitFor()
    expect(await section.getByLabel('Besluiten').inputValue()).toBe(
      'Budgetcoach start volgende week.',
    )
    await page.unroute(record)
    await expect.poll(() => page.getByText(/wijziging(en)? in de wachtrij/).count()).toBe(0)
    await page.reload()
    await section.getByLabel('Besluiten').waitFor()
    expect(await section.getByLabel('Besluiten').inputValue()).toBe(
      'Budgetcoach start volgende week.',
    )
    await context.close()
  }, 120_000)
})
