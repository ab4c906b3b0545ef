import { z } from 'zod'
import { idSchema } from './common.js'

export const aggregateQuerySchema = z.object({ projectId: idSchema }).strict()

/**
 * The value of the cell that counts participants with no value for the dimension: a code, not
 * a word, so each screen names it in its own language.
 */
export const AGGREGATE_UNKNOWN = 'unknown'

/** Why a count is hidden: `primary` (a small count), `secondary` (it would give one away). */
export const suppressionSchema = z.object({
  kind: z.enum(['primary', 'secondary']),
  reason: z.object({ nl: z.string(), en: z.string() }),
})

/** A count as published: rounded to `roundingBase`, or null and suppressed, with the reason. */
export const publishedCountSchema = z.object({
  count: z.number().int().nullable(),
  suppression: suppressionSchema.nullable(),
})
export const aggregateCellSchema = publishedCountSchema.extend({
  value: z.string().describe(`the dimension's value, or "${AGGREGATE_UNKNOWN}" for none recorded`),
})
export const aggregateResponseSchema = z.object({
  projectId: idSchema,
  total: publishedCountSchema,
  suppressionThreshold: z.number().int(),
  roundingBase: z.number().int(),
  byLadderRung: z.array(aggregateCellSchema),
  byDistrict: z.array(aggregateCellSchema),
  byAgeBand: z.array(aggregateCellSchema),
  byHouseholdType: z.array(aggregateCellSchema),
  /**
   * Residents left out: restricted or objecting (AVG art. 18, 21) at the moment of the count.
   * Exact, like the project's participant count the total is published against.
   */
  leftOut: z.object({ restricted: z.number().int() }),
})
export type AggregateResponse = z.infer<typeof aggregateResponseSchema>
export type AggregateCell = z.infer<typeof aggregateCellSchema>
