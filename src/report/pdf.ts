import { PDFDocument } from 'pdf-lib'
import type { Browser } from 'playwright-core'
import type { LocalisedMessage } from '../domain/index.js'
import { launchChromium } from './chromium.js'

/** Refused at once because the PDF queue is full: the server answers 503 with this message. */
export class PdfQueueFullError extends Error {
  readonly localised: LocalisedMessage = {
    nl: 'Er worden nu te veel PDF’s tegelijk gemaakt. Probeer het over een minuut opnieuw, of open het rapport als webpagina en druk het af.',
    en: 'Too many PDFs are being made right now. Try again in a minute, or open the report as a web page and print it.',
  }

  constructor() {
    super('PDF queue full')
  }
}

/** Prints report pages to PDFs with one shared Chromium and a bounded queue. */
export interface PdfRenderer {
  /** The page as an A4 PDF; rejects with PdfQueueFullError when the queue is full. */
  render(html: string): Promise<Uint8Array>
  /** Closes the browser; renders still running fail. */
  close(): Promise<void>
}

export interface PdfRendererOptions {
  /** Pages printed at once (each is a renderer process of the one browser). */
  readonly maxConcurrent?: number
  /** Renders that may wait for a free slot; one more is refused. */
  readonly maxWaiting?: number
  /** Starts the browser (default: the system Chromium); tests wrap it to count the starts. */
  readonly launch?: () => Promise<Browser>
}

/**
 * One Chromium for every PDF, started on the first render (most servers never print) and
 * started again when it has died; at most `maxConcurrent` pages print at once and at most
 * `maxWaiting` wait, so a burst of PDF requests cannot start a browser each (hundreds of MB
 * apiece) nor queue without end: the one after them is refused at once.
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const maxConcurrent = options.maxConcurrent ?? 2
  const maxWaiting = options.maxWaiting ?? 8
  const launch = options.launch ?? launchChromium
  let running = 0
  const waiting: (() => void)[] = []
  let browser: Promise<Browser> | undefined
  let closed = false

  const sharedBrowser = (): Promise<Browser> => {
    if (!browser) {
      const launching = launch()
      browser = launching
      launching.then(
        (started) =>
          started.on('disconnected', () => {
            if (browser === launching) browser = undefined
          }),
        () => {
          if (browser === launching) browser = undefined
        },
      )
    }
    return browser
  }

  const slot = async (): Promise<void> => {
    if (running < maxConcurrent) {
      running++
      return
    }
    if (waiting.length >= maxWaiting) throw new PdfQueueFullError()
    // The slot is handed over by the render that finishes (release), so `running` stays put.
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  return {
    async render(html) {
      if (closed) throw new Error('PDF renderer closed')
      await slot()
      try {
        return await printPage(await sharedBrowser(), html)
      } finally {
        release()
      }
    },
    async close() {
      closed = true
      const open = browser
      browser = undefined
      if (open) await open.then((b) => b.close()).catch(() => undefined)
    },
  }
}

/** One page in its own browser context (no cookies or cache shared between reports). */
async function printPage(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    // Tagged (structure for screen readers, as government PDFs must be: WCAG 2.1 / PDF/UA) with
    // an outline from the headings; the document's <title> and lang become its title and language.
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    })
    const author = await page.$('meta[name="author"]')
    return withAuthor(pdf, author === null ? null : await author.getAttribute('content'))
  } finally {
    await context.close()
  }
}

/**
 * The page's `<meta name="author">` as the PDF's Author, which Chromium leaves empty: a
 * government document says who issues it. pdf-lib rewrites only the document information; the
 * structure tree (tagging) and outline stay as Chromium made them (tested with pdfinfo).
 */
async function withAuthor(pdf: Uint8Array, author: string | null): Promise<Uint8Array> {
  if (author === null || author.trim() === '') return pdf
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  document.setAuthor(author)
  return document.save({ useObjectStreams: false })
}

/**
 * Prints one self-contained HTML document to an A4 PDF with the system Chromium, so the PDF is
 * exactly the report page a user sees in the browser (print CSS applies). For one-off use (the
 * CLI); the server keeps one renderer for all its PDFs.
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const renderer = createPdfRenderer({ maxConcurrent: 1, maxWaiting: 0 })
  try {
    return await renderer.render(html)
  } finally {
    await renderer.close()
  }
}
