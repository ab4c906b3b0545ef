import { z } from 'zod'
import type { LocalisedMessage } from '../errors.js'

/** The outcomes a pilot can be designed for, each answered by its own engine function. */
export const PILOT_OUTCOMES = ['proportion', 'mean', 'time-to-event'] as const
export type PilotOutcome = (typeof PILOT_OUTCOMES)[number]

/** Named problems of a design (looked up by the zod-issues translator). */
export const PILOT_DESIGN_MESSAGES = {
  'pilot-design-share-above-one': {
    nl: 'het basisniveau plus het kleinste verschil moet onder de 100% blijven',
    en: 'the baseline plus the smallest difference must stay below 100%',
  },
  'pilot-design-hazard-ratio-one': {
    nl: 'een hazardratio van 1 is geen verschil',
    en: 'a hazard ratio of 1 is no difference',
  },
} as const satisfies Record<string, LocalisedMessage>

/** Group sizes: at least 2 (a t-test needs a degree of freedom), at most a country. */
const groupSize = z.number().int().min(2).max(20_000_000)
const share = z.number().gt(0).lt(1)
const common = {
  nPilot: groupSize,
  nComparison: groupSize,
  followUpMonths: z.number().gt(0).max(600),
  alpha: share.default(0.05),
  power: share.default(0.8),
}

/**
 * A pilot's design before it starts. `smallestDifference` is the effect that would matter:
 * percentage points as a share (proportion), the outcome's units (mean), or a hazard ratio
 * (time to event; above 1 is faster, e.g. leaving social assistance sooner).
 */
export const pilotDesignSchema = z.discriminatedUnion('outcome', [
  z
    .object({
      outcome: z.literal('proportion'),
      ...common,
      /** Share of the comparison group with the outcome within follow-up (e.g. outflow). */
      baselineShare: share,
      smallestDifference: share,
    })
    .refine((d) => d.baselineShare + d.smallestDifference < 1, {
      message: 'pilot-design-share-above-one',
      path: ['smallestDifference'],
    }),
  z.object({
    outcome: z.literal('mean'),
    ...common,
    /** The outcome's standard deviation in either group. */
    sd: z.number().gt(0).max(1e12),
    smallestDifference: z.number().gt(0).max(1e12),
  }),
  z
    .object({
      outcome: z.literal('time-to-event'),
      ...common,
      /** The comparison group's constant event rate per month (e.g. 0.03: 3% a month). */
      eventRatePerMonth: z.number().gt(0).max(10),
      smallestDifference: z.number().gt(0).max(1000),
    })
    .refine((d) => d.smallestDifference !== 1, {
      message: 'pilot-design-hazard-ratio-one',
      path: ['smallestDifference'],
    }),
])

export type PilotDesign = z.output<typeof pilotDesignSchema>
export type PilotDesignInput = z.input<typeof pilotDesignSchema>
