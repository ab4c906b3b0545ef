import { describe, expect, it } from 'vitest'
import { openWorkbook } from '../../../test/support/recompute-workbook.js'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import { parseMkbaModel, stakeholderName } from '../../domain/index.js'
import {
  analyseMkba,
  evaluateModel,
  type MkbaItem,
  type MkbaModel,
  type MkbaResult,
} from '../../mkba/index.js'
import { mkbaWorkbook } from './workbook.js'

const demo = parseMkbaModel(DEMO_MKBA_MODEL)

async function workbookOf(model: MkbaModel, language: 'nl' | 'en' = 'nl') {
  const analysis = analyseMkba(model, { draws: 200, seed: 1 })
  return openWorkbook(await mkbaWorkbook({ analysis, model }, language))
}

/** The summary and stakeholder sheets, recomputed, against the engine's result. */
function expectSameAsEngine(
  book: Awaited<ReturnType<typeof workbookOf>>,
  engine: MkbaResult,
): void {
  const summary = (label: string) => Number(book.get('Samenvatting', label, 'Waarde'))
  const close = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
  close(summary('Contante waarde kosten'), engine.pvCosts)
  close(summary('Contante waarde baten'), engine.pvBenefits)
  close(summary('Contante waarde baten in geld'), engine.pvBenefitsFinancial)
  close(summary('Saldo (netto contante waarde)'), engine.npv)
  close(summary('Baten per euro'), engine.ratio ?? Number.NaN)
  close(summary('Baten in geld per euro'), engine.ratioFinancial ?? Number.NaN)
  for (const s of engine.perStakeholder) {
    const name = stakeholderName(s.stakeholder, 'nl')
    close(Number(book.get('Belanghebbenden', name, 'Kosten')), s.pvCosts)
    close(Number(book.get('Belanghebbenden', name, 'Baten')), s.pvBenefits)
  }
}

const none = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }

/** research/mkba.md TC1 with an own-rate item and a transfer: every bookkeeping branch. */
const branches: MkbaModel = {
  name: 'branches',
  baseYear: 1,
  priceYear: 1,
  horizonYears: 5,
  discountRate: 0.035,
  timing: 'end-of-year',
  stakeholders: ['funder', 'participants', 'state'],
  items: [
    {
      id: 'inputs',
      kind: 'cost',
      category: 'financial',
      stakeholder: 'funder',
      upfront: true,
      years: { 1: 250000 },
      ...none,
    },
    {
      id: 'outcome',
      kind: 'benefit',
      category: 'social',
      stakeholder: 'participants',
      quantity: 60,
      unitValue: 8500,
      startYear: 1,
      durationYears: 2,
      deadweight: 0.4,
      attribution: 0.3,
      displacement: 0,
      dropOff: 0.3,
    },
    {
      id: 'safe',
      kind: 'benefit',
      category: 'financial',
      stakeholder: 'funder',
      discountRate: -0.01,
      years: { 2: 1000, 4: 2000, 9: 5 },
      ...none,
      dropOff: 0.1,
    },
    {
      id: 'benefit-saved',
      kind: 'benefit',
      category: 'transfer',
      stakeholder: 'state',
      counterparty: 'participants',
      quantity: 3,
      unitValue: 14000,
      startYear: 2,
      durationYears: 3,
      ...none,
    },
    {
      id: 'fee',
      kind: 'cost',
      category: 'transfer',
      stakeholder: 'participants',
      counterparty: 'funder',
      years: { 3: 700 },
      ...none,
    },
  ] as MkbaItem[],
}

describe('the MKBA workbook, recomputed as a spreadsheet would', () => {
  it('has Dutch sheets, and its formulas give the engine’s totals, stakeholders and ratio', async () => {
    const book = await workbookOf(demo)
    expect(book.names).toEqual(
      expect.arrayContaining([
        'Uitgangspunten',
        'Posten',
        'Samenvatting',
        'Belanghebbenden',
        'Jaren',
      ]),
    )
    expectSameAsEngine(book, evaluateModel(demo))
  })

  it('follows a changed discount rate and a changed quantity as the engine does', async () => {
    const book = await workbookOf(demo)
    book.set('Uitgangspunten', 'Discontovoet', 'Waarde', 0.04)
    expectSameAsEngine(book, evaluateModel({ ...demo, discountRate: 0.04 }))
    const item = demo.items.find((i) => 'quantity' in i && i.category !== 'unquantified')
    if (!item || !('quantity' in item)) throw new Error('the demo has a quantity item')
    book.set('Posten', item.label ?? item.id, 'Aantal', item.quantity * 2)
    expectSameAsEngine(
      book,
      evaluateModel({
        ...demo,
        discountRate: 0.04,
        items: demo.items.map((i) => (i === item ? { ...item, quantity: item.quantity * 2 } : i)),
      }),
    )
  })

  it('keeps every bookkeeping branch: upfront, end of year, own rate, drop-off, transfers both ways', async () => {
    const book = await workbookOf(branches)
    expectSameAsEngine(book, evaluateModel(branches))
    book.set('Posten', 'outcome', 'Uitdoving per jaar', 0.5)
    expectSameAsEngine(
      book,
      evaluateModel({
        ...branches,
        items: branches.items.map((i) => (i.id === 'outcome' ? { ...i, dropOff: 0.5 } : i)),
      }),
    )
    book.set('Uitgangspunten', 'Eerste jaar ook verdisconteren (0 = nee, 1 = ja)', 'Waarde', 0)
    const startOfYear = evaluateModel({
      ...branches,
      timing: 'start-of-year',
      items: branches.items.map((i) => (i.id === 'outcome' ? { ...i, dropOff: 0.5 } : i)),
    })
    expectSameAsEngine(book, startOfYear)
  })

  it('writes a label that looks like a formula as text', async () => {
    const book = await workbookOf({
      ...branches,
      items: branches.items.map((i) => (i.id === 'fee' ? { ...i, label: '=HYPERLINK("x")' } : i)),
    })
    expect(book.get('Posten', `'=HYPERLINK("x")`, 'Post')).toBe(`'=HYPERLINK("x")`)
  })

  it('speaks English when asked', async () => {
    const book = await workbookOf(demo, 'en')
    expect(book.names).toEqual(expect.arrayContaining(['Assumptions', 'Items', 'Summary']))
    expect(Number(book.get('Summary', 'Benefits per euro', 'Value'))).toBeCloseTo(
      evaluateModel(demo).ratio ?? Number.NaN,
      9,
    )
  })
})
