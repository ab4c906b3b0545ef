import { describe, expect, it } from 'vitest'
import {
  PRICE_LIST_COLUMNS,
  priceListFromRows,
  priceListToRows,
  STARTER_PRICE_LIST,
} from '../domain/index.js'
import { parseCsv, toCsv } from './csv.js'
import { readFirstSheet } from './xlsx-read.js'
import { createWorkbook } from './xlsx-write.js'

// The price list is the one table both read and written by the app: its files must round-trip.
const meta = {
  id: STARTER_PRICE_LIST.id,
  version: STARTER_PRICE_LIST.version,
  shipped: STARTER_PRICE_LIST,
}

describe('the price list as a file', () => {
  it('round-trips the shipped list through CSV exactly', () => {
    const csv = toCsv(priceListToRows(STARTER_PRICE_LIST))
    expect(priceListFromRows(parseCsv(csv), meta)).toEqual(STARTER_PRICE_LIST)
  })

  it('round-trips the shipped list through XLSX exactly', async () => {
    const rows = priceListToRows(STARTER_PRICE_LIST)
    const workbook = createWorkbook()
    workbook.sheet('Prijslijst', rows[0] ?? [], rows.slice(1))
    const read = await readFirstSheet(await workbook.bytes())
    expect(priceListFromRows(read, meta)).toEqual(STARTER_PRICE_LIST)
  })

  it('reads Dutch Excel CSV: semicolons, decimal commas, quoted separators and line breaks', () => {
    const rows = [
      PRICE_LIST_COLUMNS.join(';'),
      'EIGEN-1;"Uur; coach";Coach hour;begeleiding;wmo;uur;"1.234,5";2024;;;gemeente-wmo;;;;"twee\nregels";nee;Eigen tarief 2024',
    ].join('\r\n')
    const list = priceListFromRows(parseCsv(`\uFEFF${rows}`), { id: 'x', version: '1' })
    expect(list.items[0]).toMatchObject({
      code: 'EIGEN-1',
      name: { nl: 'Uur; coach' },
      priceCents: 123450,
      notes: 'twee\nregels',
      override: { reason: 'Eigen tarief 2024' },
    })
  })
})
