import { launchChromium } from './chromium.js'

/**
 * Prints a self-contained HTML document to an A4 PDF with the system Chromium,
 * so the PDF is exactly the report page a user sees in the browser (print CSS applies).
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    })
  } finally {
    await browser.close()
  }
}
