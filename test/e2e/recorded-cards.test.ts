import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { conversationViaApi, hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** The index, in the facilitator's participant list, of the case with a budget card. */
async function rentArrearsCase(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const get = async <T>(url: string) => (await (await fetch(url)).json()) as T
    const { projects } = await get<{ projects: { id: string }[] }>('/api/v1/projects')
    const projectId = projects[0]?.id as string
    const { conversations } = await get<{
      conversations: { id: string; participantId: string }[]
    }>(`/api/v1/projects/${projectId}/conversations`)
    for (const c of conversations) {
      const state = await get<{
        conversation: { scenarios: { interventie: { cards: { origin?: { kind: string } }[] } } }
      }>(`/api/v1/conversations/${c.id}`)
      if (state.conversation.scenarios.interventie.cards.some((x) => x.origin?.kind === 'budget')) {
        const { participants } = await get<{ participants: { id: string }[] }>(
          `/api/v1/participants?projectId=${projectId}`,
        )
        return participants.findIndex((p) => p.id === c.participantId)
      }
    }
    return -1
  })
}

describe.skipIf(!hasChromium)(
  'a table conversation takes over the recorded hours and spends',
  () => {
    const app = useDemoApp()

    it('previews the cards, takes them over as edits, keeps them over a reload, and updates rather than duplicates', async () => {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      await signIn(page, app.server.url, 'facilitator.noord@voorbeeldstad.example')
      // A new conversation of the demo-pilot case whose rent arrears the unshielded budget paid
      // (its T1 conversation shows the spend as a card), with a year of recorded contacts.
      const participant = await rentArrearsCase(page)
      expect(participant).toBeGreaterThanOrEqual(0)
      const id = await conversationViaApi(page, {
        participant,
        measurement: 'T8',
        cards: [],
      })
      await page.goto(`${app.server.url}/conversations/${id}`)
      await page.getByRole('heading', { name: /Tafelgesprek P-.* · T8/ }).waitFor()
      const total = page.getByTestId('total-interventie')
      const before = await total.textContent()

      const k = page.keyboard
      await page.getByRole('button', { name: 'Uren en uitgaven overnemen' }).focus()
      await k.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Uren en uitgaven overnemen' })
      const table = dialog.getByRole('table', {
        name: 'Kaarten uit de tijdregistratie en het budget',
      })
      await table.waitFor()
      expect(await table.textContent()).toMatch(/tijdregistratie: \d+ contacten, [\d,]+ uur/)
      expect(await table.textContent()).toMatch(/Wordt toegevoegd/)
      expect(await table.textContent()).toMatch(/ontschot budget: 1 uitgave/)
      expect(await table.textContent()).toMatch(/€\s1\.850,00/)
      const added = await table.getByRole('row').filter({ hasText: 'Wordt toegevoegd' }).count()
      expect(added).toBeGreaterThan(0)
      expect(await dialog.getByTestId('recorded-total').textContent()).toMatch(
        new RegExp(`${added} nieuw, 0 bijgewerkt`),
      )
      const axe = await new AxeBuilder({ page }).include('dialog').withTags(WCAG_21_AA).analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
      await page.screenshot({ path: 'test-results/recorded-cards-preview.png' })

      await dialog.getByRole('button', { name: /kaart(en)? overnemen$/ }).focus()
      await k.press('Enter')
      await dialog.waitFor({ state: 'hidden' })
      await page.getByTestId('sync-status').filter({ hasText: 'Alles is opgeslagen.' }).waitFor()
      await expect.poll(() => total.textContent()).not.toBe(before)
      const after = await total.textContent()
      const cards = await page.locator('.ew-tl-card').count()
      expect(cards).toBe(added)

      await page.reload()
      await page.locator('.ew-tl-card').first().waitFor()
      expect(await page.locator('.ew-tl-card').count()).toBe(cards)
      expect(await total.textContent()).toBe(after)
      await page.screenshot({ path: 'test-results/recorded-cards-taken.png' })

      // A second take-over finds every card already there: nothing to add, nothing duplicated.
      await page.getByRole('button', { name: 'Uren en uitgaven overnemen' }).click()
      await table.waitFor()
      expect(await table.getByRole('row').filter({ hasText: 'Staat er al' }).count()).toBe(added)
      expect(await dialog.getByRole('button', { name: /overnemen$/ }).isDisabled()).toBe(true)
      await k.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      expect(await page.locator('.ew-tl-card').count()).toBe(cards)
      await context.close()
    }, 120_000)
  },
)
