import { z } from 'zod'
import { pilotDesignSchema } from './design.js'

const localised = z.object({ nl: z.string(), en: z.string() })
const groupSizes = z.object({ nPilot: z.number().int(), nComparison: z.number().int() })

/** assessPilotDesign's answer, as the API sends it. */
export const pilotAssessmentSchema = z.object({
  detectableDifference: z.number(),
  powerAtSmallestDifference: z.number(),
  needed: groupSizes,
  sentence: localised,
  curve: z.array(z.object({ nPilot: z.number().int(), power: z.number() })),
})

/** A project's pilot design with its assessment; all null before one is saved. */
export const pilotDesignResponseSchema = z.object({
  projectId: z.string(),
  design: pilotDesignSchema.nullable(),
  assessment: pilotAssessmentSchema.nullable(),
  savedAt: z.string().nullable(),
})

export type PilotDesignResponse = z.infer<typeof pilotDesignResponseSchema>
