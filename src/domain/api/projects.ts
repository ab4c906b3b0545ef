import { z } from 'zod'
import { minkmanPhaseSchema } from '../project/project.js'
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

export const projectDetailSchema = projectSummarySchema.extend({
  theoryOfChange: z.string(),
  organisations: z.array(organisationRefSchema),
})
export type ProjectDetail = z.infer<typeof projectDetailSchema>
export const projectResponseSchema = z.object({ project: projectDetailSchema })
