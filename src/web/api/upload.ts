/** Reads a chosen table file in the browser for an import: CSV as text, XLSX as base64. */
export async function readUpload(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string }> {
  if (!file.name.toLowerCase().endsWith('.xlsx'))
    return { format: 'csv', content: await file.text() }
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { format: 'xlsx', content: btoa(binary) }
}

/** What a file input offers: CSV and Excel workbooks. */
export const TABLE_FILE_TYPES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
