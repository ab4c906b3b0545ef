import { z } from 'zod'
import { EARLIEST_CPI_YEAR, LATEST_CPI_YEAR } from '../price-list/indexation.js'
import { stakeholderSchema } from '../price-list/price-list.js'

const stakeholderCostsSchema = z.object({
  stakeholder: stakeholderSchema,
  interventie: z.number(),
  referentie: z.number(),
  difference: z.number(),
})

const caseResultSchema = z.object({
  caseId: z.string(),
  measurement: z.string(),
  interventie: z.number(),
  referentie: z.number(),
  difference: z.number(),
  perStakeholder: z.array(stakeholderCostsSchema).readonly(),
  perYear: z
    .array(
      z.object({
        year: z.number(),
        interventie: z.number(),
        referentie: z.number(),
        difference: z.number(),
      }),
    )
    .readonly(),
  warnings: z.array(z.string()).readonly(),
})

/** BusinessCaseResult (domain/business-case) on the wire. */
export const businessCaseResultSchema = z.object({
  baseYear: z.number().int(),
  priceList: z.object({ id: z.string(), version: z.string() }),
  seed: z.number(),
  bootstrapResamples: z.number(),
  options: z.object({ discountRate: z.number().optional() }),
  perCase: z.array(caseResultSchema).readonly(),
  project: z.object({
    n: z.number().int(),
    meanDifference: z.number(),
    medianDifference: z.number(),
    ciLow: z.number(),
    ciHigh: z.number(),
    perStakeholder: z.array(stakeholderCostsSchema).readonly(),
    byMeasurement: z
      .array(z.object({ measurement: z.string(), n: z.number().int(), meanDifference: z.number() }))
      .readonly(),
    warnings: z.array(z.string()).readonly(),
    warningDetails: z.array(z.object({ nl: z.string(), en: z.string() })).readonly(),
  }),
  sensitivity: z.object({
    pricesLow: z.number(),
    pricesHigh: z.number(),
    withoutLowConfidenceReference: z.number(),
    itemsUsed: z.number().int(),
    itemsWithRange: z.number().int(),
  }),
})

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
    discountRate: z.coerce.number().min(0).max(0.1).optional(),
  })
  .strict()
export type BusinessCaseQuery = z.output<typeof businessCaseQuerySchema>
