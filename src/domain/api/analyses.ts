import { z } from 'zod'
import { BOUNDS, bounded, boundedNonNegative } from '../number/bounds.js'
import { studySpecSchema } from '../study/spec.js'
import { nameText, singleLineText } from '../text/text.js'
import { idSchema } from './common.js'

/**
 * The largest upload of an analysis request: a register extract of about a million people
 * (60 MB as CSV, more as base64 XLSX) with room for the rest of the body. The server's body
 * limit for that one route (every other route keeps the general 1 MiB).
 */
export const ANALYSIS_BODY_LIMIT_BYTES = 128 * 1024 * 1024
const MAX_CONTENT_CHARS = ANALYSIS_BODY_LIMIT_BYTES - 1024 * 1024

export const analysisStatusSchema = z.enum(['queued', 'running', 'done', 'failed'])
export type AnalysisStatusValue = z.infer<typeof analysisStatusSchema>

/** A file to preview before mapping its columns: a CSV's first lines, or the XLSX file. */
export const analysisPreviewRequestSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(MAX_CONTENT_CHARS),
  })
  .strict()

/** The header and first rows of the file, as the run's reader reads them. */
export const analysisPreviewResponseSchema = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
})
export type AnalysisPreview = z.infer<typeof analysisPreviewResponseSchema>

/** A register extract and the study specification to run on it (the CLI's spec file). */
export const createAnalysisRequestSchema = z
  .object({
    name: singleLineText().min(1),
    spec: studySpecSchema,
    data: z
      .object({
        format: z.enum(['csv', 'xlsx']),
        /** CSV text, or the XLSX file as base64. */
        content: z.string().min(1).max(MAX_CONTENT_CHARS),
        /**
         * A column holding BSNs: each is replaced by its keyed hash in the municipality
         * before the run, and neither is stored.
         */
        bsnColumn: nameText().min(1).optional(),
        /**
         * Where the pilot group comes from: the spec's group column in the extract (default),
         * or the project's enrolled participants, recognised by the BSN column's keyed hash —
         * the worker then writes the group column itself (treated = enrolled), and the rest of
         * the extract is the comparison group.
         */
        groupFrom: z.enum(['column', 'enrolments']).default('column'),
      })
      .strict()
      .refine((data) => data.groupFrom === 'column' || data.bsnColumn !== undefined, {
        path: ['bsnColumn'],
        message: 'group-from-enrolments-needs-bsn',
      }),
  })
  .strict()
export type CreateAnalysisRequest = z.input<typeof createAnalysisRequestSchema>

export const analysisCreatedResponseSchema = z.object({
  analysis: z.object({ id: idSchema, version: z.number().int(), status: analysisStatusSchema }),
})

const localisedSchema = z.object({ nl: z.string(), en: z.string() })

/** Why a run failed: the engine's refusal, every problem with its file row and column. */
export const analysisErrorSchema = localisedSchema.extend({
  issues: z.array(
    z.object({
      row: z.number().int().optional(),
      column: z.string().optional(),
      field: z.string().optional(),
      message: localisedSchema,
    }),
  ),
})
export type AnalysisError = z.infer<typeof analysisErrorSchema>

/** The data an analysis ran on, by fingerprint only (the data is not kept). */
const fingerprintSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  sha256: z.string().nullable(),
  bytes: z.number().int().nullable(),
  rows: z.number().int().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ name: z.string(), role: z.string().nullable() }).nullable(),
})

const analysisSummarySchema = z.object({
  id: idSchema,
  projectId: idSchema,
  version: z.number().int(),
  name: z.string(),
  status: analysisStatusSchema,
  progress: z.number().min(0).max(1),
  data: fingerprintSchema,
  bsnColumn: z.string().nullable(),
  groupFrom: z.enum(['column', 'enrolments']),
  /**
   * Rows left out because the resident restricted use or objected at the run (AVG art. 18, 21);
   * null when the extract had no BSN column, so no resident could be recognised.
   */
  leftOut: z.object({ restricted: z.number().int().nullable() }),
  engineVersion: z.string(),
  finishedAt: z.string().nullable(),
})
export type AnalysisSummaryView = z.infer<typeof analysisSummarySchema>

export const analysisListResponseSchema = z.object({ analyses: z.array(analysisSummarySchema) })

export const analysisResponseSchema = z.object({
  analysis: analysisSummarySchema.extend({
    spec: z.unknown(),
    /** Exactly the CLI's results.json (`effectwijzer analyse`), once done. */
    results: z.unknown().nullable(),
    error: analysisErrorSchema.nullable(),
  }),
})
export type AnalysisView = z.infer<typeof analysisResponseSchema>['analysis']

/**
 * *Gebruik in MKBA*: an outcome of a finished analysis into the project's MKBA model, as a
 * quantity of multiplier × estimate (e.g. the pilot's participants × the difference in the
 * share that left social assistance), drawn in the Monte Carlo as normal on the estimate and
 * its standard error, valued at `unitValue` euros a unit for `stakeholder`.
 */
export const useEffectInMkbaRequestSchema = z
  .object({
    outcome: nameText().min(1),
    multiplier: bounded(BOUNDS.count),
    unitValue: boundedNonNegative(BOUNDS.euros),
    kind: z.enum(['benefit', 'cost']).default('benefit'),
    /** One of the model's stakeholders (default: its first). */
    stakeholder: nameText().min(1).optional(),
  })
  .strict()
export type UseEffectInMkbaRequest = z.input<typeof useEffectInMkbaRequestSchema>
