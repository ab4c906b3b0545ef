// The startfoto in the browser (issue 16): a pilot manager opens a round, three organisations
// answer through their links (5 each), and the agreement chart shows where they differ.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)
}

/** Answers through the link with the page's own CSRF cookie, as a second phone would. */
async function answerViaApi(page: Page, token: string, rating: number): Promise<number> {
  return page.evaluate(
    async ({ token, rating }) => {
      const csrf = ((await (await fetch('/api/v1/session/csrf')).json()) as { token: string }).token
      const answer = await fetch(`/api/v1/startfoto/${token}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ ratings: { 'one-plan': rating, 'one-director': 6 - rating } }),
      })
      return answer.status
    },
    { token, rating },
  )
}

describe.skipIf(!hasChromium)('the startfoto in Chromium', () => {
  const app = useDemoApp()

  it('opens a round, takes three organisations’ answers by link and shows where they differ', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
    await page.getByRole('link', { name: /Startfoto/ }).click()
    await page.getByRole('heading', { name: 'Startfoto', level: 1 }).waitFor()
    // the demo's second round is open: close it, then open the third
    await page.getByRole('button', { name: 'Ronde 2 sluiten' }).click()
    // the partners of the last round are ticked: the research institute had no link then
    const who = page.getByRole('group', { name: 'Welke partners krijgen een link?' })
    expect(await who.getByRole('checkbox', { name: /Lectoraat/ }).isChecked()).toBe(false)
    await page.getByRole('button', { name: 'Ronde 3 openen' }).click()
    const links = page.getByTestId('startfoto-links')
    await links.waitFor()
    expect(await links.getByRole('textbox').count()).toBe(3)
    const tokenOf = async (name: RegExp) => {
      const url = await links.getByLabel(name).inputValue()
      return url.split('/startfoto/')[1] as string
    }
    const tokens = {
      gemeente: await tokenOf(/^Link voor Gemeente/),
      werk: await tokenOf(/^Link voor Werk & Inkomen/),
      wijkteam: await tokenOf(/^Link voor Wijkteams/),
    }

    // One staff member of the municipality answers on a phone, by keyboard only, in Dutch.
    const phone = await app.browser.newContext({ viewport: { width: 375, height: 740 } })
    const respondent = await phone.newPage()
    await respondent.goto(`${app.server.url}/startfoto/${tokens.gemeente}`)
    await respondent.getByText(/voor Gemeente Voorbeeldstad/).waitFor()
    expect(await respondent.getByRole('navigation').count()).toBe(0)
    expect(await axe(respondent)).toEqual([])
    const overflow = await respondent.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await respondent.keyboard.press('Tab') // the language switch
    await respondent.keyboard.press('Tab') // the first statement's scale
    await respondent.keyboard.press('Space') // 1
    for (let i = 0; i < 4; i += 1) await respondent.keyboard.press('ArrowRight') // to 5
    await respondent.keyboard.press('Tab') // the next statement: 1
    await respondent.keyboard.press('Space')
    expect(await respondent.getByRole('radio', { name: 'Helemaal eens' }).first().isChecked()).toBe(
      true,
    )
    await respondent.getByRole('button', { name: 'Antwoorden versturen' }).focus()
    await respondent.keyboard.press('Enter')
    await respondent.getByText(/Dank u wel!/).waitFor()
    // the same browser is told it answered this round already
    await respondent.reload()
    await respondent.getByText(/Dank u wel!/).waitFor()
    // the English switch
    await respondent.getByRole('button', { name: 'English' }).click()
    await respondent.getByText(/Thank you!/).waitFor()
    await phone.close()

    // The rest of the answers: the municipality agrees with one plan, Work & Income does not,
    // the wijkteams are in between (5 answers each).
    for (let i = 0; i < 4; i += 1) expect(await answerViaApi(page, tokens.gemeente, 5)).toBe(201)
    for (let i = 0; i < 5; i += 1) expect(await answerViaApi(page, tokens.werk, 1)).toBe(201)
    for (let i = 0; i < 5; i += 1) expect(await answerViaApi(page, tokens.wijkteam, 3)).toBe(201)

    await page.reload()
    const chart = page.getByTestId('startfoto-chart')
    await chart.waitFor()
    await page.getByRole('heading', { name: 'Ronde 3', exact: true }).waitFor()
    const onePlan = chart.locator('g[data-spread]').first()
    // 5, 1 and 3 on "one plan": the organisations lie 4 points apart
    expect(await onePlan.getAttribute('data-spread')).toBe('4')
    const table = page.getByRole('table', { name: /ronde 3 \(dezelfde cijfers/ })
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('5 (n = 5)')
    expect(await table.locator('tbody tr').first().textContent()).toContain('1 (n = 5)')
    expect(await axe(page)).toEqual([])
    // the questionnaire, folded away once answered: its asked questions fixed, adding still open
    await page.getByText('De vragenlijst').click()
    expect(await page.getByLabel('Tekst (Nederlands)').first().isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click()
    expect(await page.getByLabel('Tekst (Nederlands)').last().isDisabled()).toBe(false)
    expect(await axe(page)).toEqual([])
    // the screenshot: the demo's second round, where all three partners rated every statement
    await page.getByLabel('Ronde tonen').selectOption('2')
    await page.getByRole('heading', { name: 'Ronde 2', exact: true }).waitFor()
    await page
      .getByRole('heading', { name: 'Waar de partners verschillen' })
      .scrollIntoViewIfNeeded()
    await page.evaluate('window.scrollBy(0, 200)')
    await page.screenshot({ path: 'test-results/startfoto-1280x720.png' })
    await page.screenshot({ path: 'test-results/startfoto-page.png', fullPage: true })
    await context.close()
  }, 180_000)
})
