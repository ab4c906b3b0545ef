import { z } from 'zod'
import {
  measurementSchema,
  REFERENCE_KINDS,
  tableConversationSchema,
} from '../conversation/conversation.js'
import { conversationEditSchema } from '../conversation/edits.js'
import { priceListSchema } from '../price-list/price-list.js'
import { idSchema } from './common.js'

/** Which case and moment a conversation is, and whether it is signed off. */
const conversationHeaderSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  pseudonym: z.string(),
  measurement: measurementSchema,
  status: z.enum(['open', 'signed-off']),
  version: z.number().int(),
  updatedAt: z.string(),
})

/** One row of a project's case list: who, which moment, its state and its result. */
export const conversationSummarySchema = conversationHeaderSchema.extend({
  cards: z.number().int(),
  /** referentie − interventie in euros at the base year (positive: the approach saves). */
  difference: z.number(),
})
export type ConversationSummary = z.infer<typeof conversationSummarySchema>

export const conversationListResponseSchema = z.object({
  conversations: z.array(conversationSummarySchema),
})

export const createConversationRequestSchema = z
  .object({
    projectId: idSchema,
    participantId: idSchema,
    measurement: measurementSchema.default('T0'),
    referenceKind: z.enum(REFERENCE_KINDS).default('former-approach'),
  })
  .strict()
export type CreateConversationRequest = z.input<typeof createConversationRequestSchema>

/** A conversation as the live screen needs it: the document, the edit heads, the prices. */
export const conversationStateSchema = conversationHeaderSchema.extend({
  projectId: idSchema,
  /** Set when archived (started by mistake): kept and readable, hidden from lists, locked. */
  archivedAt: z.string().nullable(),
  conversation: tableConversationSchema,
  heads: z.record(z.string(), z.string()),
  /** Price level of the totals; prices are indexed to it. */
  baseYear: z.number().int(),
  priceList: priceListSchema,
  versions: z.array(
    z.object({
      version: z.number().int(),
      signedOffBy: z.string(),
      signedOffAt: z.string(),
      note: z.string().nullable(),
      reopenReason: z.string().nullable(),
      reopenedAt: z.string().nullable(),
    }),
  ),
})
export type ConversationState = z.output<typeof conversationStateSchema>

export const conversationEditsRequestSchema = z
  .object({ edits: z.array(conversationEditSchema).min(1).max(500) })
  .strict()

export const conversationEditsResponseSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['applied', 'duplicate', 'conflict']),
      current: z.unknown().optional(),
      currentHead: z.string().nullable().optional(),
    }),
  ),
  state: conversationStateSchema,
})
export type ConversationEditsResponse = z.output<typeof conversationEditsResponseSchema>

export const signOffRequestSchema = z.object({ note: z.string().max(2000).optional() }).strict()

export const reopenRequestSchema = z.object({ reason: z.string().trim().min(1).max(2000) }).strict()

/** Archiving a conversation started by mistake always says why. */
export const archiveRequestSchema = reopenRequestSchema

export const reportQuerySchema = z
  .object({
    lang: z.enum(['nl', 'en']).default('nl'),
    format: z.enum(['html', 'pdf', 'xlsx']).default('html'),
  })
  .strict()
