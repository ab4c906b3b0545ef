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
  /** Signed-off conversations among them. */
  signedOff: z.number().int(),
  computeMs: z.number(),
})
export type BusinessCaseResponse = z.output<typeof businessCaseResponseSchema>

/**
 * How the project result is computed: the price level (a year the shipped CPI series covers;
 * default the latest) and an optional real discount rate (the guideline's 2.25% is 0.0225).
 */
export const businessCaseQuerySchema = z
  .object({
    baseYear: z.coerce.number().int().min(EARLIEST_CPI_YEAR).max(LATEST_CPI_YEAR).optional(),
    discountRate: z.coerce.number().pipe(discountRateSchema).optional(),
  })
  .strict()
export type BusinessCaseQuery = z.output<typeof businessCaseQuerySchema>
