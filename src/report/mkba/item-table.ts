import { formatEuro, formatNumber, stakeholderName } from '../../domain/index.js'
import type {
  MkbaAnalysis,
  MkbaItem,
  MkbaModel,
  QuantityItem,
  SeriesItem,
} from '../../mkba/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'

const isQuantityItem = (item: MkbaItem): item is QuantityItem => 'quantity' in item
const isSeriesItem = (item: MkbaItem): item is SeriesItem => 'years' in item

const TEXT = {
  nl: {
    heading: 'Alle posten',
    item: 'Post',
    stakeholder: 'Belanghebbende',
    kind: { cost: 'kosten', benefit: 'baten' },
    category: { financial: 'geld', social: 'maatschappelijk', transfer: 'overdracht' },
    amount: 'Hoeveelheid × waarde',
    series: 'bedragen per jaar, samen',
    timing: 'Jaren',
    pv: 'Contante waarde',
    source: 'Bron',
    priceList: (code: string) => `prijslijst ${code}`,
    noSource: 'geen bron opgegeven',
  },
  en: {
    heading: 'Every item',
    item: 'Item',
    stakeholder: 'Stakeholder',
    kind: { cost: 'cost', benefit: 'benefit' },
    category: { financial: 'money', social: 'social', transfer: 'transfer' },
    amount: 'Quantity × value',
    series: 'amounts per year, summed',
    timing: 'Years',
    pv: 'Present value',
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
  const pv = new Map(result.items.map((i) => [i.id, i.pv]))
  const rows = model.items
    .filter((item) => item.category !== 'unquantified')
    .map((item) => {
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
      const category = t.category[item.category as keyof typeof t.category]
      return `<tr><td>${escapeHtml(item.label ?? item.id)}</td><td>${escapeHtml(stakeholderName(item.stakeholder, language))}</td><td>${t.kind[item.kind]}, ${category}</td><td class="num">${amount}</td><td>${years(item)}</td><td class="num">${formatEuro(pv.get(item.id) ?? 0, language)}</td><td class="source">${source === undefined ? `<em>${t.noSource}</em>` : escapeHtml(source)}</td></tr>`
    })
    .join('')
  return `<h2>${t.heading}</h2>
<table class="compact items"><thead><tr><th>${t.item}</th><th>${t.stakeholder}</th><th></th><th class="num">${t.amount}</th><th>${t.timing}</th><th class="num">${t.pv}</th><th>${t.source}</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
