import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TOTP } from 'otpauth'
import type { Browser, Locator, Page } from 'playwright-core'
import type { DemoAccount } from '../../src/db/index.js'
import { chromiumPath, launchChromium } from '../../src/report/index.js'
import { readConfig } from '../../src/server/index.js'
import { type StartedServer, startServer } from '../../src/server/start.js'
import { ENROLLING_ACCOUNT, prepareSecondFactors } from './second-factors.js'

export const hasChromium = chromiumPath() !== undefined

/** Builds the web app when dist/web is missing or older than any file under src/web. */
export async function buildWebIfStale(): Promise<void> {
  const built = 'dist/web/index.html'
  const newest = await newestMtime('src/web')
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return
  // NODE_ENV=production: under Vitest it is `test`, and Vite would then bundle React's slow
  // development build — the browser tests must measure what users get.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/**
 * The demo accounts with their passwords and TOTP secrets that signIn uses: those of the server
 * this process started, or, in a browser test file, those of the run's shared server
 * (global-setup.ts provides them, demo-app.ts hands them over). New on every start.
 */
let demoAccounts: readonly DemoAccount[] = []

export function setDemoAccounts(accounts: readonly DemoAccount[]): void {
  demoAccounts = accounts
}

export function demoAccount(email: string): DemoAccount {
  const account = demoAccounts.find((candidate) => candidate.email === email)
  if (!account) throw new Error(`no demo account ${email} (was the demo server started?)`)
  return account
}

/**
 * The real server on a fresh embedded database with the demo loaded, on a free port. Its log goes
 * to `logFile` (appended), which the privacy test greps for personal data.
 */
export async function startDemoServer(
  logFile = 'test-results/e2e-server.log',
): Promise<StartedServer> {
  const config = readConfig({
    ...process.env,
    DATABASE_URL: '',
    EFFECTWIJZER_DATA_DIR: mkdtempSync(join(tmpdir(), 'ew-e2e-')),
    PORT: '0',
    // Every test signs in afresh, more often than a person would (the limit has its own test).
    EFFECTWIJZER_LOGIN_RATE_LIMIT: '1000',
  })
  mkdirSync('test-results', { recursive: true })
  const server = await startServer(config, {
    logStream: createWriteStream(logFile, { flags: 'a' }),
  })
  await prepareSecondFactors(server.handle.db)
  const accounts = server.demoAccounts.map((account) =>
    account.email === ENROLLING_ACCOUNT ? { ...account, totpSecret: null } : account,
  )
  setDemoAccounts(accounts)
  return { ...server, demoAccounts: accounts }
}

export async function openBrowser(): Promise<Browser> {
  return launchChromium()
}

export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  const account = demoAccount(email)
  await page.goto(baseUrl)
  await page.getByLabel(/E-mailadres|Email address/).fill(email)
  await page.getByLabel(/^Wachtwoord$|^Password$/).fill(account.password)
  // the code goes with the password; accounts without MFA ignore it
  if (account.totpSecret)
    await page
      .getByLabel(/Verificatiecode|Verification code/)
      .fill(new TOTP({ secret: account.totpSecret }).generate())
  await page.getByRole('button', { name: /Inloggen|Sign in/ }).click()
  await page.getByRole('button', { name: /Uitloggen|Sign out/ }).waitFor()
}

/** A card as the API takes it, for conversations that tests set up through the API. */
export interface ApiCard {
  readonly scenario: 'interventie' | 'referentie'
  readonly card: Record<string, unknown>
}

/**
 * Starts a conversation for the `participant`-th participant of the first project and puts
 * `cards` on it through the API, signed in as the page's user (as a second screen would).
 * Returns its id.
 */
export async function conversationViaApi(
  page: Page,
  input: {
    readonly participant: number
    readonly measurement: string
    readonly cards: readonly ApiCard[]
  },
): Promise<string> {
  return page.evaluate(async ({ participant, measurement, cards }) => {
    const csrf = ((await (await fetch('/api/v1/session/csrf')).json()) as { token: string }).token
    const post = async (url: string, body: unknown) =>
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify(body),
        })
      ).json() as Promise<{ id: string }>
    const projects = (await (await fetch('/api/v1/projects')).json()) as {
      projects: { id: string }[]
    }
    const projectId = projects.projects[0]?.id as string
    const people = (await (await fetch(`/api/v1/participants?projectId=${projectId}`)).json()) as {
      participants: { id: string }[]
    }
    const state = await post('/api/v1/conversations', {
      projectId,
      participantId: people.participants[participant]?.id,
      measurement,
    })
    const edits = cards.map((c) => ({
      id: crypto.randomUUID(),
      kind: 'put-card',
      ...c,
      base: null,
    }))
    await post(`/api/v1/conversations/${state.id}/edits`, { edits })
    return state.id
  }, input)
}

/**
 * Presses `key` and waits until the DOM below `selector` changes (a child list or text
 * mutation). Returns the milliseconds from the keydown to that change, timed in the page itself
 * (the code runs as a string, so that the Node program needs no DOM types), or null when nothing
 * changed within `withinMs`. Tests check that it is not null; bench/web prints the figures.
 */
export async function keyToChange(
  page: Page,
  key: string,
  selector: string,
  withinMs = 10_000,
): Promise<number | null> {
  await page.evaluate(`
    window.keyTiming = new Promise((resolve) => {
      let start = 0
      window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true })
      const observer = new MutationObserver(() => {
        observer.disconnect()
        clearTimeout(timer)
        resolve(performance.now() - start)
      })
      const timer = setTimeout(() => {
        observer.disconnect()
        resolve(null)
      }, ${withinMs})
      observer.observe(document.querySelector(${JSON.stringify(selector)}), {
        childList: true, characterData: true, subtree: true,
      })
    })
    0 // do not wait for the promise here
  `)
  await page.keyboard.press(key)
  return page.evaluate<number | null>('window.keyTiming')
}

/** The ten keystrokes typed into the MKBA builder's "Aantal per jaar" field: 48 → 48123 → 4856 → 48. */
export const MKBA_KEYS = [
  '1',
  '2',
  '3',
  'Backspace',
  'Backspace',
  'Backspace',
  '5',
  '6',
  'Backspace',
  'Backspace',
] as const

/**
 * Opens the first project's MKBA builder as the signed-in user and puts the caret at the end of
 * the wellbeing item's "Aantal per jaar" field. Returns the item's fieldset.
 */
export async function openMkbaBuilder(page: Page): Promise<Locator> {
  await page.locator('h2 a', { hasText: 'Wijkteam + Werk & Inkomen' }).click()
  await page.getByRole('link', { name: /MKBA/ }).click()
  const wellbeing = page.getByRole('group', { name: /Welbevinden/ })
  await wellbeing.getByLabel('Aantal per jaar').waitFor()
  return wellbeing
}

/** Waits until the live Monte Carlo has answered, so that its answer is not taken for a keystroke's. */
export async function mkbaSettled(page: Page): Promise<void> {
  await page.locator('.ew-stale').first().waitFor({ state: 'detached' })
}

/** 100 activity cards across both scenarios, for a case made through the API. */
export function hundredCards(): ApiCard[] {
  const items = ['KH-GP-CONSULT-AVG', 'KH-EMERGENCY-CARE', 'KH-MHC-SOCIALWORK']
  return Array.from({ length: 100 }, (_, k) => ({
    scenario: k % 2 === 0 ? 'interventie' : 'referentie',
    card: {
      type: 'activity',
      id: `c${k}`,
      item: items[k % 3],
      start: `2026-${String(1 + (k % 12)).padStart(2, '0')}-01`,
      quantity: 1 + (k % 5),
    },
  }))
}

/**
 * Selects the `round`-th intervention card of an open case with the keyboard, types a new
 * quantity and presses Enter; returns what keyToChange saw on the intervention total.
 */
export async function editCardQuantity(page: Page, round: number): Promise<number | null> {
  await page.locator('.ew-lane--interventie .ew-tl-card').nth(round).focus()
  await page.keyboard.press('Enter')
  const quantity = page.getByLabel('Hoeveelheid')
  await quantity.fill(String(20 + round))
  await quantity.focus()
  return keyToChange(page, 'Enter', '[data-testid="total-interventie"]')
}
