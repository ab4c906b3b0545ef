import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { DEMO_STUDY_SPEC } from '../../demo/index.js'
import {
  COHORT_HEADER,
  cohortCsvRow,
  generateSyntheticCohort,
  runStudy,
  type StudyTable,
} from '../../domain/index.js'
import { createAnalysis, finishAnalysis } from '../repositories/analysis-repository.js'
import type { Database } from '../schema.js'

/**
 * A finished effect analysis of a fictional extract (the synthetic cohort, seeded), as if the
 * pilot manager had uploaded it: the project's first version, with its fingerprint. The rows
 * themselves are not stored, as with a real upload.
 */
export async function seedDemoAnalysis(
  db: Kysely<Database>,
  options: { readonly projectId: string; readonly people: number; readonly userId: string },
): Promise<string> {
  const cohort = generateSyntheticCohort({ n: options.people, seed: 2026 })
  const lines = Array.from({ length: cohort.n }, (_, i) => cohortCsvRow(cohort, i))
  const csv = `${[COHORT_HEADER, ...lines].join('\n')}\n`
  const header = COHORT_HEADER.split(',')
  const cells = lines.map((line) => line.split(','))
  const table: StudyTable = {
    rowCount: cohort.n,
    columns: new Map(header.map((name, k) => [name, cells.map((row) => row[k] ?? '')])),
  }
  const results = JSON.parse(JSON.stringify(runStudy(DEMO_STUDY_SPEC, table)))
  const { id } = await createAnalysis(db, {
    projectId: options.projectId,
    name: 'Registervergelijking bijstand (fictief)',
    spec: results.spec,
    format: 'csv',
    bsnColumn: null,
    uploadedAt: new Date('2026-06-01T09:00:00Z'),
    uploadedBy: options.userId,
    engineVersion: 'effectwijzer (demo)',
  })
  const file = {
    sha256: createHash('sha256').update(csv).digest('hex'),
    bytes: Buffer.byteLength(csv),
    rows: cohort.n,
    restricted: null,
  }
  await finishAnalysis(db, id, { status: 'done', file, results }, new Date('2026-06-01T09:01:00Z'))
  return id
}
