import { formatEuro, formatNumber } from '../../domain/index.js'
import type {
  MkbaAnalysis,
  MkbaItem,
  MkbaModel,
  QuantityItem,
  SeriesItem,
} from '../../mkba/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'
import { ITEM_TEXT, itemRows } from './item-rows.js'

const isQuantityItem = (item: MkbaItem): item is QuantityItem => 'quantity' in item
const isSeriesItem = (item: MkbaItem): item is SeriesItem => 'years' in item

const TEXT = {
  nl: {
    ...ITEM_TEXT.nl,
    heading: 'Alle posten',
    amount: 'Hoeveelheid × waarde',
    series: 'bedragen per jaar, samen',
    timing: 'Jaren',
    source: 'Bron',
    priceList: (code: string) => `prijslijst ${code}`,
    noSource: 'geen bron opgegeven',
  },
  en: {
    ...ITEM_TEXT.en,
    heading: 'Every item',
    amount: 'Quantity × value',
    series: 'amounts per year, summed',
    timing: 'Years',
    source: 'Source',
    priceList: (code: string) => `price list ${code}`,
    noSource: 'no source given',
  },
} satisfies Record<ReportLanguage, unknown>

/** First and last year an item has money in: `2026–2028`, or one year. */
function years(item: MkbaItem): string {
  const span = isQuantityItem(item)
    ? [item.startYear, item.startYear + item.durationYears - 1]
    : isSeriesItem(item)
      ? [
          Math.min(...Object.keys(item.years).map(Number)),
          Math.max(...Object.keys(item.years).map(Number)),
        ]
      : []
  const [first, last] = span
  if (first === undefined || last === undefined) return '—'
  return first === last ? String(first) : `${first}–${last}`
}

/**
 * Every quantified item with its quantity, value, stakeholder, years, present value and source,
 * so a council member can ask about any line and the adviser can point to where it comes from.
 */
export function itemTableHtml(
  model: MkbaModel,
  result: MkbaAnalysis,
  language: ReportLanguage,
): string {
  const t = TEXT[language]
  const rows = itemRows(
    model.items.map((item) => ({ item })),
    result,
    language,
  )
    .map((row) => {
      const { item } = row
      const amount = isQuantityItem(item)
        ? `${formatNumber(item.quantity, language, { upTo: 2 })} × ${formatEuro(item.unitValue, language, 2)}`
        : isSeriesItem(item)
          ? `${formatEuro(
              Object.values(item.years).reduce((a, b) => a + b, 0),
              language,
            )} <span class="small">(${t.series})</span>`
          : '—'
      const source =
        item.source ??
        (item.priceListItem === undefined ? undefined : t.priceList(item.priceListItem))
      return `<tr><td>${escapeHtml(row.label)}</td><td>${escapeHtml(row.stakeholder)}</td><td>${row.kind}, ${row.category}</td><td class="num">${amount}</td><td>${years(item)}</td><td class="num">${formatEuro(row.pv, language)}</td><td class="source">${source === undefined ? `<em>${t.noSource}</em>` : escapeHtml(source)}</td></tr>`
    })
    .join('')
  return `<h2>${t.heading}</h2>
<table class="compact items"><thead><tr><th>${t.item}</th><th>${t.stakeholder}</th><th></th><th class="num">${t.amount}</th><th>${t.timing}</th><th class="num">${t.pv}</th><th>${t.source}</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
