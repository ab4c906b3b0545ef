import type { LocalisedMessage } from '../errors.js'
import { ValidationError } from '../errors.js'
import { MISSING_REQUIRED } from '../validation/index.js'
import type { StudySpec } from './spec.js'
import {
  type IssueCollector,
  type MissingSpellings,
  requireColumn,
  type StudyTable,
} from './table.js'

/** A file without data rows (empty, or a header only) says so once, not once per column it lacks. */
export function refuseEmpty(table: StudyTable): void {
  if (table.rowCount === 0)
    throw new ValidationError([
      {
        message: {
          nl: 'het bestand is leeg (geen gegevensrijen)',
          en: 'the file is empty (no data rows)',
        },
      },
    ])
}

/**
 * 1 for the pilot, 0 for the comparison group, per row. The comparison value is the most
 * frequent other value; any further value, and a missing one, is an error naming its row.
 */
export function readGroup(
  table: StudyTable,
  group: StudySpec['group'],
  missing: MissingSpellings,
  issues: IssueCollector,
): Uint8Array {
  const raw = requireColumn(table, group.column, issues)
  const counts = new Map<string, number>()
  for (const cell of raw) {
    const v = cell.trim()
    if (v !== group.treated && !missing.has(v)) counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  const comparison = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  raw.forEach((cell, i) => {
    const value = cell.trim()
    if (missing.has(value)) issues.add(i, group.column, MISSING_REQUIRED.nl, MISSING_REQUIRED.en)
    else if (value !== group.treated && value !== comparison)
      issues.add(
        i,
        group.column,
        `onbekende groepswaarde "${value}" (verwacht "${group.treated}" of "${comparison}")`,
        `unknown group value "${value}" (expected "${group.treated}" or "${comparison}")`,
      )
  })
  return Uint8Array.from(raw, (v) => (v.trim() === group.treated ? 1 : 0))
}

/**
 * A person code per row (equal ids, equal codes). With one row per person a repeated id is an
 * error naming both rows; with person-periods it is expected and only counted in a warning.
 */
export function readPersons(
  table: StudyTable,
  spec: Pick<StudySpec, 'id' | 'rows'>,
  missing: MissingSpellings,
  issues: IssueCollector,
  warnings: LocalisedMessage[],
): Int32Array {
  const raw = requireColumn(table, spec.id, issues)
  const firstRow = new Map<string, number>()
  const codes = new Int32Array(table.rowCount)
  let repeated = 0
  raw.forEach((cell, i) => {
    const id = cell.trim()
    if (missing.has(id)) {
      issues.add(i, spec.id, MISSING_REQUIRED.nl, MISSING_REQUIRED.en)
      return
    }
    const first = firstRow.get(id)
    if (first === undefined) {
      firstRow.set(id, i)
      codes[i] = firstRow.size - 1
      return
    }
    codes[i] = codes[first]!
    repeated++
    if (spec.rows === 'person')
      issues.add(
        i,
        spec.id,
        `id "${id}" staat ook in rij ${first + 2}: één rij per persoon verwacht (of zet "rows": "person-period" in de opzet)`,
        `id "${id}" also occurs in row ${first + 2}: one row per person expected (or set "rows": "person-period" in the spec)`,
      )
  })
  if (repeated > 0 && spec.rows === 'person-period')
    warnings.push({
      nl: `${repeated} rij(en) herhalen het id van een persoon (persoon-perioden): elke rij telt als een eenheid bij koppelen, wegen en balans; verschil-in-verschillen clustert op persoon.`,
      en: `${repeated} row(s) repeat a person's id (person-periods): each row counts as a unit in matching, weighting and balance; difference-in-differences clusters by person.`,
    })
  return codes
}
