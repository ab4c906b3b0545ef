import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumPath, launchChromium } from './chromium.js'
import { createPdfRenderer, PdfQueueFullError } from './pdf.js'

const PAGE = '<!doctype html><html lang="nl"><title>t</title><p>Rapport</p></html>'
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-'

describe.skipIf(chromiumPath() === undefined)('the PDF renderer', () => {
  /** The real Chromium, with its starts counted and the last one kept. */
  const counted = () => {
    const launches: Browser[] = []
    const launch = async () => {
      const browser = await launchChromium()
      launches.push(browser)
      return browser
    }
    return { launches, launch }
  }

  it('prints a tagged PDF titled and authored as the page, not "HeadlessChrome"', async () => {
    const renderer = createPdfRenderer({ maxConcurrent: 1, maxWaiting: 0 })
    const dir = mkdtempSync(join(tmpdir(), 'ew-pdf-'))
    try {
      const page =
        '<!doctype html><html lang="nl"><head><title>Businesscase Wijkteam</title><meta name="author" content="Gemeente Voorbeeldstad"></head><body><h1>Businesscase</h1><p>Rapport</p></body></html>'
      const file = join(dir, 'report.pdf')
      writeFileSync(file, await renderer.render(page))
      let info: string
      try {
        info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      } catch {
        return // poppler-utils is not installed here (CI installs it)
      }
      expect(info).toMatch(/^Title:\s+Businesscase Wijkteam$/m)
      expect(info).toMatch(/^Tagged:\s+yes$/m)
      // Who issues it, from the page's author (Chromium leaves it empty).
      expect(info).toMatch(/^Author:\s+Gemeente Voorbeeldstad$/m)
    } finally {
      await renderer.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('prints with one browser for all renders, and refuses the one past the queue', async () => {
    const { launches, launch } = counted()
    const renderer = createPdfRenderer({ maxConcurrent: 2, maxWaiting: 1, launch })
    try {
      // Four at once: two print, one waits, the fourth is refused at once.
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => renderer.render(PAGE)))
      const printed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
      expect(printed).toHaveLength(3)
      expect(printed.every(isPdf)).toBe(true)
      const refused = results[3]
      expect(refused?.status).toBe('rejected')
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(PdfQueueFullError)
      // A refusal holds no slot: once the queue has drained, three fit again.
      const again = await Promise.all([1, 2, 3].map(() => renderer.render(PAGE)))
      expect(again.every(isPdf)).toBe(true)
      expect(launches).toHaveLength(1)
    } finally {
      await renderer.close()
    }
    // Closing the renderer ends its browser, and it prints no more.
    expect(launches[0]?.isConnected()).toBe(false)
    await expect(renderer.render(PAGE)).rejects.toThrow(/closed/)
  })

  it('starts the browser again when it has died', async () => {
    const { launches, launch } = counted()
    const renderer = createPdfRenderer({ launch })
    try {
      expect(isPdf(await renderer.render(PAGE))).toBe(true)
      await launches[0]?.close() // as a crash would: the browser is gone
      expect(isPdf(await renderer.render(PAGE))).toBe(true)
      expect(launches).toHaveLength(2)
    } finally {
      await renderer.close()
    }
  })
})
