import { z } from 'zod'
import { htmlToPdf } from '../../report/index.js'

/**
 * Headers of a self-contained report page: its CSS is inline (so the same file prints and
 * archives on its own), which the app's CSP forbids; a report runs no script and loads
 * nothing, so this policy allows inline style and nothing else.
 */
export const REPORT_PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const

/** A report route answers with a page, a PDF or a workbook: the response schema of all three. */
export const REPORT_RESPONSE = { 200: z.union([z.string(), z.instanceof(Buffer)]) }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * A report in the format asked for: the printable page (html), that page as a PDF, or the
 * workbook, as a download named `file`. Only the format asked for is built.
 */
export async function reportResponse(
  format: 'html' | 'pdf' | 'xlsx',
  file: string,
  report: { readonly html: () => string; readonly workbook: () => Promise<Uint8Array> },
) {
  if (format === 'xlsx')
    return {
      status: 200,
      body: Buffer.from(await report.workbook()),
      contentType: XLSX,
      headers: { 'content-disposition': `attachment; filename="${file}.xlsx"` },
    }
  const html = report.html()
  if (format === 'pdf')
    return {
      status: 200,
      body: Buffer.from(await htmlToPdf(html)),
      contentType: 'application/pdf',
      headers: { 'content-disposition': `attachment; filename="${file}.pdf"` },
    }
  return { status: 200, headers: REPORT_PAGE_HEADERS, body: html }
}
