import { z } from 'zod'
import { idSchema, isoDateSchema, organisationRefSchema } from '../api/common.js'
import { phaseChangeSchema } from '../api/projects.js'
import { TEXT_LIMITS } from '../text/text.js'
import { minkmanPhaseSchema } from './project.js'

const localisedMessageSchema = z.object({ nl: z.string(), en: z.string() })

/** An organisation's phase change: the phase, the date it took effect and why (required). */
export const organisationPhaseChangeRequestSchema = z
  .object({
    organisationId: idSchema,
    phase: minkmanPhaseSchema,
    date: isoDateSchema,
    reason: z.string().trim().min(1).max(TEXT_LIMITS.text),
  })
  .strict()
export type OrganisationPhaseChangeRequest = z.infer<typeof organisationPhaseChangeRequestSchema>

/** Ticks a checklist item done on a date, or (done: false) takes the tick back. */
export const checklistTickRequestSchema = z.discriminatedUnion('done', [
  z
    .object({ item: z.string().max(TEXT_LIMITS.name), done: z.literal(true), date: isoDateSchema })
    .strict(),
  z.object({ item: z.string().max(TEXT_LIMITS.name), done: z.literal(false) }).strict(),
])
export type ChecklistTickRequest = z.infer<typeof checklistTickRequestSchema>

/** One row of the timeline: the whole project (organisation null) or one organisation. */
export const phaseRowSchema = z.object({
  organisation: organisationRefSchema.nullable(),
  history: z.array(phaseChangeSchema),
})
export type PhaseRow = z.infer<typeof phaseRowSchema>

export const checklistEntrySchema = z.object({
  id: z.string(),
  phase: minkmanPhaseSchema,
  text: localisedMessageSchema,
  source: z.string(),
  /** When and by whom it was ticked; null while not done. */
  done: z.object({ date: isoDateSchema, by: z.string().nullable() }).nullable(),
})
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>

/** The project's phases: a timeline row for the whole and one per organisation, and the checklist. */
export const pilotPhasesResponseSchema = z.object({
  projectId: idSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema.nullable(),
  rows: z.array(phaseRowSchema),
  checklist: z.array(checklistEntrySchema),
})
export type PilotPhasesResponse = z.infer<typeof pilotPhasesResponseSchema>
