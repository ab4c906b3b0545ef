import { z } from 'zod'
import { ValidationError, type ValidationIssue } from '../errors.js'
import { parseNumber } from '../number/parse-number.js'
import { parseDate, periodText, withinPeriod } from '../participant/participant-rows.js'
import { importTable, rowIssue } from '../validation/import-table.js'
import { MAX_ENTRY_MINUTES, TIME_KINDS, type TimeKind } from './time-entry.js'

/**
 * Hours from an organisation's own time system, one contact a row (CSV or a spreadsheet's first
 * sheet). The header names the columns in English or Dutch; the export writes the same columns,
 * so a file goes out and comes back.
 */
export const TIME_COLUMNS = {
  pseudonym: ['pseudonym', 'deelnemer'],
  email: ['email', 'medewerker'],
  date: ['date', 'datum'],
  kind: ['kind', 'soort'],
  minutes: ['minutes', 'minuten'],
  own_organisation: ['own_organisation', 'moederorganisatie'],
} as const satisfies Record<string, readonly string[]>
type Column = keyof typeof TIME_COLUMNS
const REQUIRED: readonly Column[] = ['pseudonym', 'email', 'date', 'kind', 'minutes']

/** The Dutch names of the kinds, as a spreadsheet may hold them (the ids work too). */
export const KIND_NAMES_NL: Readonly<Record<TimeKind, string>> = {
  conference: 'casusoverleg',
  'home-visit': 'huisbezoek',
  office: 'kantoor',
  phone: 'telefoon',
  email: 'e-mail',
  'chance-meeting': 'toevallige ontmoeting',
  'quick-message': 'kort bericht',
  'check-in-after-outflow': 'nazorgcontact',
}

export const MAX_TIME_ROWS = 50_000

export const timeImportRequestSchema = z
  .object({ format: z.enum(['csv', 'xlsx']), content: z.string().min(1).max(20_000_000) })
  .strict()
export const timeImportResponseSchema = z.object({ imported: z.number().int() })
export const timeExportQuerySchema = z
  .object({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .strict()

/** One valid row: its file row and the entry's fields, the case and professional still by name. */
export interface TimeRowInput {
  readonly row: number
  readonly pseudonym: string
  readonly email: string
  readonly date: string
  readonly kind: TimeKind
  readonly minutes: number
  readonly ownOrganisation: boolean
}

const YES = ['ja', 'yes', 'j', 'y', '1', 'true', 'waar']
const NO = ['nee', 'no', 'n', '0', 'false', 'onwaar', '']

function kindOf(text: string): TimeKind | undefined {
  const t = text.trim().toLowerCase()
  return TIME_KINDS.find((k) => k === t || KIND_NAMES_NL[k] === t)
}

/**
 * Reads time entries from rows (header first): every row checked, every problem named with its
 * row and column in Dutch and English, and any problem rejects the whole file. Which cases and
 * professionals exist is the caller's check (`known`), so the file is all or nothing there too.
 * @example
 * ```ts
 * const rows = timeEntriesFromRows(
 *   [['deelnemer', 'medewerker', 'datum', 'soort', 'minuten'],
 *    ['P-1', 'a@x.example', '03-02-2026', 'kort bericht', '5']],
 *   { known: () => null, period: { start: '2026-01-01', end: null } })
 * rows[0]?.kind // → 'quick-message'
 * rows[0]?.date // → '2026-02-03'
 * ```
 */
export function timeEntriesFromRows(
  rows: readonly (readonly string[])[],
  options: {
    /** A problem with the row's case or professional (not found, not in the project), or null. */
    readonly known: (row: {
      pseudonym: string
      email: string
    }) => (ValidationIssue['message'] & { column: Column }) | null
    readonly period: { readonly start: string; readonly end: string | null }
  },
): TimeRowInput[] {
  const issues: ValidationIssue[] = []
  const entries: TimeRowInput[] = []
  const table = importTable(rows, {
    columns: TIME_COLUMNS,
    required: REQUIRED,
    maxRows: MAX_TIME_ROWS,
    none: { nl: 'Het bestand bevat geen registraties.', en: 'The file holds no entries.' },
  })
  for (const { row, cell } of table) {
    const before = issues.length
    const missing = REQUIRED.filter((c) => cell(c) === '')
    for (const c of missing)
      issues.push(rowIssue(row, c, 'Ontbreekt (verplicht).', 'Missing (required).'))
    const date = parseDate(cell('date'))
    if (cell('date') !== '' && date === undefined)
      issues.push(
        rowIssue(
          row,
          'date',
          `'${cell('date')}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ).`,
          `'${cell('date')}' is not a date (YYYY-MM-DD or DD-MM-YYYY).`,
        ),
      )
    if (date !== undefined && !withinPeriod(date, options.period))
      issues.push(
        rowIssue(
          row,
          'date',
          `${date} valt buiten de looptijd van het project (${periodText(options.period, 'nl')}).`,
          `${date} is outside the project's period (${periodText(options.period, 'en')}).`,
        ),
      )
    const kind = kindOf(cell('kind'))
    if (cell('kind') !== '' && kind === undefined)
      issues.push(
        rowIssue(
          row,
          'kind',
          `Onbekende soort '${cell('kind')}'; kies uit ${Object.values(KIND_NAMES_NL).join(', ')}.`,
          `Unknown kind '${cell('kind')}'; use one of ${TIME_KINDS.join(', ')}.`,
        ),
      )
    const parsed = parseNumber(cell('minutes'), 'nl')
    const minutes = parsed.ok ? parsed.value : undefined
    if (
      cell('minutes') !== '' &&
      (minutes === undefined ||
        !Number.isInteger(minutes) ||
        minutes < 1 ||
        minutes > MAX_ENTRY_MINUTES)
    )
      issues.push(
        rowIssue(
          row,
          'minutes',
          `'${cell('minutes')}' is geen aantal minuten van 1 tot en met ${MAX_ENTRY_MINUTES}.`,
          `'${cell('minutes')}' is not a number of minutes from 1 to ${MAX_ENTRY_MINUTES}.`,
        ),
      )
    const own = cell('own_organisation').toLowerCase()
    if (!YES.includes(own) && !NO.includes(own))
      issues.push(
        rowIssue(
          row,
          'own_organisation',
          `'${cell('own_organisation')}' is geen ja of nee.`,
          `'${cell('own_organisation')}' is not yes or no.`,
        ),
      )
    if (missing.length === 0) {
      const unknown = options.known({ pseudonym: cell('pseudonym'), email: cell('email') })
      if (unknown) issues.push(rowIssue(row, unknown.column, unknown.nl, unknown.en))
    }
    if (issues.length > before || date === undefined || kind === undefined || minutes === undefined)
      continue
    entries.push({
      row,
      pseudonym: cell('pseudonym'),
      email: cell('email').toLowerCase(),
      date,
      kind,
      minutes,
      ownOrganisation: YES.includes(own),
    })
  }
  if (issues.length > 0) throw new ValidationError(issues)
  return entries
}

/**
 * Entries as rows in the import's columns (Dutch kind names, ja/nee), header first.
 * @example
 * ```ts
 * timeEntriesToRows([{ pseudonym: 'P-1', email: 'a@x.example', date: '2026-02-03', kind: 'phone', minutes: 15, ownOrganisation: false }])
 * // → [['pseudonym', 'email', 'date', 'kind', 'minutes', 'own_organisation'], ['P-1', 'a@x.example', '2026-02-03', 'telefoon', '15', 'nee']]
 * ```
 */
export function timeEntriesToRows(entries: readonly Omit<TimeRowInput, 'row'>[]): string[][] {
  return [
    Object.keys(TIME_COLUMNS),
    ...entries.map((e) => [
      e.pseudonym,
      e.email,
      e.date,
      KIND_NAMES_NL[e.kind],
      String(e.minutes),
      e.ownOrganisation ? 'ja' : 'nee',
    ]),
  ]
}
