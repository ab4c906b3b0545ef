import type { CovariateSpec } from './spec.js'
import {
  DEFAULT_MISSING_SET,
  type IssueCollector,
  isMissing,
  type MissingSpellings,
  numericColumn,
  requireColumn,
  type StudyTable,
} from './table.js'

export interface Term {
  readonly name: string
  readonly values: Float64Array
}

/** A categorical level that only one group has: the propensity model separates it (quasi-completely). */
export interface OneGroupLevel {
  readonly column: string
  readonly level: string
  readonly group: 'pilot' | 'comparison'
}

export interface Covariates {
  /** Table rows with every covariate and exact-matching column present (complete cases). */
  readonly complete: readonly number[]
  /** Per column, how many rows had a missing value there (a row may count in several). */
  readonly missingByColumn: Readonly<Record<string, number>>
  /** Terms of the propensity model: numeric columns, and `column:level` but for the reference level. */
  readonly modelTerms: readonly Term[]
  /** Terms of the balance table: every level of every categorical, as MatchIt's summary(). */
  readonly balanceTerms: readonly Term[]
  readonly oneGroupLevels: readonly OneGroupLevel[]
}

/**
 * The covariates on the complete cases. Missing cells (the spec's `missing` spellings, or an
 * empty number cell) leave the row out and are counted per column; levels are those of the
 * complete cases (as R's `droplevels`), sorted, the first the reference (as R's `factor`).
 */
export function readCovariates(
  table: StudyTable,
  covariates: readonly CovariateSpec[],
  exact: readonly string[],
  pilotAll: Uint8Array,
  missing: MissingSpellings,
  issues: IssueCollector,
): Covariates {
  const columns = covariates.map((c) =>
    c.type === 'numeric'
      ? { spec: c, numbers: numericColumn(table, c.column, issues, missing), cells: undefined }
      : { spec: c, numbers: undefined, cells: requireColumn(table, c.column, issues) },
  )
  const exactCells = exact.map((column) => ({
    column,
    cells: requireColumn(table, column, issues),
  }))
  const gap = (cells: readonly string[], i: number) => isMissing(cells[i] ?? '', missing)
  // One pass per column marks its missing cells; a row is complete when no column marked it.
  const marked = new Uint8Array(table.rowCount)
  const missingByColumn: Record<string, number> = {}
  const mark = (column: string, isGap: (i: number) => boolean) => {
    let count = 0
    for (let i = 0; i < table.rowCount; i++)
      if (isGap(i)) {
        marked[i] = 1
        count++
      }
    if (count > 0) missingByColumn[column] = (missingByColumn[column] ?? 0) + count
  }
  for (const { spec, numbers, cells } of columns)
    mark(spec.column, numbers ? (i) => Number.isNaN(numbers[i]!) : (i) => gap(cells ?? [], i))
  for (const { column, cells } of exactCells) mark(column, (i) => gap(cells, i))
  const complete: number[] = []
  for (let i = 0; i < table.rowCount; i++) if (marked[i] === 0) complete.push(i)
  const modelTerms: Term[] = []
  const balanceTerms: Term[] = []
  const oneGroupLevels: OneGroupLevel[] = []
  for (const c of columns) {
    if (c.numbers) {
      const numbers = c.numbers
      const term = { name: c.spec.column, values: Float64Array.from(complete, (i) => numbers[i]!) }
      modelTerms.push(term)
      balanceTerms.push(term)
      continue
    }
    const cells = c.cells ?? []
    const levels = levelIndicators(
      c.spec.column,
      complete.map((i) => cells[i]!),
      missing,
    )
    modelTerms.push(...levels.slice(1))
    balanceTerms.push(...levels)
    for (const term of levels) {
      let members = 0
      let pilotMembers = 0
      for (let k = 0; k < complete.length; k++)
        if (term.values[k] === 1) {
          members++
          pilotMembers += pilotAll[complete[k]!]!
        }
      if (pilotMembers === 0 || pilotMembers === members)
        oneGroupLevels.push({
          column: c.spec.column,
          level: term.name.slice(c.spec.column.length + 1),
          group: pilotMembers === 0 ? 'comparison' : 'pilot',
        })
    }
  }
  return { complete, missingByColumn, modelTerms, balanceTerms, oneGroupLevels }
}

/**
 * One indicator term `column:level` per level of a categorical column, levels sorted (as R's
 * factor); missing cells are NaN. One pass to code the cells, one per level.
 */
export function levelIndicators(
  column: string,
  raw: readonly string[],
  missing: MissingSpellings = DEFAULT_MISSING_SET,
): Term[] {
  const codes = new Int32Array(raw.length)
  const seen = new Map<string, number>()
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!.trim()
    if (missing.has(v)) {
      codes[i] = -1
      continue
    }
    let code = seen.get(v)
    if (code === undefined) {
      code = seen.size
      seen.set(v, code)
    }
    codes[i] = code
  }
  return [...seen.keys()].sort().map((level) => {
    const code = seen.get(level)
    const values = new Float64Array(raw.length)
    for (let i = 0; i < raw.length; i++)
      values[i] = codes[i] === -1 ? Number.NaN : codes[i] === code ? 1 : 0
    return { name: `${column}:${level}`, values }
  })
}

/**
 * Indicator terms `column:level` of a model (regression) for a categorical column: every level
 * but the first (sorted, as R's factor), which is the reference; missing cells are NaN.
 */
export function categoricalTerms(
  column: string,
  raw: readonly string[],
  missing: MissingSpellings = DEFAULT_MISSING_SET,
): Term[] {
  return levelIndicators(column, raw, missing).slice(1)
}

/** The model terms of covariates (the Cox model's `adjust`) on the given table rows. */
export function termsOn(
  table: StudyTable,
  covariates: readonly CovariateSpec[],
  rows: readonly number[],
  missing: MissingSpellings,
  issues: IssueCollector,
): Term[] {
  return covariates.flatMap((c) => {
    if (c.type === 'numeric') {
      const numbers = numericColumn(table, c.column, issues, missing)
      return [{ name: c.column, values: Float64Array.from(rows, (i) => numbers[i]!) }]
    }
    const cells = requireColumn(table, c.column, issues)
    return categoricalTerms(
      c.column,
      rows.map((i) => cells[i] ?? ''),
      missing,
    )
  })
}
