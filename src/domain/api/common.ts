import { z } from 'zod'
import { DATE_YEARS, refusal } from '../number/bounds.js'

export const idSchema = z.uuid()
export const idParamsSchema = z.object({ id: idSchema }).strict()
export const emptyQuerySchema = z.object({}).strict()

/**
 * A calendar date without time, YYYY-MM-DD: an existing day (no 2026-02-30, no 2026-13-45)
 * from 1900 to 2199, so that a period computed from it (a card's rate lasts up to a century)
 * stays a four-digit year. Documented as `format: date`, as the NLGov API design rules ask of
 * every date field.
 */
export const isoDateSchema = z.iso.date().refine((date) => {
  const year = Number(date.slice(0, 4))
  return year >= DATE_YEARS.first && year <= DATE_YEARS.last
}, refusal('date-range'))
export type IsoDate = z.infer<typeof isoDateSchema>

/** One problem found in the input: where it sits (file row, column, field path) and what is wrong. */
export const problemIssueSchema = z.object({
  row: z.number().int().optional(),
  column: z.string().optional(),
  field: z.string().optional(),
  message: z.string(),
})

/** The problem types the API answers with; each has its own `type` URI and title. */
export const PROBLEM_CODES = [
  'validation',
  'unauthorised',
  'forbidden',
  'not-found',
  'conflict',
  'too-large',
  'unsupported-media-type',
  'rate-limited',
  'unavailable',
  'internal',
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/**
 * Every error answer of the API: an RFC 9457 problem detail (`application/problem+json`), as
 * the NLGov API design rules ask. `code`, `correlationId` and `issues` are extension members.
 */
export const problemSchema = z.object({
  type: z.string().describe('The problem type, a URI per `code`; not meant to be dereferenced'),
  title: z.string().describe('What kind of problem, in the language of Accept-Language'),
  status: z.number().int().describe('The HTTP status code of this answer'),
  detail: z.string().describe('What went wrong this time, in the language of Accept-Language'),
  instance: z.string().describe('This occurrence: urn:uuid: and the correlation id'),
  code: z.enum(PROBLEM_CODES).describe('Stable machine-readable code of the problem type'),
  correlationId: z.string().describe('Quote this when contacting support; it is in the log'),
  issues: z
    .array(problemIssueSchema)
    .optional()
    .describe('For validation problems: every problem in the input'),
})
export type Problem = z.infer<typeof problemSchema>

export const organisationRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.string(),
})
