import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { STARTER_PRICE_LIST } from './starter.js'
import { PRICE_LIST_COLUMNS, priceListFromRows, priceListToRows } from './table-format.js'

const meta = {
  id: STARTER_PRICE_LIST.id,
  version: STARTER_PRICE_LIST.version,
  shipped: STARTER_PRICE_LIST,
}

function issuesOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError)
      return error.issues.map((i) => `${i.row} ${i.column ?? ''}: ${i.message.en}`)
    throw error
  }
  return []
}

describe('price list as a table', () => {
  it('round-trips the shipped list through rows exactly', () => {
    expect(priceListFromRows(priceListToRows(STARTER_PRICE_LIST), meta)).toEqual(STARTER_PRICE_LIST)
  })

  it('reads decimal commas and thousands points, and keeps line breaks in notes', () => {
    const row = [
      'EIGEN-1',
      'Uur; coach',
      'Coach hour',
      'begeleiding',
      'wmo',
      'uur',
      '1.234,5',
      '2024',
      '',
      '',
      'gemeente-wmo',
      '',
      '',
      '',
      'twee\nregels',
      'nee',
      'Eigen tarief 2024',
    ]
    const list = priceListFromRows([[...PRICE_LIST_COLUMNS], row], { id: 'x', version: '1' })
    expect(list.items[0]).toMatchObject({
      code: 'EIGEN-1',
      name: { nl: 'Uur; coach' },
      priceCents: 123450,
      notes: 'twee\nregels',
      override: { reason: 'Eigen tarief 2024' },
    })
  })

  it.each([
    ['78,50', 7850],
    ['1.234,56', 123456],
    ['12.5', 1250],
    ['€ 1.250', 125000],
    ['1,234', undefined],
    ['-5', undefined],
    ['1,2,3', undefined],
  ])('reads the price %j by the one number rule (%s cents; none: refused)', (price, cents) => {
    const row = priceListToRows({
      ...STARTER_PRICE_LIST,
      items: STARTER_PRICE_LIST.items.slice(0, 1),
    })
    const header = row[0] as string[]
    const cells = [...(row[1] as string[])]
    cells[header.indexOf('price')] = price
    const read = () => priceListFromRows([header, cells], { id: 'x', version: '1' })
    if (cents === undefined) expect(issuesOf(read).join()).toMatch(/ price:/)
    else expect(read().items[0]?.priceCents).toBe(cents)
  })

  it('names every wrong row and column, and accepts nothing when one row is wrong', () => {
    const rows = priceListToRows(STARTER_PRICE_LIST).slice(0, 4)
    const header = rows[0] as string[]
    const at = (c: string) => header.indexOf(c)
    const bad = rows.map((r) => [...r])
    ;(bad[1] as string[])[at('price')] = '12,3x'
    ;(bad[2] as string[])[at('domain')] = 'zorg'
    ;(bad[3] as string[])[at('code')] = (bad[1] as string[])[at('code')] as string
    expect(issuesOf(() => priceListFromRows(bad, meta))).toEqual([
      "2 price: '12,3x' is not an amount in euros.",
      "3 domain: Unknown domain 'zorg'; use one of participatiewet, wmo, jeugdwet, health-insurance, long-term-care, justice, housing, education, income.",
      `4 code: Code ${(bad[1] as string[])[at('code')]} is also on row 2.`,
      `4 override_reason: An own tariff for ${(bad[1] as string[])[at('code')]} needs a reason.`,
    ])
  })

  it('asks for a reason when a municipality changes a shipped price', () => {
    const rows = priceListToRows(STARTER_PRICE_LIST)
      .slice(0, 2)
      .map((r) => [...r])
    const header = rows[0] as string[]
    ;(rows[1] as string[])[header.indexOf('price')] = '999.00'
    expect(issuesOf(() => priceListFromRows(rows, meta))).toEqual([
      `2 override_reason: An own tariff for ${(rows[1] as string[])[0]} needs a reason.`,
    ])
    ;(rows[1] as string[])[header.indexOf('override_reason')] = 'Contracttarief 2025'
    expect(priceListFromRows(rows, meta).items[0]?.priceCents).toBe(99900)
  })

  it('says which columns a header lacks', () => {
    expect(issuesOf(() => priceListFromRows([['code', 'name_nl']], meta))[0]).toMatch(
      /^1 : The header row lacks the column\(s\) name_en, category/,
    )
  })
})
