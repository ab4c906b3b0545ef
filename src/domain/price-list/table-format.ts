import { quoted, shortened, ValidationError, type ValidationIssue } from '../errors.js'
import { parseNumber } from '../number/parse-number.js'
import { STAKEHOLDERS } from '../stakeholder/stakeholder.js'
import { localiseIssues } from '../validation/index.js'
import {
  PRICE_DOMAINS,
  type PriceList,
  type PriceListItem,
  priceListItemSchema,
} from './price-list.js'

/**
 * The price list as a flat table (CSV or a spreadsheet's first sheet), one item per row, so
 * that a municipality can keep its own tariffs in Excel. Prices in euros with two decimals
 * (a decimal comma is accepted); `needs_local_tariff` is ja/nee or yes/no.
 */
export const PRICE_LIST_COLUMNS = [
  'code',
  'name_nl',
  'name_en',
  'category',
  'domain',
  'unit',
  'price',
  'price_year',
  'low',
  'high',
  'default_payer',
  'source_title',
  'source_url',
  'source_year',
  'notes',
  'needs_local_tariff',
  'override_reason',
] as const
type Column = (typeof PRICE_LIST_COLUMNS)[number]

/** The column a field of the item comes from, for the fields a row's checks above leave to the schema. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  code: 'code',
  'name.nl': 'name_nl',
  'name.en': 'name_en',
  category: 'category',
  unit: 'unit',
}

const euros = (cents: number | undefined) => (cents === undefined ? '' : (cents / 100).toFixed(2))

/** The list as rows of text, header first. */
export function priceListToRows(list: PriceList): string[][] {
  return [
    [...PRICE_LIST_COLUMNS],
    ...list.items.map((i) => [
      i.code,
      i.name.nl,
      i.name.en,
      i.category,
      i.domain,
      i.unit,
      euros(i.priceCents),
      i.priceYear === undefined ? '' : String(i.priceYear),
      euros(i.lowCents),
      euros(i.highCents),
      i.defaultPayer,
      i.source?.title ?? '',
      i.source?.url ?? '',
      i.source?.year === undefined ? '' : String(i.source.year),
      i.notes ?? '',
      i.needsLocalTariff ? 'ja' : 'nee',
      i.override?.reason ?? '',
    ]),
  ]
}

const issue = (
  row: number,
  column: Column | undefined,
  nl: string,
  en: string,
): ValidationIssue => ({
  row,
  ...(column ? { column } : {}),
  message: { nl, en },
})

/**
 * Euros text → integer cents, read by the app's one number rule ("12,5" → 1250, "1.234,56" →
 * 123456, "12.5" → 1250); negative amounts and fractions of a cent are refused.
 */
function parseCents(text: string): number | undefined | 'invalid' {
  const parsed = parseNumber(text, 'nl')
  if (!parsed.ok) return parsed.reason === 'empty' ? undefined : 'invalid'
  const cents = Math.round(parsed.value * 100)
  return parsed.value < 0 || Math.abs(parsed.value * 100 - cents) > 1e-6 ? 'invalid' : cents
}

function parseYear(text: string): number | undefined | 'invalid' {
  const t = text.trim()
  if (t === '') return undefined
  return /^\d{4}$/.test(t) ? Number(t) : 'invalid'
}

const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y'])
const NO = new Set(['nee', 'no', 'false', '0', 'n', ''])

/**
 * Reads a price list from rows (header first). Every row is checked and every problem is
 * reported with its row (as the spreadsheet numbers it: the header is row 1) and column, in
 * Dutch and English; any problem rejects the whole list. A shipped item whose price differs
 * from the shipped one needs an `override_reason`: a municipality's own tariff is justified.
 */
export function priceListFromRows(
  rows: readonly (readonly string[])[],
  meta: { readonly id: string; readonly version: string; readonly shipped?: PriceList },
): PriceList {
  const issues: ValidationIssue[] = []
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase())
  const index = new Map(header.map((h, i) => [h, i]))
  const missing = PRICE_LIST_COLUMNS.filter((c) => c !== 'override_reason' && !index.has(c))
  if (missing.length > 0) {
    throw new ValidationError([
      issue(
        1,
        undefined,
        `De kopregel mist de kolom(men) ${missing.join(', ')}.`,
        `The header row lacks the column(s) ${missing.join(', ')}.`,
      ),
    ])
  }
  const shipped = new Map(meta.shipped?.items.map((i) => [i.code, i]))
  const seen = new Map<string, number>()
  const items: PriceListItem[] = []
  rows.slice(1).forEach((cells, k) => {
    const row = k + 2
    if (cells.every((c) => c.trim() === '')) return
    const cell = (c: Column) => (cells[index.get(c) ?? -1] ?? '').trim()
    const before = issues.length
    const money = (c: Column) => {
      const v = parseCents(cell(c))
      if (v === 'invalid')
        issues.push(
          issue(
            row,
            c,
            `${quoted(cell(c))} is geen bedrag in euro's.`,
            `${quoted(cell(c))} is not an amount in euros.`,
          ),
        )
      return v === 'invalid' ? undefined : v
    }
    const year = (c: Column) => {
      const v = parseYear(cell(c))
      if (v === 'invalid')
        issues.push(
          issue(row, c, `${quoted(cell(c))} is geen jaartal.`, `${quoted(cell(c))} is not a year.`),
        )
      return v === 'invalid' ? undefined : v
    }
    const code = cell('code').toUpperCase()
    const first = seen.get(code)
    if (code !== '' && first !== undefined)
      issues.push(
        issue(
          row,
          'code',
          `Code ${shortened(code)} staat ook al op rij ${first}.`,
          `Code ${shortened(code)} is also on row ${first}.`,
        ),
      )
    seen.set(code, row)
    const domain = cell('domain')
    if (!(PRICE_DOMAINS as readonly string[]).includes(domain))
      issues.push(
        issue(
          row,
          'domain',
          `Onbekend domein ${quoted(domain)}; kies uit ${PRICE_DOMAINS.join(', ')}.`,
          `Unknown domain ${quoted(domain)}; use one of ${PRICE_DOMAINS.join(', ')}.`,
        ),
      )
    const payer = cell('default_payer')
    if (!(STAKEHOLDERS as readonly string[]).includes(payer))
      issues.push(
        issue(
          row,
          'default_payer',
          `Onbekende betaler ${quoted(payer)}; kies uit ${STAKEHOLDERS.join(', ')}.`,
          `Unknown payer ${quoted(payer)}; use one of ${STAKEHOLDERS.join(', ')}.`,
        ),
      )
    const flag = cell('needs_local_tariff').toLowerCase()
    if (!YES.has(flag) && !NO.has(flag))
      issues.push(
        issue(
          row,
          'needs_local_tariff',
          `Vul ja of nee in, niet ${quoted(flag)}.`,
          `Fill in yes or no, not ${quoted(flag)}.`,
        ),
      )
    const priceIssues = issues.length
    const priceCents = money('price')
    const priceReadable = issues.length === priceIssues
    const lowCents = money('low')
    const highCents = money('high')
    const priceYear = year('price_year')
    const sourceYear = year('source_year')
    if (priceCents !== undefined && priceYear === undefined && issues.length === before)
      issues.push(
        issue(
          row,
          'price_year',
          'Een prijs heeft een prijsjaar nodig.',
          'A price needs its price year.',
        ),
      )
    if (priceCents !== undefined && lowCents !== undefined && lowCents > priceCents)
      issues.push(
        issue(
          row,
          'low',
          'De lage waarde ligt boven de prijs.',
          'The low value is above the price.',
        ),
      )
    if (priceCents !== undefined && highCents !== undefined && highCents < priceCents)
      issues.push(
        issue(
          row,
          'high',
          'De hoge waarde ligt onder de prijs.',
          'The high value is below the price.',
        ),
      )
    const sourceTitle = cell('source_title')
    const reason = cell('override_reason')
    const original = shipped.get(code)
    const changed = priceReadable && original !== undefined && original.priceCents !== priceCents
    if (changed && reason === '')
      issues.push(
        issue(
          row,
          'override_reason',
          `Een eigen tarief voor ${code} heeft een reden nodig.`,
          `An own tariff for ${code} needs a reason.`,
        ),
      )
    if (priceCents !== undefined && sourceTitle === '' && reason === '')
      issues.push(
        issue(
          row,
          'source_title',
          'Een prijs heeft een bron nodig (of een reden als eigen tarief).',
          'A price needs a source (or a reason as an own tariff).',
        ),
      )
    if (issues.length > before) return
    // An empty cell of a required column is absent, so it reads as missing, as in any file.
    const required = (c: Column) => cell(c) || undefined
    const candidate = {
      code: code || undefined,
      name: { nl: required('name_nl'), en: required('name_en') },
      category: required('category'),
      domain,
      unit: required('unit'),
      ...(priceCents !== undefined ? { priceCents } : {}),
      ...(priceYear !== undefined ? { priceYear } : {}),
      ...(lowCents !== undefined ? { lowCents } : {}),
      ...(highCents !== undefined ? { highCents } : {}),
      defaultPayer: payer,
      ...(sourceTitle !== ''
        ? {
            source: {
              title: sourceTitle,
              ...(cell('source_url') ? { url: cell('source_url') } : {}),
              year: sourceYear ?? priceYear ?? 0,
            },
          }
        : {}),
      ...(cell('notes') ? { notes: cell('notes') } : {}),
      needsLocalTariff: YES.has(flag) && priceCents === undefined,
      ...(reason ? { override: { reason } } : {}),
    }
    const parsed = priceListItemSchema.safeParse(candidate)
    if (!parsed.success) {
      for (const { path, message } of localiseIssues(parsed.error, candidate))
        issues.push({ row, column: COLUMN_OF_FIELD[path.join('.')] ?? path.join('.'), message })
      return
    }
    items.push(parsed.data)
  })
  if (issues.length > 0) throw new ValidationError(issues)
  if (items.length === 0)
    throw new ValidationError([
      issue(2, undefined, 'De lijst bevat geen items.', 'The list has no items.'),
    ])
  return { id: meta.id, version: meta.version, items }
}
