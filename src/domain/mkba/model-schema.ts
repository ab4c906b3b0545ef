import { z } from 'zod'
import { DEFAULTS, discountRateSchema } from '../defaults.js'

/**
 * The MKBA model file (`effectwijzer mkba --model MODEL.json`, and the builder's export).
 * Its field names are a public contract: see README "MKBA model format".
 */
const fraction = z.number().min(0).max(1)
const year = z.number().int().min(1900).max(2200)

const distributionSchema = z.discriminatedUnion('distribution', [
  z.strictObject({ distribution: z.literal('fixed'), value: z.number() }),
  z.strictObject({ distribution: z.literal('uniform'), low: z.number(), high: z.number() }),
  z.strictObject({
    distribution: z.enum(['triangular', 'pert']),
    low: z.number(),
    mode: z.number(),
    high: z.number(),
  }),
  z.strictObject({ distribution: z.literal('normal'), mean: z.number(), sd: z.number().min(0) }),
  z.strictObject({
    distribution: z.literal('lognormal'),
    mean: z.number().positive(),
    sd: z.number().min(0),
  }),
  z.strictObject({
    distribution: z.literal('effect'),
    estimate: z.number(),
    se: z.number().min(0),
    multiplier: z.number().default(1),
    /** Effects with the same key are one estimate: drawn once, varied together. */
    shared: z.string().min(1).optional(),
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
  results: z.string().min(1),
  /** The outcome's `name` in results.json. */
  outcome: z.string().min(1),
  /** E.g. the number of participants: quantity = multiplier × estimate. */
  multiplier: z.number().default(1),
})

const itemSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().optional(),
  kind: z.enum(['cost', 'benefit']),
  category: z.enum(['financial', 'social', 'transfer', 'unquantified']),
  stakeholder: z.string().min(1),
  counterparty: z.string().min(1).optional(),
  sign: z.enum(['+', '-', '?']).optional(),
  years: z.record(z.string().regex(/^\d{4}$/), z.number()).optional(),
  quantity: z.number().optional(),
  quantityFromEffect: effectReferenceSchema.optional(),
  unitValue: z.number().optional(),
  unitValueFrom: z.strictObject({ priceListItem: z.string().min(1) }).optional(),
  startYear: year.optional(),
  durationYears: z.number().int().min(1).max(200).optional(),
  deadweight: fraction.default(0),
  attribution: fraction.default(0),
  displacement: fraction.default(0),
  dropOff: fraction.default(0),
  discountRate: discountRateSchema.optional(),
  upfront: z.boolean().optional(),
  outcome: z.string().optional(),
  source: z.string().optional(),
  uncertainty: uncertaintySchema.optional(),
})

const overrideSchema = z.strictObject({
  quantity: z.number().optional(),
  unitValue: z.number().optional(),
  startYear: year.optional(),
  durationYears: z.number().int().min(1).max(200).optional(),
  years: z.record(z.string().regex(/^\d{4}$/), z.number()).optional(),
  deadweight: fraction.optional(),
  attribution: fraction.optional(),
  displacement: fraction.optional(),
  dropOff: fraction.optional(),
})

export const mkbaModelFileSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  baseYear: year,
  priceYear: year,
  horizonYears: z.number().int().min(1).max(200),
  discountRate: discountRateSchema.default(DEFAULTS.discountRate),
  timing: z.enum(['start-of-year', 'end-of-year']).default('start-of-year'),
  stakeholders: z.array(z.string().min(1)).min(1),
  items: z.array(itemSchema).min(1),
  discountRateUncertainty: distributionSchema.optional(),
  scenarios: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        name: z.string().min(1),
        overrides: z.record(z.string(), overrideSchema),
      }),
    )
    .optional(),
})

export type MkbaModelFile = z.output<typeof mkbaModelFileSchema>
export type MkbaModelFileInput = z.input<typeof mkbaModelFileSchema>
export type MkbaItemFile = MkbaModelFile['items'][number]
export type EffectReference = z.output<typeof effectReferenceSchema>
