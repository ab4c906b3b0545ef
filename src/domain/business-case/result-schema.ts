import { z } from 'zod'
import { stakeholderSchema } from '../stakeholder/stakeholder.js'

/**
 * The business case's result shapes, defined once: the engine's TypeScript types are derived
 * from these schemas, and the HTTP answer uses the same schemas, so no field can be dropped
 * between the engine and the screen.
 */
const localisedTextSchema = z.object({ nl: z.string(), en: z.string() })
export const scenarioSchema = z.enum(['interventie', 'referentie'])

export const stakeholderCostsSchema = z.object({
  stakeholder: stakeholderSchema,
  interventie: z.number(),
  referentie: z.number(),
  /** referentie − interventie: positive means the approach saves this stakeholder money. */
  difference: z.number(),
})

/** An activity card as the business case priced it: the numbers every card table shows. */
export const pricedCardSchema = z.object({
  scenario: scenarioSchema,
  card: z.string(),
  item: z.string(),
  quantity: z.number(),
  /** The item's price at the base year (priceItem), unrounded. */
  unitPrice: z.number(),
  /** round₂(quantity × unitPrice): the card's cost as every total adds it up. */
  cost: z.number(),
  payer: stakeholderSchema,
})

/** A card the business case had to leave out, and why, in Dutch and English. */
export const caseWarningSchema = z.object({
  scenario: scenarioSchema,
  card: z.string(),
  message: localisedTextSchema,
})

export const caseResultSchema = z.object({
  caseId: z.string(),
  measurement: z.string(),
  interventie: z.number(),
  referentie: z.number(),
  difference: z.number(),
  perStakeholder: z.array(stakeholderCostsSchema),
  perYear: z.array(
    z.object({
      year: z.number(),
      interventie: z.number(),
      referentie: z.number(),
      difference: z.number(),
    }),
  ),
  /** Every priced activity card of both scenarios, in the order of the conversation. */
  cards: z.array(pricedCardSchema),
  /** The cards left out, in English (as results.json lists them). */
  warnings: z.array(z.string()),
  /** The same with scenario, card and Dutch and English text. */
  warningDetails: z.array(caseWarningSchema),
})

export const caseOptionsSchema = z.object({
  /** Use the items' low or high prices instead of their point price (sensitivity). */
  priceLevel: z.enum(['price', 'low', 'high']).optional(),
  /** Leave out reference cards the table rated low-confidence (sensitivity). */
  excludeLowConfidence: z.boolean().optional(),
  /** Discount each year's costs to the case's first year at this real rate (optional). */
  discountRate: z.number().optional(),
})

export const projectResultSchema = z.object({
  n: z.number().int(),
  meanDifference: z.number(),
  medianDifference: z.number(),
  /** 95% percentile bootstrap interval of the mean difference. */
  ciLow: z.number(),
  ciHigh: z.number(),
  perStakeholder: z.array(stakeholderCostsSchema),
  byMeasurement: z.array(
    z.object({ measurement: z.string(), n: z.number().int(), meanDifference: z.number() }),
  ),
  /** In English (as results.json lists them). */
  warnings: z.array(z.string()),
  /** The same in Dutch and English, for the reports. */
  warningDetails: z.array(localisedTextSchema),
})

export const businessCaseResultSchema = z.object({
  baseYear: z.number().int(),
  priceList: z.object({ id: z.string(), version: z.string() }),
  seed: z.number(),
  bootstrapResamples: z.number(),
  options: caseOptionsSchema,
  perCase: z.array(caseResultSchema),
  project: projectResultSchema,
  sensitivity: z.object({
    pricesLow: z.number(),
    pricesHigh: z.number(),
    withoutLowConfidenceReference: z.number(),
    /**
     * Of the price-list items the cases use, how many have a low/high range: the others stay
     * at their price in the low and high variants, so few ranges mean a narrow-looking answer.
     */
    itemsUsed: z.number().int(),
    itemsWithRange: z.number().int(),
  }),
})

export type Scenario = z.output<typeof scenarioSchema>
export type StakeholderCosts = z.output<typeof stakeholderCostsSchema>
export type PricedCard = z.output<typeof pricedCardSchema>
export type CaseWarning = z.output<typeof caseWarningSchema>
export type CaseResult = z.output<typeof caseResultSchema>
export type CaseOptions = z.output<typeof caseOptionsSchema>
export type ProjectResult = z.output<typeof projectResultSchema>
export type BusinessCaseResult = z.output<typeof businessCaseResultSchema>
