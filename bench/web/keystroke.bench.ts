/**
 * Keystroke-to-DOM latency in Chromium (issue: the totals follow a card edit, and the MKBA
 * results follow a keystroke, within 50 ms). The browser tests check that the DOM changes;
 * this script measures how soon, on the production build against the real demo server.
 * Reference in the same run and the same browser: a plain page whose input event writes the
 * value into an <output>, i.e. what a keystroke costs before any of our code runs.
 * Run: CHROMIUM_PATH=/usr/bin/chromium npx tsx bench/web/keystroke.bench.ts
 */
import type { Browser, Page } from 'playwright-core'
import {
  buildWebIfStale,
  conversationViaApi,
  editCardQuantity,
  hundredCards,
  keyToChange,
  MKBA_KEYS,
  mkbaSettled,
  openBrowser,
  openMkbaBuilder,
  signIn,
  startDemoServer,
} from '../../test/e2e/browser.js'

const ROUNDS = 10

function summary(timings: readonly (number | null)[]): { median: number; max: number } {
  const sorted = timings
    .map((t) => {
      if (t === null) throw new Error('a keystroke did not change the DOM')
      return t
    })
    .sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return { median, max: sorted.at(-1) as number }
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  // tsx compiles with esbuild's keepNames, which wraps the functions handed to page.evaluate in
  // a __name(...) helper that only exists in Node; Vitest does not, so only the bench needs this.
  await context.addInitScript('globalThis.__name = (f) => f')
  return context.newPage()
}

async function plainPage(browser: Browser): Promise<(number | null)[]> {
  const page = await newPage(browser)
  await page.setContent(
    '<label>n <input id="n" value="48"></label><output id="o">48</output>' +
      '<script>n.addEventListener("input", () => { o.textContent = n.value })</script>',
  )
  await page.locator('#n').focus()
  await page.keyboard.press('End')
  const timings: (number | null)[] = []
  for (const key of MKBA_KEYS) timings.push(await keyToChange(page, key, '#o'))
  return timings
}

async function mkbaKeystrokes(browser: Browser, url: string): Promise<(number | null)[]> {
  const page = await newPage(browser)
  await signIn(page, url, 'pilotleider@voorbeeldstad.example')
  const wellbeing = await openMkbaBuilder(page)
  // The value the browser test starts its keystrokes from.
  await wellbeing.getByLabel('Aantal per jaar').fill('48')
  await page
    .locator('.ew-headline')
    .filter({ hasText: /levert €\s0,27 op/ })
    .waitFor()
  await page.getByText(/^In 10\.000 trekkingen overtreffen de baten de kosten/).waitFor()
  await page.keyboard.press('End')
  const timings: (number | null)[] = []
  for (const key of MKBA_KEYS) {
    await mkbaSettled(page)
    timings.push(await keyToChange(page, key, '.ew-figures'))
  }
  return timings
}

async function cardEdits(browser: Browser, url: string): Promise<(number | null)[]> {
  const page = await newPage(browser)
  await signIn(page, url, 'facilitator.noord@voorbeeldstad.example')
  const id = await conversationViaApi(page, {
    participant: 0,
    measurement: 'T5',
    cards: hundredCards(),
  })
  await page.goto(`${url}/conversations/${id}`)
  await page.locator('.ew-tl-card').first().waitFor()
  const timings: (number | null)[] = []
  for (let round = 0; round < ROUNDS; round++) timings.push(await editCardQuantity(page, round))
  return timings
}

await buildWebIfStale()
const server = await startDemoServer('test-results/bench-web-server.log')
const browser = await openBrowser()
try {
  const reference = summary(await plainPage(browser))
  const mkba = summary(await mkbaKeystrokes(browser, server.url))
  const cards = summary(await cardEdits(browser, server.url))
  const line = (label: string, s: { median: number; max: number }) =>
    `${label}: median ${s.median.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${ROUNDS} keystrokes), ` +
    `${(s.median / reference.median).toFixed(1)}× the plain page`
  console.log(line('plain page keystroke → <output> (reference)', reference))
  console.log(line('MKBA keystroke → results', mkba))
  console.log(line('card edit → totals, 100 cards', cards))
  console.log('target: a median under 50 ms for both')
} finally {
  await browser.close()
  await server.close()
}
