import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  conversationViaApi,
  editCardQuantity,
  hasChromium,
  hundredCards,
  signIn,
} from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type Plan =
  | { lane: 'interventie' | 'referentie'; item: string; quantity: string }
  | { lane: 'interventie' | 'referentie'; event: string }

/** 25 cards across both scenarios: 19 priced activities and 6 life events. */
const ITEMS = ['KH-GP-CONSULT-AVG', 'KH-EMERGENCY-CARE', 'KH-MHC-SOCIALWORK', 'KH-AMBULANCE-URGENT']
const PLAN: Plan[] = Array.from({ length: 25 }, (_, i): Plan => {
  const lane = i % 3 === 2 ? 'referentie' : 'interventie'
  if (i % 5 === 4) return { lane, event: `Gebeurtenis ${i + 1}` }
  return { lane, item: ITEMS[i % ITEMS.length] as string, quantity: String(1 + (i % 4)) }
})

/**
 * Types one card without a mouse. Focus starts on the scenario field (the form puts it back
 * there after every card): choose the lane and the kind with the arrow keys, Tab to the item or
 * description, type, Enter.
 */
async function typeCard(page: Page, card: Plan) {
  const k = page.keyboard
  const scenario = page.getByLabel('Scenario', { exact: true })
  await expect
    .poll(() => scenario.evaluate((el) => el === el.ownerDocument.activeElement))
    .toBe(true)
  // Home/End pick the first/last option of a focused select in Chromium.
  await k.press(card.lane === 'interventie' ? 'Home' : 'End')
  await k.press('Tab')
  await k.press('event' in card ? 'End' : 'Home')
  await k.press('Tab')
  if ('event' in card) {
    await k.press('Tab') // keep the first life domain
    await k.type(card.event)
  } else {
    await k.type(card.item)
    await k.press('Tab')
    await k.type(card.quantity)
  }
  await k.press('Enter')
}

const cardCount = (page: Page) => page.locator('.ew-tl-card').count()
const saved = (page: Page) =>
  page.getByTestId('sync-status').filter({ hasText: 'Alles is opgeslagen.' }).waitFor()

describe.skipIf(!hasChromium)('a facilitator runs a table conversation with the keyboard', () => {
  const app = useDemoApp()

  it('creates a case, adds 25 cards, survives a reload and a dropped network, and stays accessible', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'facilitator.noord@voorbeeldstad.example')
    const k = page.keyboard

    // Project → its table conversations → start a new one (measurement T3), all by keyboard.
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).focus()
    await k.press('Enter')
    await page.getByRole('link', { name: 'Tafelgesprekken en business case' }).focus()
    await k.press('Enter')
    await page.getByLabel('Meetmoment').focus()
    await k.press('End')
    await page.getByRole('button', { name: 'Start het tafelgesprek' }).focus()
    await k.press('Enter')
    await page.getByRole('heading', { name: /Tafelgesprek P-.* · T3/ }).waitFor()
    await page.getByLabel('Scenario', { exact: true }).focus()

    for (const card of PLAN) await typeCard(page, card)
    await saved(page)
    expect(await cardCount(page)).toBe(25)
    const interventie = await page.getByTestId('total-interventie').textContent()
    const referentie = await page.getByTestId('total-referentie').textContent()
    expect(interventie).not.toBe('€ 0')

    await page.reload()
    await page.locator('.ew-tl-card').first().waitFor()
    expect(await cardCount(page)).toBe(25)
    expect(await page.getByTestId('total-interventie').textContent()).toBe(interventie)
    expect(await page.getByTestId('total-referentie').textContent()).toBe(referentie)

    // The network drops mid-session: cards are queued, shown, and sent when it returns.
    await context.setOffline(true)
    await page.getByLabel('Scenario', { exact: true }).focus()
    await typeCard(page, { lane: 'interventie', item: 'KH-GP-CONSULT-AVG', quantity: '2' })
    await typeCard(page, { lane: 'referentie', item: 'KH-EMERGENCY-CARE', quantity: '1' })
    await page.getByTestId('sync-status').filter({ hasText: 'Geen verbinding' }).waitFor()
    expect(await cardCount(page)).toBe(27)
    await context.setOffline(false)
    await saved(page)

    // The browser dies while the server is unreachable: the queue survives the reload.
    await page.route('**/api/v1/conversations/*/edits', (route) => route.abort())
    await typeCard(page, { lane: 'interventie', item: 'KH-MHC-SOCIALWORK', quantity: '3' })
    await page.getByTestId('sync-status').filter({ hasText: 'Geen verbinding' }).waitFor()
    await page.reload()
    await page.locator('.ew-tl-card').first().waitFor()
    expect(await cardCount(page)).toBe(28)
    await page.unroute('**/api/v1/conversations/*/edits')
    await saved(page)
    await page.reload()
    await page.locator('.ew-tl-card').first().waitFor()
    expect(await cardCount(page)).toBe(28)

    const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    await context.close()
  }, 240_000)

  // How fast the totals follow is measured in bench/web/keystroke.bench.ts; here, that they do.
  it('updates the totals of a 100-card case after each card edit', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'facilitator.noord@voorbeeldstad.example')
    // A case with 100 cards, made through the API as a second screen would.
    const id = await conversationViaApi(page, {
      participant: 0,
      measurement: 'T5',
      cards: hundredCards(),
    })
    await page.goto(`${app.server.url}/conversations/${id}`)
    await page.locator('.ew-tl-card').first().waitFor()
    expect(await cardCount(page)).toBe(100)

    const total = page.getByTestId('total-interventie')
    for (let round = 0; round < 10; round++) {
      const before = await total.textContent()
      // Select an intervention card with the keyboard, change its quantity, press Enter: the
      // intervention total changes in the DOM, to another amount.
      expect(await editCardQuantity(page, round), `edit ${round}`).not.toBeNull()
      expect(await total.textContent()).not.toBe(before)
    }
    await context.close()
  }, 120_000)

  it('two editors change the same card: the second chooses, and a controller locks the case', async () => {
    const open = async (email: string) => {
      const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
      const page = await context.newPage()
      await signIn(page, app.server.url, email)
      await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
      await page.getByRole('link', { name: 'Tafelgesprekken en business case' }).click()
      // The first open case in the list (the demo signs some off).
      await page
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: 'open', exact: true }) })
        .getByRole('link')
        .first()
        .click()
      await page.locator('.ew-tl-card').first().waitFor()
      return { context, page }
    }
    const editQuantity = async (page: Page, quantity: string) => {
      await page.locator('.ew-lane--interventie .ew-tl-card--activity').first().focus()
      await page.keyboard.press('Enter')
      await page.getByLabel('Hoeveelheid').fill(quantity)
      await page.keyboard.press('Enter')
    }
    const facilitator = await open('facilitator.noord@voorbeeldstad.example')
    const professional = await open('professional.noord@voorbeeldstad.example')
    await editQuantity(facilitator.page, '11')
    await saved(facilitator.page)
    // The professional's screen still shows the card as it was: their edit is refused.
    await editQuantity(professional.page, '22')
    await professional.page
      .getByText('Iemand anders heeft tegelijk hetzelfde onderdeel gewijzigd')
      .waitFor()
    await professional.page.getByRole('button', { name: 'Gebruik mijn versie' }).click()
    await saved(professional.page)
    await facilitator.page.reload()
    await facilitator.page.locator('.ew-tl-card').first().waitFor()
    await facilitator.page.locator('.ew-lane--interventie .ew-tl-card--activity').first().focus()
    await facilitator.page.keyboard.press('Enter')
    // The form fills in after the selection renders: poll.
    await expect.poll(() => facilitator.page.getByLabel('Hoeveelheid').inputValue()).toBe('22')

    // The controller signs the case off; the facilitator's screen becomes read-only.
    const controller = await open('controller@voorbeeldstad.example')
    await controller.page
      .getByLabel('Opmerking bij het aftekenen (optioneel)')
      .fill('Klopt met het dossier')
    await controller.page.getByRole('button', { name: 'Aftekenen en vergrendelen' }).click()
    await controller.page.getByText(/Versie 1 afgetekend door Controller Voorbeeldstad/).waitFor()
    await facilitator.page.reload()
    await facilitator.page
      .getByTestId('sync-status')
      .filter({ hasText: 'Afgetekend: alleen-lezen.' })
      .waitFor()
    expect(await facilitator.page.getByRole('button', { name: /Kaart toevoegen/ }).count()).toBe(0)
    for (const s of [facilitator, professional, controller]) await s.context.close()
  }, 120_000)

  it('moves, stretches, copies, deletes and undoes cards with the keyboard, and moves one by dragging', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'facilitator.noord@voorbeeldstad.example')
    const card = (id: string, start: string) => ({
      scenario: 'interventie' as const,
      card: { type: 'activity', id, item: 'KH-GP-CONSULT-AVG', start, quantity: 1 },
    })
    const id = await conversationViaApi(page, {
      participant: 1,
      measurement: 'T6',
      cards: [card('a', '2026-03-02'), card('b', '2026-06-01')],
    })
    const server = async () =>
      (await page.evaluate(
        async (url) => (await fetch(url)).json(),
        `/api/v1/conversations/${id}`,
      )) as {
        conversation: {
          scenarios: Record<
            'interventie' | 'referentie',
            { cards: { id: string; start: string; end?: string; item?: string }[] }
          >
        }
      }
    const lane = async (scenario: 'interventie' | 'referentie') =>
      (await server()).conversation.scenarios[scenario].cards
    await page.goto(`${app.server.url}/conversations/${id}`)
    const cardA = page.locator('.ew-lane--interventie .ew-tl-card').first()
    await cardA.waitFor()

    await cardA.focus()
    await page.keyboard.press('ArrowRight')
    await saved(page)
    expect((await lane('interventie')).find((c) => c.id === 'a')).toMatchObject({
      start: '2026-03-09',
    })
    await page.keyboard.press('Shift+ArrowRight')
    await saved(page)
    expect((await lane('interventie')).find((c) => c.id === 'a')).toMatchObject({
      start: '2026-03-09',
      end: '2026-03-16',
    })

    await page.keyboard.press('c')
    await saved(page)
    expect(await lane('referentie')).toHaveLength(1)
    await page.keyboard.press('Control+z')
    await saved(page)
    expect(await lane('referentie')).toHaveLength(0)

    await page.locator('.ew-lane--interventie .ew-tl-card').nth(1).focus()
    await page.keyboard.press('Delete')
    await saved(page)
    expect(await lane('interventie')).toHaveLength(1)
    await page.keyboard.press('Control+z')
    await saved(page)
    expect((await lane('interventie')).map((c) => c.id).sort()).toEqual(['a', 'b'])
    // Redo takes the undone delete again (Ctrl+Y), and undo brings the card back once more.
    await page.keyboard.press('Control+y')
    await saved(page)
    expect(await lane('interventie')).toHaveLength(1)
    await page.keyboard.press('Control+z')
    await saved(page)
    expect(await lane('interventie')).toHaveLength(2)
    // After Delete the focus is on the next card (here the one before), not lost.
    await page.locator('.ew-lane--interventie .ew-tl-card').nth(1).focus()
    await page.keyboard.press('Delete')
    await saved(page)
    await expect
      .poll(() => cardA.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true)
    await page.keyboard.press('Control+z')
    await saved(page)

    // Ctrl+Z in a text field undoes the typing, not the last card.
    const quantity = page.getByLabel('Hoeveelheid')
    await quantity.fill('')
    await quantity.focus()
    await page.keyboard.type('12')
    await page.keyboard.press('Control+z')
    await saved(page)
    expect((await lane('interventie')).map((c) => c.id).sort()).toEqual(['a', 'b'])
    expect(await quantity.inputValue()).not.toBe('12')

    // A name typed in the item field and Enter takes that item; a word many share asks which.
    const itemField = page.getByLabel('Prijslijstitem (code of naam)')
    await itemField.fill('huisarts')
    await quantity.fill('1')
    await itemField.press('Enter')
    await page.getByText(/Meerdere posten passen bij 'huisarts': KH-GP-CONSULT-AVG/).waitFor()
    expect(await lane('interventie')).toHaveLength(2)
    await itemField.fill('spoedeisende hulp')
    await itemField.press('Enter')
    await saved(page)
    expect((await lane('interventie')).map((c) => 'item' in c && c.item)).toContain(
      'KH-EMERGENCY-CARE',
    )
    // Escape leaves a card being edited as it was.
    await cardA.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Kaart bewerken' }).waitFor()
    await page.getByLabel('Hoeveelheid').fill('99')
    await page.getByLabel('Hoeveelheid').press('Escape')
    await page.getByRole('heading', { name: 'Kaart toevoegen' }).waitFor()
    expect((await lane('interventie')).find((c) => c.id === 'a')).not.toMatchObject({
      quantity: 99,
    })

    // Drag card a about a month to the right with the mouse.
    const box = await cardA.boundingBox()
    const axis = await page.locator('.ew-lane--interventie .ew-lane__cards').boundingBox()
    if (!box || !axis) throw new Error('no layout')
    await page.mouse.move(box.x + 5, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + 5 + axis.width / 8, box.y + box.height / 2, { steps: 5 })
    await page.mouse.up()
    await saved(page)
    const moved = (await lane('interventie')).find((c) => c.id === 'a')
    expect(Date.parse(moved?.start ?? '') - Date.parse('2026-03-09')).toBeGreaterThan(
      10 * 86_400_000,
    )
    await context.close()
  }, 120_000)
})
