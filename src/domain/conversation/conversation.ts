import { z } from 'zod'
import { priceListSchema, stakeholderSchema } from '../price-list/price-list.js'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** The ZRM (Zelfredzaamheid-Matrix) life domains, for life events and outcome scores. */
export const ZRM_DOMAINS = [
  'financien',
  'werk-opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke-relaties',
  'geestelijke-gezondheid',
  'lichamelijke-gezondheid',
  'middelengebruik',
  'basale-adl',
  'instrumentele-adl',
  'sociaal-netwerk',
  'maatschappelijke-participatie',
  'justitie',
] as const

/** "2 hours a week for 3 months": a rate that expands to a quantity (see expandRate). */
export const rateSchema = z.object({
  amount: z.number().positive(),
  per: z.enum(['day', 'week', 'month', 'year']),
  for: z.object({ count: z.number().positive(), unit: z.enum(['day', 'week', 'month', 'year']) }),
})
export type Rate = z.infer<typeof rateSchema>

export const activityCardSchema = z.object({
  type: z.literal('activity'),
  id: z.string().min(1),
  /** Price-list item code. */
  item: z.string().min(1),
  /** Who pays; defaults to the item's default payer. */
  payer: stakeholderSchema.optional(),
  provider: z.string().optional(),
  start: isoDate,
  end: isoDate.optional(),
  quantity: z.number().nonnegative().optional(),
  rate: rateSchema.optional(),
  /** For reference cards: how sure the table is that this would have happened. */
  confidence: z.enum(['low', 'medium', 'high']).optional(),
  note: z.string().optional(),
})
export type ActivityCard = z.infer<typeof activityCardSchema>

export const eventCardSchema = z.object({
  type: z.literal('event'),
  id: z.string().min(1),
  domain: z.enum(ZRM_DOMAINS),
  start: isoDate,
  end: isoDate.optional(),
  description: z.string(),
  direction: z.enum(['better', 'worse']),
  confidence: z.enum(['low', 'medium', 'high']).optional(),
})
export type EventCard = z.infer<typeof eventCardSchema>

export const cardSchema = z.discriminatedUnion('type', [activityCardSchema, eventCardSchema])
export type Card = z.infer<typeof cardSchema>

export const REFERENCE_KINDS = [
  'no-intervention',
  'former-approach',
  'lighter-approach',
  'improved-approach',
] as const

const trust = z.number().int().min(1).max(10).optional()

export const tableConversationSchema = z.object({
  caseId: z.string().min(1),
  /** Measurement moment: T0, T1, … (Roermond needed two conversations half a year apart). */
  measurement: z
    .string()
    .regex(/^T\d+$/)
    .default('T0'),
  date: isoDate.optional(),
  facilitator: z.string().optional(),
  attendees: z
    .array(
      z.object({
        role: z.string(),
        organisation: z.string(),
        involvement: z.enum(['direct', 'critical-outsider']),
      }),
    )
    .default([]),
  consent: z.object({ participate: z.boolean(), record: z.boolean() }).optional(),
  scenarios: z.object({
    interventie: z.object({ cards: z.array(cardSchema) }),
    referentie: z.object({
      kind: z.enum(REFERENCE_KINDS),
      reasoning: z.string().default(''),
      cards: z.array(cardSchema),
    }),
  }),
  outcomes: z
    .object({
      zrm: z
        .record(
          z.string(),
          z.object({
            before: z.number().int().min(1).max(5),
            after: z.number().int().min(1).max(5),
          }),
        )
        .optional(),
      ladder: z
        .object({ before: z.number().int().min(1).max(6), after: z.number().int().min(1).max(6) })
        .optional(),
      trust: z.object({ self: trust, professionals: trust, municipality: trust }).optional(),
      ownWords: z.string().optional(),
    })
    .optional(),
})
export type TableConversation = z.output<typeof tableConversationSchema>

/**
 * The table-conversations file: a study's conversations with the price-list items they use,
 * so that it can be archived, shared between municipalities and re-run. Versioned.
 */
export const conversationFileSchema = z.object({
  format: z.literal('effectwijzer-table-conversations'),
  version: z.literal(1),
  project: z.object({ name: z.string() }).optional(),
  /** Price level of the results: every price is indexed to this year. */
  baseYear: z.number().int().min(2000).max(2100),
  priceList: priceListSchema,
  cases: z.array(tableConversationSchema).min(1),
})
export type ConversationFile = z.output<typeof conversationFileSchema>
export type ConversationFileInput = z.input<typeof conversationFileSchema>
