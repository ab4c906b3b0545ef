import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseCsv, readFirstSheet } from '../../files/index.js'
import { tableDownload } from './table-download.js'

const rows = [
  ['code', 'name'],
  ['A1', 'Huisbezoek'],
]
const names = { file: 'lijst-1', sheet: 'Lijst' }

describe('tableDownload', () => {
  it('answers CSV text named <file>.csv that reads back as the rows', async () => {
    const answer = await tableDownload(rows, 'csv', names)
    expect(answer).toMatchObject({
      status: 200,
      headers: { 'content-disposition': 'attachment; filename="lijst-1.csv"' },
    })
    expect(answer.contentType).toBeUndefined()
    expect(parseCsv(String(answer.body))).toEqual(rows)
  })

  it('answers a workbook named <file>.xlsx with one sheet of that name holding the rows', async () => {
    const answer = await tableDownload(rows, 'xlsx', names)
    expect(answer).toMatchObject({
      status: 200,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      headers: { 'content-disposition': 'attachment; filename="lijst-1.xlsx"' },
    })
    const bytes = new Uint8Array(answer.body as Buffer)
    expect(await readFirstSheet(bytes)).toEqual(rows)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Lijst'])
  })
})
