/**
 * Captures the README's screenshots from the real app: a fresh embedded database with the
 * demo, the built web app, Chromium at 1280 × 800. Run: npx tsx scripts/screenshots.ts
 */
import { buildWebIfStale, openBrowser, signIn, startDemoServer } from '../test/e2e/browser.js'

const OUT = 'docs/screenshots'
await buildWebIfStale()
const server = await startDemoServer()
const browser = await openBrowser()
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(server.url)
  await page.locator('h1').waitFor()
  await page.screenshot({ path: `${OUT}/sign-in.png` })
  await signIn(page, server.url, 'pilotleider@voorbeeldstad.example')
  await page.locator('h2 a').first().waitFor()
  await page.screenshot({ path: `${OUT}/projects.png` })
  await page.locator('h2 a').first().click()
  await page.getByRole('link', { name: /MKBA/ }).waitFor()
  await page.screenshot({ path: `${OUT}/project.png`, fullPage: true })
  await page.getByRole('link', { name: /MKBA/ }).click()
  await page.locator('.ew-headline').waitFor()
  await page.getByText(/^In 10\.000 trekkingen/).waitFor()
  await page.locator('.ew-results').screenshot({ path: `${OUT}/mkba-builder.png` })
  await page.goto(`${server.url}/participants`)
  await page.locator('td a').first().waitFor()
  await page.screenshot({ path: `${OUT}/participants.png` })
  await page.goto(`${server.url}/price-list`)
  await page.locator('td code').first().waitFor()
  await page.screenshot({ path: `${OUT}/price-list.png` })
  // The project result over the table conversations, as a manager or council member sees it.
  await page.goto(server.url)
  await page.locator('h2 a').first().click()
  await page.getByRole('link', { name: 'Tafelgesprekken en business case' }).click()
  await page.getByTestId('project-headline').waitFor()
  await page.getByTestId('project-headline').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${OUT}/project-business-case.png`, fullPage: true })

  // The live screen on a projector (1600 × 900), as the facilitator runs it.
  const projector = await browser.newContext({
    viewport: { width: 1600, height: 900 },
    locale: 'nl-NL',
  })
  const live = await projector.newPage()
  await signIn(live, server.url, 'facilitator.noord@voorbeeldstad.example')
  await live.locator('h2 a').first().click()
  await live.getByRole('link', { name: 'Tafelgesprekken en business case' }).click()
  // The open case with the most cards: a conversation in progress, with life events in it.
  await live.locator('td a').first().waitFor()
  const rows = await live.locator('tbody tr').allInnerTexts()
  const cards = (row: string) => (row.includes('\topen\t') ? Number(row.split('\t')[2]) : -1)
  const busiest = rows.reduce(
    (best, row, k) => (cards(row) > cards(rows[best] ?? '') ? k : best),
    0,
  )
  await live.locator('tbody tr').nth(busiest).locator('td a').click()
  await live.locator('.ew-tl-card').first().waitFor()
  await live.locator('.ew-tl-card').nth(1).focus()
  await live.keyboard.press('Enter')
  await live.screenshot({ path: `${OUT}/table-conversation.png` })
  const report = await live.locator('a', { hasText: 'Casusrapport' }).getAttribute('href')
  await live.goto(`${server.url}${report}`)
  await live.screenshot({ path: `${OUT}/case-report.png`, fullPage: true })
  console.log(`screenshots written to ${OUT}/`)
} finally {
  await browser.close()
  await server.close()
}
