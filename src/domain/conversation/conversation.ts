import { z } from 'zod'
import { isoDateSchema as isoDate } from '../api/common.js'
import { BOUNDS, refusal } from '../number/bounds.js'
import { priceListSchema } from '../price-list/price-list.js'
import { stakeholderSchema } from '../stakeholder/stakeholder.js'
import { longText, nameText } from '../text/text.js'
import { DAYS_PER_UNIT, expandRate, RATE_UNITS } from './rate.js'

/**
 * The ZRM (Zelfredzaamheid-Matrix) life domains, for life events and outcome scores, with
 * their names: part of the method's vocabulary that the screens and the printed reports share.
 */
const ZRM_DOMAIN_NAMES = {
  financien: { nl: 'Financiën', en: 'Finances' },
  'werk-opleiding': { nl: 'Werk en opleiding', en: 'Work and education' },
  tijdsbesteding: { nl: 'Tijdsbesteding', en: 'Daytime activities' },
  huisvesting: { nl: 'Huisvesting', en: 'Housing' },
  'huiselijke-relaties': { nl: 'Huiselijke relaties', en: 'Domestic relations' },
  'geestelijke-gezondheid': { nl: 'Geestelijke gezondheid', en: 'Mental health' },
  'lichamelijke-gezondheid': { nl: 'Lichamelijke gezondheid', en: 'Physical health' },
  middelengebruik: { nl: 'Middelengebruik', en: 'Substance use' },
  'basale-adl': { nl: 'Basale ADL', en: 'Basic ADL' },
  'instrumentele-adl': { nl: 'Instrumentele ADL', en: 'Instrumental ADL' },
  'sociaal-netwerk': { nl: 'Sociaal netwerk', en: 'Social network' },
  'maatschappelijke-participatie': {
    nl: 'Maatschappelijke participatie',
    en: 'Community participation',
  },
  justitie: { nl: 'Justitie', en: 'Justice' },
} as const
export type ZrmDomain = keyof typeof ZRM_DOMAIN_NAMES
export const ZRM_DOMAINS = Object.keys(ZRM_DOMAIN_NAMES) as [ZrmDomain, ...ZrmDomain[]]

/** A ZRM life domain's name in the user's language. */
export function zrmDomainName(domain: ZrmDomain, language: 'nl' | 'en'): string {
  return ZRM_DOMAIN_NAMES[domain][language]
}

/**
 * "2 hours a week for 3 months": a rate that expands to a quantity (see expandRate). It lasts
 * at most a hundred years, and its amount is bounded like a card's quantity.
 */
export const rateSchema = z.object({
  amount: z.number().positive().max(BOUNDS.cardQuantity),
  per: z.enum(RATE_UNITS),
  for: z
    .object({ count: z.number().positive(), unit: z.enum(RATE_UNITS) })
    .refine(
      (span) => span.count * DAYS_PER_UNIT[span.unit] <= BOUNDS.rateDays,
      refusal('rate-too-long'),
    ),
})
export type Rate = z.infer<typeof rateSchema>

export const activityCardSchema = z
  .object({
    type: z.literal('activity'),
    id: nameText().min(1),
    /** Price-list item code. */
    item: nameText().min(1),
    /** Who pays; defaults to the item's default payer. */
    payer: stakeholderSchema.optional(),
    provider: nameText().optional(),
    start: isoDate,
    end: isoDate.optional(),
    quantity: z.number().nonnegative().max(BOUNDS.cardQuantity).optional(),
    rate: rateSchema.optional(),
    /** For reference cards: how sure the table is that this would have happened. */
    confidence: z.enum(['low', 'medium', 'high']).optional(),
    note: longText().optional(),
  })
  // A rate within its bounds can still expand beyond a card's (a million a day for a century).
  .refine(
    (card) => card.rate === undefined || expandRate(card.rate) <= BOUNDS.cardQuantity,
    refusal('card-quantity-too-large', ['rate']),
  )
export type ActivityCard = z.infer<typeof activityCardSchema>

export const eventCardSchema = z.object({
  type: z.literal('event'),
  id: nameText().min(1),
  domain: z.enum(ZRM_DOMAINS),
  start: isoDate,
  end: isoDate.optional(),
  description: longText(),
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

/** A measurement moment: T0, T1, … */
export const measurementSchema = z.string().regex(/^T\d{1,3}$/)

const trust = z.number().int().min(1).max(10).optional()

export const tableConversationSchema = z.object({
  caseId: nameText().min(1),
  /** Measurement moment: T0, T1, … (Roermond needed two conversations half a year apart). */
  measurement: measurementSchema.default('T0'),
  date: isoDate.optional(),
  facilitator: nameText().optional(),
  attendees: z
    .array(
      z.object({
        role: nameText(),
        organisation: nameText(),
        involvement: z.enum(['direct', 'critical-outsider']),
      }),
    )
    .max(100)
    .default([]),
  consent: z.object({ participate: z.boolean(), record: z.boolean() }).optional(),
  scenarios: z.object({
    interventie: z.object({ cards: z.array(cardSchema) }),
    referentie: z.object({
      kind: z.enum(REFERENCE_KINDS),
      reasoning: longText().default(''),
      cards: z.array(cardSchema),
    }),
  }),
  outcomes: z
    .object({
      zrm: z
        .partialRecord(
          z.enum(ZRM_DOMAINS),
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
      ownWords: longText().optional(),
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
  project: z.object({ name: nameText() }).optional(),
  /** Price level of the results: every price is indexed to this year. */
  baseYear: z.number().int().min(2000).max(2100),
  priceList: priceListSchema,
  cases: z.array(tableConversationSchema).min(1),
})
export type ConversationFile = z.output<typeof conversationFileSchema>
export type ConversationFileInput = z.input<typeof conversationFileSchema>
