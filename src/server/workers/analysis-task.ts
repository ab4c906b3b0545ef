// The effect analysis of an uploaded register extract, as a worker-thread task: the same
// reader (files/readColumns) and engine (domain/runStudy) as `effectwijzer analyse`, so the
// results are the CLI's results.json for the same file and spec.
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MessagePort } from 'node:worker_threads'
import { bsnHash } from '../../db/index.js'
import {
  type AnalysisError,
  formatIssue,
  isValidBsn,
  runStudy,
  type StudyResult,
  type StudySpec,
  type StudyStage,
  type StudyTable,
  studyColumns,
  ValidationError,
  type ValidationIssue,
} from '../../domain/index.js'
import { readColumns } from '../../files/index.js'
import {
  effectAnalysisReportHtml,
  effectAnalysisWorkbook,
  type PlannedPilot,
} from '../../report/index.js'

export interface EffectAnalysisTask {
  /** The validated study specification. */
  readonly spec: StudySpec
  readonly format: 'csv' | 'xlsx'
  /** CSV text, or the XLSX file as base64. */
  readonly content: string
  /**
   * Replace this column's BSNs by their keyed hash in the municipality before the run, leave out
   * the rows of residents whose hash is `restricted`, and — for a pilot group taken from the
   * enrolments — write the spec's group column: treated where the hash is `enrolled`.
   */
  readonly bsn?: {
    readonly column: string
    readonly pseudonymKey: string
    readonly municipalityId: string
    readonly restricted: readonly string[]
    readonly enrolled?: readonly string[]
  }
  /** Where the task posts its progress (0..1) as it reads and passes each stage. */
  readonly progress: MessagePort
}

export interface FileFingerprint {
  readonly sha256: string | null
  readonly bytes: number | null
  readonly rows: number | null
  /** Rows left out for a restriction or objection; null without a BSN column. */
  readonly restricted: number | null
}

export type EffectAnalysisOutcome =
  | { readonly status: 'done'; readonly file: FileFingerprint; readonly results: unknown }
  | { readonly status: 'failed'; readonly file: FileFingerprint; readonly error: AnalysisError }

const STAGES: readonly StudyStage[] = ['validate', 'propensity', 'matching', 'balance', 'outcomes']
/** The share of the bar reading the file takes; the engine's five stages share the rest. */
const READ_SHARE = 0.3

/**
 * Runs one analysis. The file is written to a private temporary folder (0700, the file 0600)
 * only while the reader streams it, and removed before the engine starts; nothing of it leaves
 * the worker but its fingerprint. A refusal of the data (row and column named) is an outcome,
 * not a thrown error, so its Dutch and English survive the thread boundary.
 */
export async function effectAnalysis(task: EffectAnalysisTask): Promise<EffectAnalysisOutcome> {
  const post = (progress: number) => task.progress.postMessage(progress)
  let file: FileFingerprint = { sha256: null, bytes: null, rows: null, restricted: null }
  post(0)
  try {
    const bytes =
      task.format === 'xlsx' ? Buffer.from(task.content, 'base64') : Buffer.from(task.content)
    file = {
      ...file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    }
    const needed = studyColumns(task.spec)
    if (task.bsn) needed.add(task.bsn.column)
    const table = await readUpload(bytes, task.format, needed)
    file = { ...file, rows: table.rowCount }
    post(READ_SHARE)
    let study = table
    if (task.bsn) {
      const linked = linkResidents(table, task.bsn, task.spec.group)
      study = linked.table
      file = { ...file, restricted: linked.restricted }
    }
    const results = runStudy(task.spec, study, {
      onStage: (stage) =>
        post(READ_SHARE + ((1 - READ_SHARE) * STAGES.indexOf(stage)) / STAGES.length),
    })
    // What the CLI writes (NaN becomes null, undefined fields go), so the two are equal.
    return { status: 'done', file, results: JSON.parse(JSON.stringify(results)) }
  } catch (error) {
    if (error instanceof ValidationError) return { status: 'failed', file, error: refusal(error) }
    throw error
  } finally {
    task.progress.close()
  }
}

/** How many data rows a preview shows. */
const PREVIEW_ROWS = 10

export interface TablePreviewTask {
  readonly format: 'csv' | 'xlsx'
  /** CSV: the file's start (the browser sends its first lines only); XLSX: the file, base64. */
  readonly content: string
}

/** The preview, or the reader's refusal (its issues survive the thread boundary as data). */
export type TablePreview =
  | { readonly header: string[]; readonly rows: string[][] }
  | { readonly issues: readonly ValidationIssue[] }

/**
 * The header and first rows of an upload, for the column-mapping step: read by the same reader
 * as the run, so what the preview shows is what the engine will see.
 */
export async function tablePreview(task: TablePreviewTask): Promise<TablePreview> {
  const bytes =
    task.format === 'xlsx' ? Buffer.from(task.content, 'base64') : Buffer.from(task.content)
  const table = await readUpload(bytes, task.format, new EveryColumn()).catch((error) => {
    if (error instanceof ValidationError) return error
    throw error
  })
  if (table instanceof ValidationError) return { issues: table.issues }
  const header = [...table.columns.keys()]
  return {
    header,
    rows: Array.from({ length: Math.min(PREVIEW_ROWS, table.rowCount) }, (_, i) =>
      header.map((name) => table.columns.get(name)?.[i] ?? ''),
    ),
  }
}

/** The reader's column filter that keeps every column (the preview shows them all). */
class EveryColumn extends Set<string> {
  override has(): boolean {
    return true
  }
}

async function readUpload(
  bytes: Buffer,
  format: 'csv' | 'xlsx',
  needed: ReadonlySet<string>,
): Promise<StudyTable> {
  const folder = await mkdtemp(join(tmpdir(), 'effectwijzer-analysis-'))
  try {
    const path = join(folder, `data.${format}`)
    await writeFile(path, bytes, { mode: 0o600 })
    return await readColumns(path, needed).catch((error: unknown) => {
      if (error instanceof ValidationError || format === 'csv') throw error
      throw new ValidationError([
        {
          message: {
            nl: 'Dit bestand is geen leesbaar Excel-bestand (xlsx).',
            en: 'This file is not a readable Excel file (xlsx).',
          },
        },
      ])
    })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * The extract linked to the app's residents: BSNs replaced by their keyed hashes, the rows of
 * restricted or objecting residents left out (AVG art. 18, 21: from that moment no use for
 * research), and, when the pilot group comes from the enrolments, the group column written as
 * enrolled (treated) or not (comparison).
 */
function linkResidents(
  table: StudyTable,
  bsn: NonNullable<EffectAnalysisTask['bsn']>,
  group: StudySpec['group'],
): { readonly table: StudyTable; readonly restricted: number } {
  const hashes = hashBsnColumn(table, bsn)
  const restricted = new Set(bsn.restricted)
  const kept: number[] = []
  hashes.forEach((hash, i) => {
    if (!restricted.has(hash)) kept.push(i)
  })
  const columns = new Map<string, readonly string[]>()
  for (const [name, cells] of table.columns)
    columns.set(
      name,
      kept.map((i) => (name === bsn.column ? hashes[i] : cells[i]) ?? ''),
    )
  if (bsn.enrolled) {
    const enrolled = new Set(bsn.enrolled)
    // any value but the treated one is the comparison group; this one cannot be mistaken for it
    const comparison = group.treated === 'vergelijking' ? 'comparison' : 'vergelijking'
    columns.set(
      group.column,
      kept.map((i) => (enrolled.has(hashes[i] ?? '') ? group.treated : comparison)),
    )
  }
  return {
    table: { rowCount: kept.length, columns },
    restricted: table.rowCount - kept.length,
  }
}

/**
 * The BSN column's cells as their keyed hashes (an empty cell stays empty); a missing column or
 * a cell that is no BSN is refused with its row.
 */
function hashBsnColumn(table: StudyTable, bsn: NonNullable<EffectAnalysisTask['bsn']>): string[] {
  const cells = table.columns.get(bsn.column)
  if (!cells)
    throw new ValidationError([
      {
        column: bsn.column,
        message: {
          nl: 'deze BSN-kolom staat niet in het bestand',
          en: 'this BSN column is not in the file',
        },
      },
    ])
  const issues: ValidationIssue[] = []
  const hashed = cells.map((cell, i) => {
    const value = cell.trim()
    if (value === '') return ''
    if (!isValidBsn(value) && issues.length < 100)
      issues.push({
        row: i + 2,
        column: bsn.column,
        message: {
          nl: 'is geen geldig BSN (9 cijfers die de elfproef doorstaan)',
          en: 'is not a valid BSN (9 digits passing the eleven test)',
        },
      })
    return bsnHash(bsn.pseudonymKey, bsn.municipalityId, value)
  })
  if (issues.length > 0) throw new ValidationError(issues)
  return hashed
}

/** The refusal as the CLI prints it (every issue in English and Dutch) and issue by issue. */
function refusal(error: ValidationError): AnalysisError {
  const lines = (language: 'nl' | 'en') =>
    error.issues.map((issue) => `- ${formatIssue(issue, language)}`).join('\n')
  return {
    nl: `ongeldige gegevens:\n${lines('nl')}`,
    en: `invalid data:\n${lines('en')}`,
    issues: error.issues.map((issue) => ({
      ...(issue.row === undefined ? {} : { row: issue.row }),
      ...(issue.column === undefined ? {} : { column: issue.column }),
      ...(issue.field === undefined ? {} : { field: issue.field }),
      message: issue.message,
    })),
  }
}

export interface EffectReportTask {
  /** A finished run's results.json. */
  readonly results: StudyResult
  readonly format: 'html' | 'xlsx'
  /** The project's pilot design, set beside the measured effect in the page. */
  readonly pilotDesign?: PlannedPilot | undefined
}

/** The report of a finished run as `effectwijzer analyse` writes it: the page or the workbook. */
export async function effectReport(task: EffectReportTask): Promise<string | Uint8Array> {
  return task.format === 'xlsx'
    ? await effectAnalysisWorkbook(task.results)
    : effectAnalysisReportHtml(task.results, task.pilotDesign)
}
