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
  await page.screenshot({ path: `${OUT}/mkba-builder.png` })
  await page.goto(`${server.url}/participants`)
  await page.locator('td a').first().waitFor()
  await page.screenshot({ path: `${OUT}/participants.png` })
  console.log(`screenshots written to ${OUT}/`)
} finally {
  await browser.close()
  await server.close()
}
