import { formatPercent, type Language } from '../../domain/index.js'
import { escapeHtml } from '../format.js'
import type { PilotReportInput } from './input.js'

/** Where a figure of a section comes from and how many observations it rests on. */
export interface Provenance {
  readonly figure: string
  readonly source: string
  readonly observations: number
}

/** One section of the pilot report, rendered: its page content and its sheet of the workbook. */
export interface RenderedSection {
  readonly id: string
  readonly title: string
  /** The section's HTML after its heading (escaped by the section). */
  readonly html: string
  readonly provenance: readonly Provenance[]
  /** The sheet of the workbook: a header row and its rows (absent: no sheet). */
  readonly sheet?: {
    readonly header: readonly string[]
    readonly rows: readonly (string | number | null)[][]
  }
}

/**
 * A section of the pilot report: from what the server gathered for every section (`input`) and
 * for this one (`own`: the startfoto's answers, the findings) to what the page and the workbook
 * show. The order of the sections is the server's list (src/server/routes/pilot-report-sections.ts),
 * where a new section with its own data is one line.
 */
export type PilotSection<Own = undefined> = (
  input: PilotReportInput,
  language: Language,
  own: Own,
) => RenderedSection

/**
 * The fewest observations a share is shown as a rate of: below it the report gives the counts
 * ("7 of 9"), since a percentage of a handful suggests a precision it does not have (issue 16).
 */
export const MIN_RATE_OBSERVATIONS = 10

/** `part` of `whole` as a rate with its counts, or only the counts below the minimum. */
export function shareText(part: number, whole: number, language: Language): string {
  const counts = language === 'nl' ? `${part} van ${whole}` : `${part} of ${whole}`
  if (whole < MIN_RATE_OBSERVATIONS) return counts
  return `${formatPercent(part / whole, language)} (${counts})`
}

/** The paragraph under every section that says where its figures come from and on how many observations. */
export function provenanceHtml(provenance: readonly Provenance[], language: Language): string {
  if (provenance.length === 0) return ''
  const label = language === 'nl' ? 'Bron' : 'Source'
  const observations = (n: number) =>
    language === 'nl'
      ? n === 1
        ? 'waarneming'
        : 'waarnemingen'
      : n === 1
        ? 'observation'
        : 'observations'
  return `<ul class="small provenance">${provenance
    .map(
      (p) =>
        `<li>${escapeHtml(p.figure)} — ${label}: ${escapeHtml(p.source)}; ${p.observations} ${observations(p.observations)}.</li>`,
    )
    .join('')}</ul>`
}

/** A table with a header, each cell escaped; cells marked `num` right-aligned. */
export function tableHtml(
  header: readonly string[],
  rows: readonly (readonly (string | { num: string })[])[],
): string {
  const cell = (c: string | { num: string }, tag: 'td' | 'th') =>
    typeof c === 'string'
      ? `<${tag}>${escapeHtml(c)}</${tag}>`
      : `<${tag} class="num">${escapeHtml(c.num)}</${tag}>`
  return `<table><thead><tr>${header.map((h) => cell(h, 'th')).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`)
    .join('')}</tbody></table>`
}

/** Dutch or English, as the section's texts are written side by side. */
export const say = (language: Language, nl: string, en: string) => (language === 'nl' ? nl : en)
