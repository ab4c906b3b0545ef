import { z } from 'zod'

/**
 * A report route answers with a page, a PDF or a workbook: the response schema of all three.
 * Bytes are a Uint8Array (the server's Buffer is one), so the web can load this module too.
 */
export const REPORT_RESPONSE = {
  200: z.union([z.string(), z.instanceof(Uint8Array)]),
}

/** The error a report route adds to the route layer's: 503 while the PDF queue is full. */
export const REPORT_ERRORS = [503] as const

export const REPORT_CONTENT_TYPE = 'text/html; charset=utf-8'
