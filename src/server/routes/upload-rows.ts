import { ValidationError } from '../../domain/index.js'
import { parseCsv, readFirstSheet } from '../../files/index.js'

/** An uploaded table (CSV text, or XLSX as base64) as rows of text, header first. */
export async function rowsOfUpload(upload: {
  readonly format: 'csv' | 'xlsx'
  readonly content: string
}): Promise<string[][]> {
  if (upload.format === 'csv') return parseCsv(upload.content)
  return readFirstSheet(new Uint8Array(Buffer.from(upload.content, 'base64'))).catch(() => {
    throw new ValidationError([
      {
        message: {
          nl: 'Dit bestand is geen leesbaar Excel-bestand (xlsx).',
          en: 'This file is not a readable Excel file (xlsx).',
        },
      },
    ])
  })
}
