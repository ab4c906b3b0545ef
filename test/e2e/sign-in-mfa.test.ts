import { AxeBuilder } from '@axe-core/playwright'
import { TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { demoAccount, hasChromium, signIn } from './browser.js'
import { useDemoApp } from './demo-app.js'
import { ENROLLING_ACCOUNT } from './second-factors.js'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

describe.skipIf(!hasChromium)('the second factor in Chromium', () => {
  const app = useDemoApp()

  it('enrols an account without a second factor at its first sign-in: the key as text, then a code', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.goto(app.server.url)
    await page.getByLabel('E-mailadres').fill(ENROLLING_ACCOUNT)
    await page
      .getByLabel('Wachtwoord', { exact: true })
      .fill(demoAccount(ENROLLING_ACCOUNT).password)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByRole('heading', { name: 'Stel uw tweede factor in' }).waitFor()
    const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    const secret = await page.getByLabel('Sleutel (handmatig invoeren)').inputValue()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(
      await page.getByRole('link', { name: /authenticator-app/ }).getAttribute('href'),
    ).toContain(`secret=${secret}`)
    await page.getByLabel('Code uit de app').fill(new TOTP({ secret }).generate())
    await page.getByRole('button', { name: 'Bevestigen en aanmelden' }).click()
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor()
    await context.close()
  })

  it('refuses the password alone of a role that sees personal data, and takes it with the code', async () => {
    const email = 'facilitator.noord@proefdorp.example'
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.goto(app.server.url)
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Wachtwoord', { exact: true }).fill(demoAccount(email).password)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByText('E-mailadres, wachtwoord of code klopt niet').waitFor()
    await signIn(page, app.server.url, email)
    await context.close()
  })

  it('lets the administrator exempt a role in writing and revoke it, on the users page', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await signIn(page, app.server.url, 'beheerder@proefdorp.example')
    await page.goto(`${app.server.url}/admin/users`)
    const section = page.getByRole('region', { name: 'Vrijstellingen van de tweede factor' })
    await section.getByLabel('Rol', { exact: true }).selectOption({ label: 'controller' })
    await section.getByLabel('Reden van de vrijstelling (verplicht)').fill('Controle op afstand.')
    await section.getByRole('button', { name: 'Rol vrijstellen' }).click()
    const table = section.getByRole('table')
    await expect.poll(() => table.textContent()).toContain('Controle op afstand.')
    const check = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(check.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    await section.getByRole('button', { name: 'Vrijstelling controller intrekken' }).click()
    await expect.poll(() => table.textContent()).toMatch(/ingetrokken op .* door/)
    await context.close()
  })
})
