import { describe, expect, it } from 'vitest'
import { STARTER_PRICE_LIST } from '../../../domain/index.js'
import { categoriesOf, filterPriceList, PAGE_SIZE, pageOf } from './price-list-filter.js'

const items = STARTER_PRICE_LIST.items
const all = { query: '', domain: '', category: '' }

describe('filterPriceList', () => {
  it('keeps everything without a filter', () => {
    expect(filterPriceList(items, all)).toHaveLength(items.length)
  })

  it('finds every word anywhere, case-insensitively, also in the source', () => {
    const found = filterPriceList(items, { ...all, query: 'bijstand GEHUWD aow' })
    expect(found.length).toBeGreaterThanOrEqual(2)
    for (const i of found) expect(i.name.nl.toLowerCase()).toMatch(/gehuwd.*aow/)
    expect(filterPriceList(items, { ...all, query: 'eropaf' }).map((i) => i.code)).toEqual([
      'WONEN-HUISUITZETTING',
    ])
  })

  it('narrows to a domain and a category', () => {
    const wmo = filterPriceList(items, { ...all, domain: 'wmo' })
    expect(wmo.length).toBeGreaterThan(0)
    expect(new Set(wmo.map((i) => i.domain))).toEqual(new Set(['wmo']))
    const shelter = filterPriceList(items, {
      ...all,
      domain: 'wmo',
      category: 'Maatschappelijke opvang',
    })
    expect(shelter.map((i) => i.code)).toContain('MO-FEITELIJK-DAKLOOS-JAAR')
    expect(shelter.every((i) => i.category === 'Maatschappelijke opvang')).toBe(true)
  })
})

describe('categoriesOf', () => {
  it('lists a domain’s categories once each, sorted', () => {
    const jeugd = categoriesOf(items, 'jeugdwet')
    expect(jeugd).toEqual([...new Set(jeugd)].sort((a, b) => a.localeCompare(b, 'nl')))
    expect(jeugd).toContain('Pleegzorg')
    expect(jeugd).not.toContain('Participatiewet')
    expect(categoriesOf(items, '').length).toBeGreaterThan(jeugd.length)
  })
})

describe('pageOf', () => {
  it('cuts the rows into pages and keeps a page past the end on the last one', () => {
    const rows = Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, k) => k)
    expect(pageOf(rows, 0)).toMatchObject({ page: 0, pages: 3 })
    expect(pageOf(rows, 0).rows).toHaveLength(PAGE_SIZE)
    expect(pageOf(rows, 2).rows).toEqual([50, 51, 52])
    expect(pageOf(rows, 9)).toMatchObject({ page: 2, pages: 3 })
    expect(pageOf([], 0)).toEqual({ rows: [], page: 0, pages: 1 })
  })
})
