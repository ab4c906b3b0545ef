import type { RouteContext } from '../route.js'

/**
 * Headers of a self-contained report page: its CSS is inline (so the same file prints and
 * archives on its own), which the app's CSP forbids; a report runs no script and loads
 * nothing, so this policy allows inline style and nothing else.
 */
export const REPORT_PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** What a report answer needs of its request: the shared PDF printer and the user's language. */
export type ReportContext = Pick<
  RouteContext<unknown, unknown, unknown>,
  'services' | 'language' | 'request'
>

/**
 * A report in the format asked for: the printable page (html), that page as a PDF (printed by
 * the app's one browser, or 503 while its queue is full), or the workbook, as a download named
 * `file`. Only the format asked for is built; either builder may run in a worker thread.
 */
export async function reportResponse(
  context: ReportContext,
  format: 'html' | 'pdf' | 'xlsx',
  file: string,
  report: {
    readonly html: () => string | Promise<string>
    /** Absent for reports that are only a page (a resident's plan); xlsx is then not offered. */
    readonly workbook?: () => Promise<Uint8Array>
  },
) {
  if (format === 'xlsx') {
    if (!report.workbook) throw new Error(`${file} has no workbook`)
    return {
      status: 200,
      body: Buffer.from(await report.workbook()),
      contentType: XLSX,
      headers: { 'content-disposition': `attachment; filename="${file}.xlsx"` },
    }
  }
  const html = await report.html()
  if (format === 'pdf')
    return {
      status: 200,
      body: html,
      // Printed after the route's transaction, which would otherwise hold the database while
      // the browser prints (a case report reads participant data, in one transaction).
      finish: () => printed(context, html, file),
    }
  return { status: 200, headers: REPORT_PAGE_HEADERS, body: html }
}

/** The page printed by the app's one browser; a full queue throws, answered 503 by the error mapper. */
async function printed(context: ReportContext, html: string, file: string) {
  return {
    status: 200,
    body: Buffer.from(await context.services.pdf.render(html)),
    contentType: 'application/pdf',
    headers: { 'content-disposition': `attachment; filename="${file}.pdf"` },
  }
}
