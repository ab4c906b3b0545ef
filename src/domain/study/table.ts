import { ValidationError, type ValidationIssue } from '../errors.js'
import { parseNumber } from '../number/parse-number.js'
import { DEFAULT_MISSING } from './spec.js'

/** The trimmed cell texts that mean "missing" (the spec's `missing` list). */
export type MissingSpellings = ReadonlySet<string>

export const DEFAULT_MISSING_SET: MissingSpellings = new Set(DEFAULT_MISSING)

export function isMissing(cell: string, missing: MissingSpellings): boolean {
  return missing.has(cell.trim())
}

/** A table of raw cell text by column name, as read from CSV or XLSX. Row r is file row r + 2. */
export interface StudyTable {
  readonly rowCount: number
  readonly columns: ReadonlyMap<string, readonly string[]>
}

/** Collects problems with their file row (header = row 1) and column; throws them together. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = []
  add(row: number | undefined, column: string, nl: string, en: string): void {
    if (this.issues.length < 200)
      this.issues.push({
        ...(row === undefined ? {} : { row: row + 2 }),
        column,
        message: { nl, en },
      })
  }
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues)
  }
}

export function requireColumn(
  table: StudyTable,
  name: string,
  issues: IssueCollector,
): readonly string[] {
  const column = table.columns.get(name)
  if (!column) {
    issues.add(undefined, name, 'kolom ontbreekt in het bestand', 'column is missing from the file')
    return []
  }
  return column
}

/** Numbers with NaN for missing cells; text that is not a number is an error. */
export function numericColumn(
  table: StudyTable,
  name: string,
  issues: IssueCollector,
  missing: MissingSpellings = DEFAULT_MISSING_SET,
): Float64Array {
  const raw = requireColumn(table, name, issues)
  const out = new Float64Array(table.rowCount).fill(Number.NaN)
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]!.trim()
    if (missing.has(text)) continue
    // A machine export writes 1234.5 or 1.2e+05 (Number reads both, quickly); a decimal comma
    // (Dutch Excel: 1234,5 or 1.234,5) goes through the app's one number rule.
    const value = text.includes(',') ? dutchNumber(text) : Number(text)
    if (Number.isFinite(value)) out[i] = value
    else issues.add(i, name, `"${text}" is geen getal`, `"${text}" is not a number`)
  }
  return out
}

function dutchNumber(text: string): number {
  const parsed = parseNumber(text, 'nl')
  return parsed.ok ? parsed.value : Number.NaN
}

/**
 * An outcome needs members of both groups with a value (in the design's sample); without them
 * there is nothing to compare, and the error says which outcome and columns.
 */
export function requireBothGroups(name: string, columns: string, treat: ArrayLike<number>): void {
  let pilot = 0
  for (let i = 0; i < treat.length; i++) pilot += treat[i]!
  if (pilot > 0 && pilot < treat.length) return
  const issues = new IssueCollector()
  issues.add(
    undefined,
    columns,
    `${name}: ${pilot > 0 ? 'de vergelijkingsgroep' : 'de pilotgroep'} heeft geen enkele waarde; er valt niets te vergelijken`,
    `${name}: ${pilot > 0 ? 'the comparison group' : 'the pilot group'} has no value at all, so there is nothing to compare`,
  )
  issues.throwIfAny()
}

/** People per group (1 = pilot) among the rows an outcome uses: what its numbers rest on. */
export function groupSizes(treat: ArrayLike<number>): { pilot: number; comparison: number } {
  let pilot = 0
  for (let i = 0; i < treat.length; i++) if (treat[i] === 1) pilot++
  return { pilot, comparison: treat.length - pilot }
}
