import { z } from 'zod'
import { DEFAULTS, discountRateSchema } from '../defaults.js'
import { BOUNDS, bounded, boundedNonNegative } from '../number/bounds.js'
import { longText, nameText } from '../text/text.js'

/**
 * The MKBA model file (`effectwijzer mkba --model MODEL.json`, and the builder's export).
 * Its field names are a public contract: see README "MKBA model format".
 */
const fraction = z.number().min(0).max(1)
const year = z.number().int().min(1900).max(2200)
/** A distribution's parameter: what it varies (a count, an amount, a fraction) fits in it. */
const parameter = bounded(BOUNDS.any)
const spread = boundedNonNegative(BOUNDS.any)
const multiplier = bounded(BOUNDS.count)
/** Euros per year, keyed by the year. */
const yearAmounts = z.record(z.string().regex(/^\d{4}$/), bounded(BOUNDS.euros))

const distributionSchema = z.discriminatedUnion('distribution', [
  z.strictObject({ distribution: z.literal('fixed'), value: parameter }),
  z.strictObject({ distribution: z.literal('uniform'), low: parameter, high: parameter }),
  z.strictObject({
    distribution: z.enum(['triangular', 'pert']),
    low: parameter,
    mode: parameter,
    high: parameter,
  }),
  z.strictObject({ distribution: z.literal('normal'), mean: parameter, sd: spread }),
  z.strictObject({
    distribution: z.literal('lognormal'),
    mean: spread.positive(),
    sd: spread,
  }),
  z.strictObject({
    distribution: z.literal('effect'),
    estimate: parameter,
    se: spread,
    multiplier: multiplier.default(1),
    /** Effects with the same key are one estimate: drawn once, varied together. */
    shared: nameText().min(1).optional(),
  }),
])

const uncertaintySchema = z.strictObject({
  quantity: distributionSchema.optional(),
  unitValue: distributionSchema.optional(),
  amount: distributionSchema.optional(),
  deadweight: distributionSchema.optional(),
  attribution: distributionSchema.optional(),
  displacement: distributionSchema.optional(),
  dropOff: distributionSchema.optional(),
})

/** Where a quantity comes from an effect estimate of `effectwijzer analyse` (its results.json). */
const effectReferenceSchema = z.strictObject({
  /** Path of the results.json, relative to the model file. */
  results: longText().min(1),
  /** The outcome's `name` in results.json. */
  outcome: nameText().min(1),
  /** E.g. the number of participants: quantity = multiplier × estimate. */
  multiplier: multiplier.default(1),
})

const itemSchema = z.strictObject({
  id: nameText().min(1),
  label: nameText().optional(),
  kind: z.enum(['cost', 'benefit']),
  category: z.enum(['financial', 'social', 'transfer', 'unquantified']),
  stakeholder: nameText().min(1),
  counterparty: nameText().min(1).optional(),
  sign: z.enum(['+', '-', '?']).optional(),
  years: yearAmounts.optional(),
  quantity: bounded(BOUNDS.count).optional(),
  quantityFromEffect: effectReferenceSchema.optional(),
  unitValue: bounded(BOUNDS.euros).optional(),
  unitValueFrom: z.strictObject({ priceListItem: nameText().min(1) }).optional(),
  startYear: year.optional(),
  durationYears: z.number().int().min(1).max(200).optional(),
  deadweight: fraction.default(0),
  attribution: fraction.default(0),
  displacement: fraction.default(0),
  dropOff: fraction.default(0),
  discountRate: discountRateSchema.optional(),
  upfront: z.boolean().optional(),
  outcome: nameText().optional(),
  source: longText().optional(),
  uncertainty: uncertaintySchema.optional(),
})

const overrideSchema = z.strictObject({
  quantity: bounded(BOUNDS.count).optional(),
  unitValue: bounded(BOUNDS.euros).optional(),
  startYear: year.optional(),
  durationYears: z.number().int().min(1).max(200).optional(),
  years: yearAmounts.optional(),
  deadweight: fraction.optional(),
  attribution: fraction.optional(),
  displacement: fraction.optional(),
  dropOff: fraction.optional(),
})

export const mkbaModelFileSchema = z.strictObject({
  name: nameText().min(1),
  description: longText().optional(),
  baseYear: year,
  priceYear: year,
  horizonYears: z.number().int().min(1).max(200),
  discountRate: discountRateSchema.default(DEFAULTS.discountRate),
  timing: z.enum(['start-of-year', 'end-of-year']).default('start-of-year'),
  stakeholders: z.array(nameText().min(1)).min(1),
  items: z.array(itemSchema).min(1),
  discountRateUncertainty: distributionSchema.optional(),
  scenarios: z
    .array(
      z.strictObject({
        id: nameText().min(1),
        name: nameText().min(1),
        overrides: z.record(nameText(), overrideSchema),
      }),
    )
    .optional(),
})

export type MkbaModelFile = z.output<typeof mkbaModelFileSchema>
export type MkbaModelFileInput = z.input<typeof mkbaModelFileSchema>
export type MkbaItemFile = MkbaModelFile['items'][number]
export type EffectReference = z.output<typeof effectReferenceSchema>
