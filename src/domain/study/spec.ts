import { z } from 'zod'

const covariateSchema = z.strictObject({
  column: z.string().min(1),
  type: z.enum(['numeric', 'categorical']),
})
export type CovariateSpec = z.infer<typeof covariateSchema>

const simpleOutcome = (type: 'continuous' | 'binary' | 'count' | 'cost') =>
  z.strictObject({ name: z.string().min(1), type: z.literal(type), column: z.string().min(1) })

/**
 * Difference-in-differences on one row per person: the outcome before and after the pilot in
 * two columns; the effect is the group × period interaction on the stacked data.
 */
const differenceInDifferences = z.strictObject({
  name: z.string().min(1),
  type: z.literal('difference-in-differences'),
  before: z.string().min(1),
  after: z.string().min(1),
})

const timeToEvent = z
  .strictObject({
    name: z.string().min(1),
    type: z.literal('time-to-event'),
    /** Time column (any unit; months in the examples) and event column (1 = event, 0 = censored). */
    time: z.string().optional(),
    event: z.string().optional(),
    /** Or dates: start (yyyy-mm-dd), end (empty = no event), censored at followUp months. */
    start: z.string().optional(),
    end: z.string().optional(),
    followUp: z.number().positive().optional(),
    /** Times at which to report survival with its confidence limits. */
    at: z.array(z.number().nonnegative()).default([]),
    /** Covariates of the Cox model besides the group. */
    adjust: z.array(covariateSchema).default([]),
    ties: z.enum(['efron', 'breslow']).default('efron'),
  })
  .refine(
    (o) =>
      (o.time !== undefined && o.event !== undefined) ||
      (o.start !== undefined && o.followUp !== undefined),
    {
      message: 'time-and-event-or-follow-up',
    },
  )

/** The spellings of a missing value in the usual exports (R, SPSS, SQL, Excel). */
export const DEFAULT_MISSING = ['', 'NA', '.', 'NULL'] as const

export const studySpecSchema = z.strictObject({
  /** Column with the person's (pseudonymised) id. */
  id: z.string().min(1),
  /** One row per person (a repeated id is an error) or per person-period (a warning). */
  rows: z.enum(['person', 'person-period']).default('person'),
  /** Cell texts that mean "missing" in every column (compared after trimming). */
  missing: z.array(z.string()).default([...DEFAULT_MISSING]),
  group: z.strictObject({ column: z.string().min(1), treated: z.string().min(1) }),
  covariates: z.array(covariateSchema).default([]),
  design: z
    .strictObject({
      method: z.enum(['nearest', 'ipw', 'none']),
      ratio: z.number().int().min(1).max(10).default(1),
      replace: z.boolean().default(false),
      /** In standard deviations of the distance; omitted = no caliper. */
      caliper: z.number().positive().optional(),
      estimand: z.enum(['ATT', 'ATE']).default('ATT'),
      /** Match on the propensity score (MatchIt's default) or its logit. */
      distance: z.enum(['ps', 'logit']).default('ps'),
      /** `matchit`: MatchIt 4.7.2's pairs, ties included; `matchit-4.5`: MatchIt 4.5.1's. */
      rule: z.enum(['matchit', 'matchit-4.5']).default('matchit'),
      /** Columns to match on exactly (controls only from the same combination of values). */
      exact: z.array(z.string().min(1)).default([]),
    })
    .default({
      method: 'none',
      ratio: 1,
      replace: false,
      estimand: 'ATT',
      distance: 'ps',
      rule: 'matchit',
      exact: [],
    }),
  outcomes: z
    .array(
      z.union([
        simpleOutcome('continuous'),
        simpleOutcome('binary'),
        simpleOutcome('count'),
        simpleOutcome('cost'),
        differenceInDifferences,
        timeToEvent,
      ]),
    )
    .min(1),
})
export type StudySpec = z.output<typeof studySpecSchema>
export type OutcomeSpec = StudySpec['outcomes'][number]
