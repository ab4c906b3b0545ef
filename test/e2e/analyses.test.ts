import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  COHORT_HEADER,
  cohortCsvRow,
  generateSyntheticCohort,
  publishedResults,
} from '../../src/domain/index.js'
import { hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'

/** About 2,000 fictional residents with a pilot group, as a register extract would list them. */
function cohortCsv(): Buffer {
  const cohort = generateSyntheticCohort({ n: 2000, seed: 13 })
  const rows = Array.from({ length: cohort.n }, (_, i) => cohortCsvRow(cohort, i))
  return Buffer.from(`${[COHORT_HEADER, ...rows].join('\n')}\n`)
}

const BIN = new URL('../../bin/effectwijzer.js', import.meta.url).pathname

/** The CLI's results.json for a file and spec: what the app's numbers must equal. */
async function cliResults(csv: Buffer, spec: unknown): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-e2e-analysis-'))
  await writeFile(join(dir, 'cohort.csv'), csv)
  await writeFile(join(dir, 'spec.json'), JSON.stringify(spec))
  await promisify(execFile)(process.execPath, [
    BIN,
    'analyse',
    '--data',
    join(dir, 'cohort.csv'),
    '--spec',
    join(dir, 'spec.json'),
    '--out',
    join(dir, 'out'),
    '--quiet',
  ])
  return JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8'))
}

/**
 * A project of its own with a copy of the demo MKBA model, so the shared demo model that other
 * browser tests read stays as it is.
 */
async function projectWithModel(page: Page, baseUrl: string): Promise<string> {
  const api = page.request
  const { token } = await (await api.get(`${baseUrl}/api/v1/session/csrf`)).json()
  const headers = { 'x-csrf-token': token }
  const { projects } = await (await api.get(`${baseUrl}/api/v1/projects`)).json()
  const demo = projects.find((p: { name: string }) => p.name === 'Wijkteam + Werk & Inkomen')
  const { model } = await (await api.get(`${baseUrl}/api/v1/projects/${demo.id}/mkba`)).json()
  const created = await api.post(`${baseUrl}/api/v1/projects`, {
    headers,
    data: {
      name: 'Effectanalyse in de browser',
      periodStart: '2026-01-01',
      periodEnd: '2027-06-30',
      targetGroup: 'Bijstand',
      theoryOfChange: 'Samen werken leidt tot meer uitstroom.',
    },
  })
  const { project } = await created.json()
  const saved = await api.put(`${baseUrl}/api/v1/projects/${project.id}/mkba`, {
    headers,
    data: model,
  })
  expect(saved.status()).toBe(200)
  return project.id
}

describe.skipIf(!hasChromium)('an effect analysis in the app', () => {
  const app = useDemoApp()

  it('uploads an extract, maps it, runs, reads the results, sends the outflow effect to the MKBA, and shows the two answers side by side', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'pilotleider@voorbeeldstad.example')
    const projectId = await projectWithModel(page, app.server.url)
    await page.goto(`${app.server.url}/projects/${projectId}`)
    await page.getByRole('link', { name: /^Effectanalyse:/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Effectanalyse' }).waitFor()

    await page.getByLabel('Naam van de analyse').fill('Bijstand 2026')
    const csv = cohortCsv()
    await page.getByLabel('Registerbestand (CSV of XLSX)').setInputFiles({
      name: 'cohort.csv',
      mimeType: 'text/csv',
      buffer: csv,
    })
    await page.getByRole('table', { name: 'De eerste 10 rijen van het bestand' }).waitFor()
    expect(await page.getByLabel('Kolom met de groep').inputValue()).toBe('pilot')
    // The pilot group from the enrolments needs a BSN column to recognise residents by.
    expect(await page.getByLabel('Pilotgroep uit').isDisabled()).toBe(true)
    for (const column of ['age', 'months_on_benefit', 'ladder'])
      await page.getByLabel(`Soort van ${column}`).selectOption('numeric')
    for (const column of ['sex', 'household'])
      await page.getByLabel(`Soort van ${column}`).selectOption('categorical')
    await page.getByRole('button', { name: 'Uitkomst toevoegen' }).click()
    await page.getByLabel('Naam van uitkomst 1').fill('uitstroom binnen 18 maanden')
    await page.getByLabel('Kolom van uitkomst 1').selectOption('outflow')
    await page.getByRole('button', { name: 'Uitkomst toevoegen' }).click()
    await page.getByLabel('Naam van uitkomst 2').fill('uitstroom')
    await page.getByLabel('Soort van uitkomst 2').selectOption('time-to-event')
    await page.getByLabel('Tijdkolom van uitkomst 2').selectOption('months')
    await page.getByLabel('Gebeurteniskolom (1 = gebeurd) van uitkomst 2').selectOption('outflow')
    await page.getByRole('button', { name: 'Uitkomst toevoegen' }).click()
    await page.getByLabel('Naam van uitkomst 3').fill('inkomen')
    await page.getByLabel('Soort van uitkomst 3').selectOption('difference-in-differences')
    await page.getByLabel('Kolom vóór de pilot van uitkomst 3').selectOption('income_pre')
    await page.getByLabel('Kolom na de pilot van uitkomst 3').selectOption('income_post')
    // The mapping step, with the enrolments choice and its hint, passes axe too.
    const formAxe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(formAxe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.getByRole('button', { name: 'Analyse starten' }).click()

    // The reading first, in Dutch; then the tables and charts.
    const reading = page.getByTestId('analysis-reading')
    await expect
      .poll(() => reading.textContent(), { timeout: 60_000 })
      .toMatch(/uitstroom binnen 18 maanden: .*procentpunt/)
    expect(await reading.textContent()).toMatch(
      /verandering van inkomen: .*verschil in verschillen/,
    )
    // The pilot manager's API answer is the CLI's results on the spec made here, as published.
    const id = new URL(page.url()).pathname.split('/').at(-1)
    const { analysis } = await (
      await page.request.get(`${app.server.url}/api/v1/analyses/${id}`)
    ).json()
    expect(analysis.results.suppressed).toBe(true)
    expect(analysis.results).toEqual(
      JSON.parse(
        JSON.stringify(
          publishedResults((await cliResults(csv, analysis.spec)) as never, analysis.leftOut),
        ),
      ),
    )
    expect(await page.getByText('Aantallen personen (minder dan 10 getoond als <10').count()).toBe(
      1,
    )
    await page.getByRole('img', { name: /^Love plot/ }).waitFor()
    await page.getByRole('img', { name: /^Forest plot/ }).waitFor()
    await page
      .getByRole('table', { name: 'Aantal nog in observatie (at risk): uitstroom' })
      .waitFor()
    await page.screenshot({ path: 'test-results/effect-analysis.png', fullPage: true })
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])

    // Gebruik in MKBA: the outflow effect with its standard error, valued per person.
    await page.getByLabel('Uitkomst voor de MKBA').selectOption('uitstroom binnen 18 maanden')
    await page.getByLabel('Waarde per eenheid (euro)').fill('12000')
    await page.getByRole('button', { name: 'Toevoegen aan de MKBA' }).click()
    await page.getByText(/Toegevoegd aan het MKBA-model als versie 2/).waitFor()
    await page.getByRole('link', { name: 'Naar de MKBA' }).click()
    const interval = page.getByText(/elke euro levert dan .* tot .* op/)
    await expect.poll(() => interval.textContent(), { timeout: 30_000 }).toMatch(/€/)
    expect(
      await page.getByText(/uitstroom binnen 18 maanden \(Bijstand 2026/).count(),
    ).toBeGreaterThan(0)

    // Twee antwoorden on the demo project: its signed-off cases beside its register analysis.
    const { projects } = await (await page.request.get(`${app.server.url}/api/v1/projects`)).json()
    const demo = projects.find((p: { name: string }) => p.name === 'Wijkteam + Werk & Inkomen')
    await page.goto(`${app.server.url}/projects/${demo.id}/analyses`)
    await page.getByRole('link', { name: /^Twee antwoorden:/ }).click()
    await expect
      .poll(() => page.getByTestId('two-answers-verdict').textContent(), { timeout: 30_000 })
      .toMatch(/^De twee antwoorden (stemmen overeen|verschillen)/)
    expect(await page.getByText('Afgetekende casussen').count()).toBe(1)
    const twoAnswersAxe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(twoAnswersAxe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.screenshot({ path: 'test-results/two-answers.png', fullPage: true })
    await context.close()
  }, 180_000)
})
