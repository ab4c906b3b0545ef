import { createWorkbook, toCsv } from '../../files/index.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Rows (header first) as a download named `file`: CSV text, or a workbook of one sheet with a
 * bold header, so an export opens in Excel and comes back through the same import.
 */
export async function tableDownload(
  rows: readonly (readonly string[])[],
  format: 'csv' | 'xlsx',
  names: { readonly file: string; readonly sheet: string },
) {
  if (format === 'csv')
    return {
      status: 200,
      body: toCsv(rows),
      headers: { 'content-disposition': `attachment; filename="${names.file}.csv"` },
    }
  const workbook = createWorkbook()
  workbook.sheet(names.sheet, rows[0] ?? [], rows.slice(1))
  return {
    status: 200,
    body: Buffer.from(await workbook.bytes()),
    contentType: XLSX,
    headers: { 'content-disposition': `attachment; filename="${names.file}.xlsx"` },
  }
}
