import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import { startfotoTemplateSchema } from './template.js'

const localised = z.object({ nl: z.string(), en: z.string() })

/** Ratings 1–5 of one group: how many gave each point, and their mean. */
export const agreementSummarySchema = z.object({
  n: z.number().int(),
  /** distribution[k − 1]: how many rated k. */
  distribution: z.array(z.number().int()).length(5),
  mean: z.number(),
})

/** Why a group's figures are not shown: too few answers, or they would give a small group away. */
export const hiddenReasonSchema = z.enum(['small', 'complement'])

export const statementResultSchema = z.object({
  questionId: z.string(),
  text: localised,
  /** All partners together; null when fewer than five rated the statement. */
  all: agreementSummarySchema.nullable(),
  organisations: z.array(
    z.object({
      organisationId: idSchema,
      name: z.string(),
      /** How many of this organisation rated the statement. */
      n: z.number().int(),
      summary: agreementSummarySchema.nullable(),
      hidden: hiddenReasonSchema.nullable(),
    }),
  ),
  /** Highest minus lowest organisation mean among those shown: where partners differ. */
  spread: z.number().nullable(),
})
export type StatementResult = z.output<typeof statementResultSchema>

export const textAnswerSchema = z.object({
  text: z.string(),
  /** The organisation, only where its group is large enough not to point at a person. */
  organisationId: idSchema.nullable(),
  /** A code-book theme once tagged; null until then. */
  theme: z.string().nullable(),
})

export const roundResultSchema = z.object({
  number: z.number().int(),
  openedOn: isoDateSchema,
  closedOn: isoDateSchema.nullable(),
  responses: z.array(
    z.object({ organisationId: idSchema, name: z.string(), count: z.number().int() }),
  ),
  total: z.number().int(),
  statements: z.array(statementResultSchema),
  /** Open answers per question, sorted by text so that their order says nothing about who. */
  texts: z.array(
    z.object({ questionId: z.string(), text: localised, answers: z.array(textAnswerSchema) }),
  ),
})
export type RoundResult = z.output<typeof roundResultSchema>

const meanChange = z.object({ from: z.number(), to: z.number(), change: z.number() })

/** Change of the mean rating between the first round and a later one, where both are shown. */
export const roundComparisonSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  statements: z.array(
    z.object({
      questionId: z.string(),
      text: localised,
      all: meanChange.nullable(),
      organisations: z.array(meanChange.extend({ organisationId: idSchema, name: z.string() })),
    }),
  ),
})
export type RoundComparison = z.output<typeof roundComparisonSchema>

export const startfotoResponseSchema = z.object({
  projectId: idSchema,
  template: startfotoTemplateSchema,
  /** false: the shipped template, not yet adapted for this project. */
  adapted: z.boolean(),
  /** true once an answer came in: questions may then only be added. */
  answered: z.boolean(),
  /** The project's partners, who can get a link. */
  organisations: z.array(z.object({ id: idSchema, name: z.string() })),
  rounds: z.array(roundResultSchema),
  /** Each later round against the first (the baseline), in round order. */
  comparisons: z.array(roundComparisonSchema),
})
export type StartfotoResponse = z.output<typeof startfotoResponseSchema>

export const openRoundSchema = z.object({
  /** The partners who get a link; all the project's partners when left out. */
  organisationIds: z.array(idSchema).min(1).max(50).optional(),
})

export const openedRoundSchema = z.object({
  number: z.number().int(),
  openedOn: isoDateSchema,
  /** One link per organisation: the token is shown now only (the server keeps its hash). */
  links: z.array(z.object({ organisationId: idSchema, name: z.string(), token: z.string() })),
})

/** Closing a round or renewing its links takes nothing but the round's number (in the path). */
export const roundActionSchema = z.object({}).strict()

export const roundParamsSchema = z
  .object({ id: idSchema, number: z.coerce.number().int().min(1).max(1000) })
  .strict()

export const tokenParamsSchema = z.object({ token: z.string().min(1).max(200) }).strict()

/** What the answer page shows: the questions of the round, in both languages. */
export const startfotoQuestionsSchema = z.object({
  projectName: z.string(),
  organisationName: z.string(),
  round: z.number().int(),
  open: z.boolean(),
  template: startfotoTemplateSchema,
})

export const startfotoReceivedSchema = z.object({ received: z.literal(true) })

/** The open answers' export: CSV (default) or a workbook. */
export const startfotoExportQuerySchema = z
  .object({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .strict()
