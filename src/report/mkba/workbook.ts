import { stakeholderName } from '../../domain/index.js'
import {
  type CompiledModel,
  compileModel,
  impactFactor,
  type MkbaAnalysis,
} from '../../mkba/index.js'
import type { ReportLanguage } from '../format.js'
import { createWorkbook, formula } from '../workbook.js'
import { ITEM_TEXT, itemRows } from './item-rows.js'
import type { MkbaReportInput } from './report-html.js'

const TEXT = {
  nl: {
    ...ITEM_TEXT.nl,
    sheets: {
      assumptions: 'Uitgangspunten',
      items: 'Posten',
      summary: 'Samenvatting',
      stakeholders: 'Belanghebbenden',
      years: 'Jaren',
      unquantified: 'PM-posten',
      tornado: 'Gevoeligheid',
      monteCarlo: 'Monte Carlo',
      scenarios: 'Scenario’s',
    },
    measure: 'Grootheid',
    value: 'Waarde',
    name: 'Naam',
    baseYear: 'Basisjaar',
    priceYear: 'Prijspeil',
    horizon: 'Looptijd (jaren)',
    rate: 'Discontovoet',
    shift: 'Eerste jaar ook verdisconteren (0 = nee, 1 = ja)',
    live: 'Wijzig aantallen, waarden, aanpassingen, bedragen per jaar of de discontovoet: contante waarden, totalen en de verhouding rekenen mee.',
    counterparty: 'Tegenpartij',
    kind: 'Soort',
    category: 'Categorie',
    quantity: 'Aantal',
    unitValue: 'Waarde per eenheid',
    factor: 'Factor op reeks',
    deadweight: 'Deadweight',
    attribution: 'Attributie',
    displacement: 'Verdringing',
    dropOff: 'Uitdoving per jaar',
    firstYear: 'Eerste jaar',
    itemShift: 'Eerste jaar verdisconteerd (0/1)',
    gross: (year: number) => `Bruto ${year}`,
    pvYear: (year: number) => `CW ${year}`,
    societyCost: 'Kosten maatschappij',
    societyBenefit: 'Baten maatschappij',
    financialBenefit: 'Baten in geld',
    ownCost: 'Kosten eigen partij',
    ownBenefit: 'Baten eigen partij',
    otherCost: 'Kosten tegenpartij',
    otherBenefit: 'Baten tegenpartij',
    pvCosts: 'Contante waarde kosten',
    pvBenefits: 'Contante waarde baten',
    pvFinancial: 'Contante waarde baten in geld',
    npv: 'Saldo (netto contante waarde)',
    ratio: 'Baten per euro',
    ratioFinancial: 'Baten in geld per euro',
    costs: 'Kosten',
    benefits: 'Baten',
    net: 'Saldo',
    year: 'Jaar',
    discountFactor: 'Disconteringsfactor',
    pvNet: 'Contant saldo',
    cumulative: 'Cumulatief contant saldo',
    computed: 'Berekend door Effectwijzer bij het maken van dit bestand; rekent niet mee.',
    sign: 'Richting',
    parameter: 'Aanname',
    low: 'Laag',
    high: 'Hoog',
    npvLow: 'Saldo bij laag',
    npvHigh: 'Saldo bij hoog',
    ratioLow: 'Verhouding bij laag',
    ratioHigh: 'Verhouding bij hoog',
    scenario: 'Scenario',
  },
  en: {
    ...ITEM_TEXT.en,
    sheets: {
      assumptions: 'Assumptions',
      items: 'Items',
      summary: 'Summary',
      stakeholders: 'Stakeholders',
      years: 'Years',
      unquantified: 'Unquantified',
      tornado: 'Sensitivity',
      monteCarlo: 'Monte Carlo',
      scenarios: 'Scenarios',
    },
    measure: 'Measure',
    value: 'Value',
    name: 'Name',
    baseYear: 'Base year',
    priceYear: 'Price year',
    horizon: 'Horizon (years)',
    rate: 'Discount rate',
    shift: 'Discount the first year too (0 = no, 1 = yes)',
    live: 'Change quantities, values, adjustments, amounts per year or the discount rate: present values, totals and the ratio follow.',
    counterparty: 'Counterparty',
    kind: 'Kind',
    category: 'Category',
    quantity: 'Quantity',
    unitValue: 'Unit value',
    factor: 'Factor on series',
    deadweight: 'Deadweight',
    attribution: 'Attribution',
    displacement: 'Displacement',
    dropOff: 'Drop-off per year',
    firstYear: 'First year',
    itemShift: 'First year discounted (0/1)',
    gross: (year: number) => `Gross ${year}`,
    pvYear: (year: number) => `PV ${year}`,
    societyCost: 'Cost to society',
    societyBenefit: 'Benefit to society',
    financialBenefit: 'Benefit in money',
    ownCost: 'Cost to own party',
    ownBenefit: 'Benefit to own party',
    otherCost: 'Cost to counterparty',
    otherBenefit: 'Benefit to counterparty',
    pvCosts: 'Present value of costs',
    pvBenefits: 'Present value of benefits',
    pvFinancial: 'Present value of benefits in money',
    npv: 'Net present value',
    ratio: 'Benefits per euro',
    ratioFinancial: 'Benefits in money per euro',
    costs: 'Costs',
    benefits: 'Benefits',
    net: 'Net',
    year: 'Year',
    discountFactor: 'Discount factor',
    pvNet: 'Discounted net',
    cumulative: 'Cumulative discounted net',
    computed: 'Computed by Effectwijzer when this file was made; does not follow changes.',
    sign: 'Sign',
    parameter: 'Assumption',
    low: 'Low',
    high: 'High',
    npvLow: 'NPV at low',
    npvHigh: 'NPV at high',
    ratioLow: 'Ratio at low',
    ratioHigh: 'Ratio at high',
    scenario: 'Scenario',
  },
} satisfies Record<ReportLanguage, unknown>

/** Spreadsheet column letters: 1 → A, 27 → AA. */
function column(n: number): string {
  let letters = ''
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`

/** Rows of the assumptions sheet that formulas refer to. */
const ASSUMPTION_ROW = { baseYear: 3, rate: 6, shift: 7 } as const

/**
 * The MKBA as the workbook advisers exchange: Dutch (or English) sheets and columns, and live
 * formulas from each item's inputs to its present value, the totals per stakeholder and for
 * society, and the ratio, so a user who changes a quantity or the discount rate in Excel sees
 * the answer follow. The bookkeeping is the engine's (src/mkba/evaluate.ts, ledger.ts): present
 * value Σ_t a_t (1+r)^−τ(t), impact factor (1−dw)(1−at)(1−di)(1−do)^k (impactFactor), transfers
 * cancelling for society and counted once as money at the receiving side. Sensitivity, Monte
 * Carlo and scenarios are the engine's numbers at the time of writing, and say so.
 */
export async function mkbaWorkbook(
  { analysis: result, model }: Pick<MkbaReportInput, 'analysis' | 'model'>,
  language: ReportLanguage = 'nl',
): Promise<Uint8Array> {
  const t = TEXT[language]
  const workbook = createWorkbook()
  const compiled = compileModel(model)
  const H = model.horizonYears
  const years = Array.from({ length: H }, (_, i) => model.baseYear + i)
  const a = quoted(t.sheets.assumptions)

  workbook.sheet(
    t.sheets.assumptions,
    [t.measure, t.value],
    [
      [t.name, model.name],
      [t.baseYear, model.baseYear],
      [t.priceYear, model.priceYear],
      [t.horizon, H],
      [t.rate, model.discountRate],
      [t.shift, model.timing === 'end-of-year' ? 1 : 0],
      [t.live, ''],
    ],
  )

  const items = itemSheet(compiled, result, years, language, a)
  workbook.sheet(t.sheets.items, items.header, items.rows)

  const s = quoted(t.sheets.items)
  const range = (name: keyof typeof items.columns) => {
    const c = column(items.columns[name])
    return `${s}!$${c}$2:$${c}$${items.rows.length + 1}`
  }
  const sum = (name: keyof typeof items.columns) => `SUM(${range(name)})`
  workbook.sheet(
    t.sheets.summary,
    [t.measure, t.value],
    [
      [t.pvCosts, formula(sum('societyCost'), result.pvCosts)],
      [t.pvBenefits, formula(sum('societyBenefit'), result.pvBenefits)],
      [t.pvFinancial, formula(sum('financialBenefit'), result.pvBenefitsFinancial)],
      [t.npv, formula('B3-B2', result.npv)],
      [t.ratio, formula('IF(B2>0,B3/B2,"")', result.ratio ?? '')],
      [t.ratioFinancial, formula('IF(B2>0,B4/B2,"")', result.ratioFinancial ?? '')],
    ],
  )

  workbook.sheet(
    t.sheets.stakeholders,
    [t.stakeholder, t.costs, t.benefits, t.net],
    result.perStakeholder.map((balance, i) => {
      const row = i + 2
      const by = (key: 'stakeholder' | 'counterparty', value: keyof typeof items.columns) =>
        `SUMIF(${range(key)},$A${row},${range(value)})`
      return [
        stakeholderName(balance.stakeholder, language),
        formula(
          `${by('stakeholder', 'ownCost')}+${by('counterparty', 'otherCost')}`,
          balance.pvCosts,
        ),
        formula(
          `${by('stakeholder', 'ownBenefit')}+${by('counterparty', 'otherBenefit')}`,
          balance.pvBenefits,
        ),
        formula(`C${row}-B${row}`, balance.net),
      ]
    }),
  )

  engineSheets(workbook, result, language)
  return workbook.bytes()
}

/**
 * One row per quantified item: its inputs (quantity, unit value or a factor on its yearly
 * series, the four adjustments, its own discount rate or the model's), its gross amount per
 * horizon year (1 per year of a quantity item, the amounts of a series), its present value per
 * year as a formula, and where that value lands for society, the financial lens and the
 * stakeholders.
 */
function itemSheet(
  compiled: CompiledModel,
  result: MkbaAnalysis,
  years: readonly number[],
  language: ReportLanguage,
  assumptions: string,
) {
  const t = TEXT[language]
  const H = years.length
  const fixed = [
    'item',
    'stakeholder',
    'counterparty',
    'kind',
    'category',
    'quantity',
    'unitValue',
    'factor',
    'deadweight',
    'attribution',
    'displacement',
    'dropOff',
    'firstYear',
    'rate',
    'itemShift',
  ] as const
  const grossAt = fixed.length + 1
  const pvYearAt = grossAt + H
  const tail = [
    'pv',
    'societyCost',
    'societyBenefit',
    'financialBenefit',
    'ownCost',
    'ownBenefit',
    'otherCost',
    'otherBenefit',
  ] as const
  type Column = (typeof fixed)[number] | (typeof tail)[number]
  const columns = Object.fromEntries([
    ...fixed.map((name, i) => [name, i + 1]),
    ...tail.map((name, i) => [name, pvYearAt + H + i]),
  ]) as Record<Column, number>
  const c = (name: Column, row: number) => `$${column(columns[name])}${row}`
  // Each column is headed by its name's word; the year columns by the year.
  const header = [
    ...fixed.map((name) => t[name]),
    ...years,
    ...years.map(t.pvYear),
    ...tail.map((name) => t[name]),
  ]
  const cost = t.kinds.cost
  const benefit = t.kinds.benefit
  const transfer = t.categories.transfer
  const money = t.categories.financial
  const rows = itemRows(compiled.items, result, language).map((row, index) => {
    const { entry: compiledItem, item, pv } = row
    const r = index + 2
    const gross = new Array<number>(H).fill(0)
    compiledItem.t.forEach((horizonIndex, j) => {
      gross[horizonIndex] = (gross[horizonIndex] ?? 0) + (compiledItem.gross[j] ?? 0)
    })
    // The item's first year: a flow's year minus its years since the first (the same for all).
    const first =
      compiledItem.t.length > 0
        ? (years[compiledItem.t[0] ?? 0] ?? 0) - (compiledItem.k[0] ?? 0)
        : (years[0] ?? 0)
    const quantity = 'quantity' in item ? item.quantity : ''
    const unitValue = 'unitValue' in item ? item.unitValue : ''
    const scale = compiledItem.fromQuantity
      ? `${c('quantity', r)}*${c('unitValue', r)}`
      : c('factor', r)
    const pvYears = years.map((year, i) => {
      const g = `${column(grossAt + i)}${r}`
      const y = `${column(grossAt + i)}$1`
      const keep = `IF(${y}>=${c('firstYear', r)},(1-${c('dropOff', r)})^(${y}-${c('firstYear', r)}),0)`
      const adjust = `(1-${c('deadweight', r)})*(1-${c('attribution', r)})*(1-${c('displacement', r)})`
      const discount = `(1+${c('rate', r)})^(${y}-${assumptions}!$B$${ASSUMPTION_ROW.baseYear}+${c('itemShift', r)})`
      const k = year - first
      const now =
        (gross[i] ?? 0) *
        (compiledItem.fromQuantity ? Number(quantity) * Number(unitValue) : 1) *
        (k < 0 ? 0 : impactFactor(item, k)) *
        (1 + compiledItem.rate) **
          -(year - compiled.model.baseYear + (compiledItem.timing === 'end-of-year' ? 1 : 0))
      return formula(`${g}*${scale}*${adjust}*${keep}/${discount}`, now)
    })
    const pvCell = c('pv', r)
    const isKind = (k: string) => `${c('kind', r)}="${k}"`
    const isCategory = (k: string) => `${c('category', r)}="${k}"`
    const lands = (value: number | boolean) => (value === true ? pv : 0)
    const own = compiledItem.timing === 'end-of-year' ? 1 : 0
    const cells: Record<Column, unknown> = {
      item: row.label,
      stakeholder: row.stakeholder,
      counterparty: row.counterparty,
      kind: row.kind,
      category: row.category,
      quantity,
      unitValue,
      factor: compiledItem.fromQuantity ? '' : 1,
      deadweight: item.deadweight,
      attribution: item.attribution,
      displacement: item.displacement,
      dropOff: item.dropOff,
      firstYear: first,
      rate:
        item.discountRate ?? formula(`${assumptions}!$B$${ASSUMPTION_ROW.rate}`, compiledItem.rate),
      // Upfront items sit at t = 0 whatever the convention; the others follow the model's.
      itemShift:
        item.upfront === true ? own : formula(`${assumptions}!$B$${ASSUMPTION_ROW.shift}`, own),
      pv: formula(`SUM(${column(pvYearAt)}${r}:${column(pvYearAt + H - 1)}${r})`, pv),
      societyCost: formula(
        `IF(AND(${isKind(cost)},NOT(${isCategory(transfer)})),${pvCell},0)`,
        lands(item.kind === 'cost' && item.category !== 'transfer'),
      ),
      societyBenefit: formula(
        `IF(AND(${isKind(benefit)},NOT(${isCategory(transfer)})),${pvCell},0)`,
        lands(item.kind === 'benefit' && item.category !== 'transfer'),
      ),
      financialBenefit: formula(
        `IF(OR(${isCategory(transfer)},AND(${isKind(benefit)},${isCategory(money)})),${pvCell},0)`,
        lands(
          item.category === 'transfer' ||
            (item.kind === 'benefit' && item.category === 'financial'),
        ),
      ),
      ownCost: formula(`IF(${isKind(cost)},${pvCell},0)`, lands(item.kind === 'cost')),
      ownBenefit: formula(`IF(${isKind(benefit)},${pvCell},0)`, lands(item.kind === 'benefit')),
      // A transfer is the counterparty's mirror image: what one side receives the other pays.
      otherCost: formula(
        `IF(AND(${isCategory(transfer)},${isKind(benefit)}),${pvCell},0)`,
        lands(item.category === 'transfer' && item.kind === 'benefit'),
      ),
      otherBenefit: formula(
        `IF(AND(${isCategory(transfer)},${isKind(cost)}),${pvCell},0)`,
        lands(item.category === 'transfer' && item.kind === 'cost'),
      ),
    }
    return [
      ...fixed.map((name) => cells[name]),
      ...gross,
      ...pvYears,
      ...tail.map((name) => cells[name]),
    ]
  })
  return { header, rows, columns }
}

/** The engine's own figures that a formula cannot redo (draws, bars, variants), labelled as such. */
function engineSheets(
  workbook: ReturnType<typeof createWorkbook>,
  result: MkbaAnalysis,
  language: ReportLanguage,
): void {
  const t = TEXT[language]
  /** The engine's records, a column per field, and a last line saying they do not follow edits. */
  const computedSheet = <Row>(
    name: string,
    columns: ReadonlyArray<readonly [header: string, field: NoInfer<keyof Row>]>,
    rows: readonly Row[],
  ) =>
    workbook.sheet(
      name,
      columns.map(([header]) => header),
      [...rows.map((row) => columns.map(([, field]) => row[field])), [t.computed]],
    )
  computedSheet(
    t.sheets.years,
    [
      [t.year, 'year'],
      [t.costs, 'costs'],
      [t.benefits, 'benefits'],
      [t.financialBenefit, 'benefitsFinancial'],
      [t.discountFactor, 'discountFactor'],
      [t.pvNet, 'pvNet'],
      [t.cumulative, 'cumulativePvNet'],
    ],
    result.years,
  )
  workbook.sheet(
    t.sheets.unquantified,
    [t.item, t.stakeholder, t.sign],
    result.unquantified.map((u) => [u.label, stakeholderName(u.stakeholder, language), u.sign]),
  )
  computedSheet(
    t.sheets.tornado,
    [
      [t.parameter, 'parameter'],
      [t.low, 'low'],
      [t.high, 'high'],
      [t.npvLow, 'npvLow'],
      [t.npvHigh, 'npvHigh'],
      [t.ratioLow, 'ratioLow'],
      [t.ratioHigh, 'ratioHigh'],
    ],
    result.tornado,
  )
  if (result.monteCarlo) {
    computedSheet(
      t.sheets.monteCarlo,
      [
        [t.measure, 'measure'],
        [t.value, 'value'],
      ],
      Object.entries(result.monteCarlo)
        .filter(([, value]) => typeof value === 'number')
        .map(([measure, value]) => ({ measure, value })),
    )
  }
  computedSheet(
    t.sheets.scenarios,
    [
      [t.scenario, 'name'],
      [t.pvCosts, 'pvCosts'],
      [t.pvBenefits, 'pvBenefits'],
      [t.npv, 'npv'],
      [t.ratio, 'ratio'],
      [t.ratioFinancial, 'ratioFinancial'],
    ],
    result.scenarios,
  )
}
