import { z } from 'zod'
import type { LocalisedMessage } from '../errors.js'
import { minkmanPhaseSchema } from '../project/project.js'
import { NAMED_MESSAGES } from '../validation/zod-issues.js'
import { idSchema, isoDateSchema, organisationRefSchema } from './common.js'

export const projectSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  phase: minkmanPhaseSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema.nullable(),
  targetGroup: z.string(),
  participantCount: z.number().int(),
})
export type ProjectSummary = z.infer<typeof projectSummarySchema>

export const projectListResponseSchema = z.object({ projects: z.array(projectSummarySchema) })

/** One step of a project's Minkman phase: when it took effect, why, and who recorded it. */
export const phaseChangeSchema = z.object({
  phase: minkmanPhaseSchema,
  date: isoDateSchema,
  /** null for the phase the project started in. */
  reason: z.string().nullable(),
  changedBy: z.string().nullable(),
})
export type PhaseChange = z.infer<typeof phaseChangeSchema>

export const projectDetailSchema = projectSummarySchema.extend({
  theoryOfChange: z.string(),
  organisations: z.array(organisationRefSchema),
  phaseHistory: z.array(phaseChangeSchema),
})
export type ProjectDetail = z.infer<typeof projectDetailSchema>
export const projectResponseSchema = z.object({ project: projectDetailSchema })

const nameSchema = z.string().trim().min(1).max(200)
const textSchema = z.string().trim().min(1).max(10_000)
/** The participating organisations, each of the project's municipality (checked by the server). */
const organisationIdsSchema = z.array(idSchema).max(50)

const endsAfterStart = (p: {
  periodStart?: string | undefined
  periodEnd?: string | null | undefined
}) => p.periodStart === undefined || p.periodEnd == null || p.periodEnd >= p.periodStart
const PERIOD_ORDER = { message: 'period-order', path: ['periodEnd'] }
/** What a period that ends before it starts is told, by the schema and by an edit's check. */
export const PERIOD_ORDER_TEXT = NAMED_MESSAGES['period-order'] as LocalisedMessage

export const createProjectRequestSchema = z
  .object({
    name: nameSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema.nullable().optional(),
    targetGroup: textSchema,
    theoryOfChange: textSchema,
    organisationIds: organisationIdsSchema.default([]),
    /** The phase the project starts in, from its start date. */
    phase: minkmanPhaseSchema.default('design'),
  })
  .strict()
  .refine(endsAfterStart, PERIOD_ORDER)
export type CreateProjectRequest = z.input<typeof createProjectRequestSchema>

/**
 * An edit: absent fields stay as they are. A new phase always comes with the date it took
 * effect and the reason, which the phase history keeps.
 */
export const updateProjectRequestSchema = z
  .object({
    name: nameSchema.optional(),
    periodStart: isoDateSchema.optional(),
    periodEnd: isoDateSchema.nullable().optional(),
    targetGroup: textSchema.optional(),
    theoryOfChange: textSchema.optional(),
    organisationIds: organisationIdsSchema.optional(),
    phase: minkmanPhaseSchema.optional(),
    phaseDate: isoDateSchema.optional(),
    phaseReason: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .refine(endsAfterStart, PERIOD_ORDER)
  .refine((p) => p.phase === undefined || p.phaseDate !== undefined, {
    message: 'phase-date',
    path: ['phaseDate'],
  })
  .refine((p) => p.phase === undefined || p.phaseReason !== undefined, {
    message: 'phase-reason',
    path: ['phaseReason'],
  })
export type UpdateProjectRequest = z.input<typeof updateProjectRequestSchema>
