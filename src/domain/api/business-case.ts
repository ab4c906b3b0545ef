import { z } from 'zod'
import { businessCaseResultSchema } from '../business-case/index.js'
import { discountRateSchema } from '../defaults.js'
import { EARLIEST_CPI_YEAR, LATEST_CPI_YEAR } from '../price-list/indexation.js'

/**
 * The project's business case over its table conversations. Case ids are replaced by
 * ordinal labels (casus 1, 2, …): the result is for managers and researchers, not for casework.
 */
export const businessCaseResponseSchema = z.object({
  result: businessCaseResultSchema.nullable(),
  /** Which cases the result is over: only the signed-off ones, or all. */
  cases: z.enum(['signed-off', 'all']),
  /** The project's table conversations, whichever the result is over. */
  total: z.number().int(),
  /** Signed-off conversations among them. */
  signedOff: z.number().int(),
  /** The labels (casus n) of the conversations not signed off, so a reader sees which. */
  notSignedOff: z.array(z.string()),
  /**
   * Conversations left out because their resident restricted use or objected (AVG art. 18, 21):
   * a project result is evaluation, not case work, so they count in none of the figures above.
   */
  restricted: z.number().int(),
  computeMs: z.number(),
})
export type BusinessCaseResponse = z.output<typeof businessCaseResponseSchema>
/** Which cases a project result is over, as every report states it. */
export type BusinessCaseCoverage = Omit<BusinessCaseResponse, 'result' | 'computeMs'>

/**
 * How the project result is computed: over signed-off cases only or all (the working view; the
 * reports default to signed-off), the price level (a year the shipped CPI series covers;
 * default the latest) and an optional real discount rate (the guideline's 2.25% is 0.0225).
 */
export const businessCaseQuerySchema = z
  .object({
    cases: z.enum(['signed-off', 'all']).optional(),
    baseYear: z.coerce.number().int().min(EARLIEST_CPI_YEAR).max(LATEST_CPI_YEAR).optional(),
    discountRate: z.coerce.number().pipe(discountRateSchema).optional(),
  })
  .strict()
export type BusinessCaseQuery = z.output<typeof businessCaseQuerySchema>
