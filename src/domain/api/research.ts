import { z } from 'zod'
import { idSchema } from './common.js'

export const aggregateQuerySchema = z.object({ projectId: idSchema }).strict()

/**
 * The value of the cell that counts participants with no value for the dimension: a code, not
 * a word, so each screen names it in its own language.
 */
export const AGGREGATE_UNKNOWN = 'unknown'

/** One cell of an aggregate; counts below the threshold are suppressed as null. */
export const aggregateCellSchema = z.object({
  value: z.string().describe(`the dimension's value, or "${AGGREGATE_UNKNOWN}" for none recorded`),
  count: z.number().int().nullable(),
  suppressed: z.boolean(),
})
export const aggregateResponseSchema = z.object({
  projectId: idSchema,
  total: z.number().int().nullable(),
  suppressionThreshold: z.number().int(),
  byLadderRung: z.array(aggregateCellSchema),
  byDistrict: z.array(aggregateCellSchema),
  byAgeBand: z.array(aggregateCellSchema),
  byHouseholdType: z.array(aggregateCellSchema),
})
export type AggregateResponse = z.infer<typeof aggregateResponseSchema>
