import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/index.js'
import { readFirstSheet } from './xlsx-read.js'
import { createWorkbook } from './xlsx-write.js'

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** Both ways in: the bytes of an upload (loaded whole) and a file on disk (streamed). */
async function bothInputs(workbook: ExcelJS.Workbook): Promise<[Uint8Array, string]> {
  const bytes = await bytesOf(workbook)
  const path = join(await mkdtemp(join(tmpdir(), 'ew-xlsx-')), 'book.xlsx')
  await writeFile(path, bytes)
  return [bytes, path]
}

describe('readFirstSheet', () => {
  it('reads rich text, formulas, dates and hyperlinks as the text a CSV would hold', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Blad1')
    sheet.addRow(['rich', 'formula', 'date', 'link', 'date formula', 'number', 'error'])
    sheet.addRow([
      { richText: [{ text: 'Uur ', font: { bold: true } }, { text: 'coach' }] },
      { formula: 'B3*2', result: 84 },
      new Date(Date.UTC(2025, 0, 31)),
      { text: 'bron', hyperlink: 'https://www.example.org/' },
      { formula: 'DATE(2024,2,29)', result: 45351 },
      -12.5,
      { formula: '1/0', result: { error: '#DIV/0!' } },
    ])
    sheet.getCell('E2').numFmt = 'dd-mm-yyyy'
    sheet.addRow([])
    sheet.addRow(['na een lege rij'])
    for (const input of await bothInputs(workbook))
      expect(await readFirstSheet(input)).toEqual([
        ['rich', 'formula', 'date', 'link', 'date formula', 'number', 'error'],
        ['Uur coach', '84', '2025-01-31', 'bron', '2024-02-29', '-12.5', ''],
        [],
        ['na een lege rij'],
      ])
  })

  it('reads the first sheet only, and refuses a workbook without one', async () => {
    const workbook = new ExcelJS.Workbook()
    // Five small sheets: the size at which ExcelJS's stream reader can lose the workbook part.
    for (const name of ['een', 'twee', 'drie', 'vier', 'vijf'])
      workbook.addWorksheet(name).addRow([name])
    for (const input of await bothInputs(workbook))
      expect(await readFirstSheet(input)).toEqual([['een']])
    await expect(readFirstSheet(await bytesOf(new ExcelJS.Workbook()))).rejects.toBeInstanceOf(
      ValidationError,
    )
  })
})

describe('createWorkbook', () => {
  it('guards formula-like text, keeps numbers numeric, and reads back', async () => {
    const workbook = createWorkbook()
    workbook.sheet(
      'Blad',
      ['tekst', 'getal'],
      [
        ['=HYPERLINK("https://evil.example","klik")', -3],
        ['+1', 0.5],
        ['@SUM(A1)', 1],
        ['\tx', 2],
        ['\rx', 3],
        ['gewoon', '-3'],
      ],
    )
    const bytes = await workbook.bytes()
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = read.worksheets[0] as ExcelJS.Worksheet
    expect(sheet.getCell('B2').value).toBe(-3)
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number)
    expect(sheet.getCell('A1').font?.bold).toBe(true)
    expect((await readFirstSheet(bytes)).map((r) => r[0])).toEqual([
      'tekst',
      `'=HYPERLINK("https://evil.example","klik")`,
      "'+1",
      "'@SUM(A1)",
      "'\tx",
      // XML turns a stored carriage return into a line feed; the guard came first.
      "'\nx",
      'gewoon',
    ])
    expect(sheet.getCell('B7').value).toBe("'-3")
  })
})
