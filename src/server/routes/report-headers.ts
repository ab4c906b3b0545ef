/**
 * Headers of a self-contained report page: its CSS is inline (so the same file prints and
 * archives on its own), which the app's CSP forbids; a report runs no script and loads
 * nothing, so this policy allows inline style and nothing else.
 */
export const REPORT_PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const
