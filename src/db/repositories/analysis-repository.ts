import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database, EffectAnalysisTable } from '../schema.js'
import { restrictedAt } from './privacy-repository.js'

export type AnalysisStatus = EffectAnalysisTable['status']

/** What identifies the data an analysis ran on, without keeping the data. */
export interface DataFingerprint {
  readonly format: 'csv' | 'xlsx'
  /** Of the file's bytes (XLSX decoded from base64): `sha256sum` of the same file. */
  readonly sha256: string | null
  readonly bytes: number | null
  /** Data rows (header not counted). The three are null until the worker has read the file. */
  readonly rows: number | null
  readonly uploadedAt: string
  readonly uploadedBy: { readonly name: string; readonly role: string | null } | null
}

/** One run of an effect analysis, as listed (without its results). */
export interface AnalysisSummary {
  readonly id: string
  readonly projectId: string
  readonly version: number
  readonly name: string
  readonly status: AnalysisStatus
  readonly progress: number
  readonly data: DataFingerprint
  readonly bsnColumn: string | null
  readonly groupFrom: 'column' | 'enrolments'
  /** Rows left out for a restriction or objection (null: no BSN column, nobody recognised). */
  readonly leftOut: { readonly restricted: number | null }
  readonly engineVersion: string
  readonly finishedAt: string | null
}

export interface StoredAnalysis extends AnalysisSummary {
  readonly spec: unknown
  readonly results: unknown | null
  readonly error: unknown | null
}

/**
 * Records a new run as the project's next version (queued). The project row is locked until the
 * caller's transaction ends, so two uploads at once take two numbers.
 */
export async function createAnalysis(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly name: string
    readonly spec: unknown
    readonly format: 'csv' | 'xlsx'
    readonly bsnColumn: string | null
    /** Default: the extract's own group column. */
    readonly groupFrom?: 'column' | 'enrolments'
    readonly uploadedAt: Date
    readonly uploadedBy: string | null
    readonly engineVersion: string
  },
): Promise<{ readonly id: string; readonly version: number }> {
  await db
    .selectFrom('projects')
    .select('id')
    .where('id', '=', input.projectId)
    .forUpdate()
    .execute()
  const last = await db
    .selectFrom('effect_analyses')
    .select(sql<number>`coalesce(max(version), 0)`.as('v'))
    .where('project_id', '=', input.projectId)
    .executeTakeFirstOrThrow()
  const id = randomUUID()
  const version = Number(last.v) + 1
  await db
    .insertInto('effect_analyses')
    .values({
      id,
      project_id: input.projectId,
      version,
      name: input.name,
      spec: JSON.stringify(input.spec),
      status: 'queued',
      progress: 0,
      results: null,
      error: null,
      data_format: input.format,
      data_sha256: null,
      data_bytes: null,
      data_rows: null,
      bsn_column: input.bsnColumn,
      group_from: input.groupFrom ?? 'column',
      uploaded_at: input.uploadedAt,
      uploaded_by: input.uploadedBy,
      engine_version: input.engineVersion,
      finished_at: null,
    })
    .execute()
  return { id, version }
}

/** The run has started or moved on a stage (progress 0..1). */
export async function setAnalysisProgress(
  db: Kysely<Database>,
  id: string,
  progress: number,
): Promise<void> {
  await db
    .updateTable('effect_analyses')
    .set({ status: 'running', progress })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute()
}

/**
 * What the worker found of the file: its hash, size and data rows (each null if unread), and
 * the rows it left out for a restriction or objection (null without a BSN column).
 */
export interface FileFacts {
  readonly sha256: string | null
  readonly bytes: number | null
  readonly rows: number | null
  readonly restricted: number | null
}

/** The run's end: its results.json (done) or its refusal (failed), and the file's fingerprint. */
export async function finishAnalysis(
  db: Kysely<Database>,
  id: string,
  outcome:
    | { readonly status: 'done'; readonly file: FileFacts; readonly results: unknown }
    | { readonly status: 'failed'; readonly file: FileFacts; readonly error: unknown },
  at: Date,
): Promise<void> {
  await db
    .updateTable('effect_analyses')
    .set({
      status: outcome.status,
      progress: outcome.status === 'done' ? 1 : 0,
      data_sha256: outcome.file.sha256,
      data_bytes: outcome.file.bytes,
      data_rows: outcome.file.rows,
      left_out_restricted: outcome.file.restricted,
      results: outcome.status === 'done' ? JSON.stringify(outcome.results) : null,
      error: outcome.status === 'failed' ? JSON.stringify(outcome.error) : null,
      finished_at: at,
    })
    .where('id', '=', id)
    .execute()
}

/**
 * Runs left queued or running by a process that ended (they run in its memory, so nothing
 * resumes them) become failed with `error`. Only where one process holds the database (the
 * embedded one): on a shared server another instance may still be running them.
 */
export async function failInterruptedAnalyses(
  db: Kysely<Database>,
  error: unknown,
  at: Date,
): Promise<number> {
  const rows = await db
    .updateTable('effect_analyses')
    .set({ status: 'failed', progress: 0, error: JSON.stringify(error), finished_at: at })
    .where('status', 'in', ['queued', 'running'])
    .returning('id')
    .execute()
  return rows.length
}

const analysisRows = (db: Kysely<Database>, municipalityId: string) =>
  db
    .selectFrom('effect_analyses as a')
    .innerJoin('projects as p', 'p.id', 'a.project_id')
    .leftJoin('users as u', 'u.id', 'a.uploaded_by')
    .select([
      'a.id',
      'a.project_id',
      'a.version',
      'a.name',
      'a.status',
      'a.progress',
      'a.data_format',
      'a.data_sha256',
      'a.data_bytes',
      'a.data_rows',
      'a.bsn_column',
      'a.group_from',
      'a.left_out_restricted',
      'a.uploaded_at',
      'a.engine_version',
      'a.finished_at',
      'u.name as uploader_name',
      'u.role as uploader_role',
    ])
    .where('p.municipality_id', '=', municipalityId)

type SummaryRow = Awaited<ReturnType<ReturnType<typeof analysisRows>['executeTakeFirstOrThrow']>>

const iso = (at: Date | string) => new Date(at).toISOString()

function toSummary(r: SummaryRow): AnalysisSummary {
  return {
    id: r.id,
    projectId: r.project_id,
    version: r.version,
    name: r.name,
    status: r.status,
    progress: Number(r.progress),
    data: {
      format: r.data_format,
      sha256: r.data_sha256,
      bytes: r.data_bytes === null ? null : Number(r.data_bytes),
      rows: r.data_rows,
      uploadedAt: iso(r.uploaded_at),
      uploadedBy:
        r.uploader_name === null ? null : { name: r.uploader_name, role: r.uploader_role },
    },
    bsnColumn: r.bsn_column,
    groupFrom: r.group_from,
    leftOut: { restricted: r.left_out_restricted },
    engineVersion: r.engine_version,
    finishedAt: r.finished_at === null ? null : iso(r.finished_at),
  }
}

/** Every run of the project's analyses, newest first (the project must be the municipality's). */
export async function listAnalyses(
  db: Kysely<Database>,
  municipalityId: string,
  projectId: string,
): Promise<AnalysisSummary[]> {
  const rows = await analysisRows(db, municipalityId)
    .where('a.project_id', '=', projectId)
    .orderBy('a.version', 'desc')
    .execute()
  return rows.map(toSummary)
}

/** One run with its spec, results and error, if it belongs to the municipality. */
export async function findAnalysis(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<StoredAnalysis | undefined> {
  const row = await analysisRows(db, municipalityId)
    .select(['a.spec', 'a.results', 'a.error'])
    .where('a.id', '=', id)
    .executeTakeFirst()
  return row && { ...toSummary(row), spec: row.spec, results: row.results, error: row.error }
}

/**
 * The keyed BSN hashes by which a run recognises the municipality's residents in an extract:
 * those restricted or objecting at `at` (left out, AVG art. 18, 21) and, for a pilot group
 * taken from the enrolments, those ever enrolled in the project. Residents without a BSN
 * cannot be recognised and are in neither.
 */
export async function linkedResidentHashes(
  db: Kysely<Database>,
  input: { readonly municipalityId: string; readonly projectId: string; readonly at: Date },
): Promise<{ readonly restricted: string[]; readonly enrolled: string[] }> {
  const restricted = await sql<{ hash: string }>`select p.bsn_hmac as hash from participants p
    where p.municipality_id = ${input.municipalityId} and p.bsn_hmac is not null
    and ${restrictedAt(sql.ref('p.id'), input.at)}`.execute(db)
  const enrolled = await sql<{ hash: string }>`select distinct p.bsn_hmac as hash
    from participants p join enrolments e on e.participant_id = p.id
    where e.project_id = ${input.projectId} and p.bsn_hmac is not null`.execute(db)
  return {
    restricted: restricted.rows.map((row) => row.hash),
    enrolled: enrolled.rows.map((row) => row.hash),
  }
}
