import { z } from 'zod'
import { idSchema } from '../api/common.js'
import { pseudonymSchema } from '../participant/participant.js'
import { planSchema } from './plan.js'

const savedBySchema = z.object({ id: idSchema, name: z.string() }).nullable()

/** The resident's current plan: version 0 and an empty plan before the first save. */
export const planResponseSchema = z.object({
  participantId: idSchema,
  pseudonym: pseudonymSchema,
  version: z.number().int().nonnegative(),
  plan: planSchema,
  savedAt: z.iso.datetime().nullable(),
  savedBy: savedBySchema,
})
export type PlanResponse = z.infer<typeof planResponseSchema>

/** Every save is a new version; `basedOnVersion` is the one the editor started from (409 if not the latest). */
export const savePlanRequestSchema = z
  .object({ plan: planSchema, basedOnVersion: z.number().int().nonnegative() })
  .strict()
export type SavePlanRequest = z.input<typeof savePlanRequestSchema>

export const planChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  part: z.enum(['goal', 'partnerAction', 'residentAction', 'review', 'agreedOn', 'nextReview']),
  id: z.string().nullable(),
  field: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
})

export const planVersionsResponseSchema = z.object({
  versions: z.array(
    z.object({
      version: z.number().int().positive(),
      savedAt: z.iso.datetime(),
      savedBy: savedBySchema,
      /** What this version changed against the one before it (the first: against an empty plan). */
      changes: z.array(planChangeSchema),
    }),
  ),
})
export type PlanVersionsResponse = z.infer<typeof planVersionsResponseSchema>

/** The resident's printable copy: a page or its PDF, in plain Dutch (B1) or English. */
export const planPrintQuerySchema = z
  .object({
    lang: z.enum(['nl', 'en']).default('nl'),
    format: z.enum(['html', 'pdf']).default('html'),
  })
  .strict()
