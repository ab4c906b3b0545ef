import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import { publishedCountSchema } from '../api/research.js'
import {
  type TableConversation,
  ZRM_DOMAINS,
  type ZrmDomain,
} from '../conversation/conversation.js'
import { ladderRungSchema } from '../participant/participant.js'
import { nameText } from '../text/text.js'

const zrmScore = z.number().int().min(1).max(5)
const trustScore = z.number().int().min(1).max(10)

/** What one measurement holds: any of the rung, ZRM scores, trust and progress on own goals. */
const outcomeValuesShape = {
  ladderRung: ladderRungSchema.optional(),
  zrm: z.partialRecord(z.enum(ZRM_DOMAINS), zrmScore).optional(),
  trust: z
    .object({
      self: trustScore.optional(),
      professionals: trustScore.optional(),
      municipality: trustScore.optional(),
    })
    .strict()
    .optional(),
  /** Progress per goal of the plan (its id), 1 (not started) to 10 (reached). */
  goalProgress: z.record(nameText().min(1), trustScore).optional(),
}

export const recordMeasurementRequestSchema = z
  .object({
    participantId: idSchema,
    projectId: idSchema.optional(),
    date: isoDateSchema,
    /** The moment the professional chose ("na drie maanden", "afsluiting"). */
    moment: nameText().trim().min(1).optional(),
    ...outcomeValuesShape,
  })
  .strict()
  .refine(
    (m) =>
      m.ladderRung !== undefined ||
      Object.keys(m.zrm ?? {}).length > 0 ||
      Object.values(m.trust ?? {}).some((v) => v !== undefined) ||
      Object.keys(m.goalProgress ?? {}).length > 0,
    { message: 'measurement-empty' },
  )
export type RecordMeasurementRequest = z.input<typeof recordMeasurementRequestSchema>

export const outcomePointSchema = z.object({
  /** The measurement's id, or the conversation's for a table conversation's T0/T1. */
  id: idSchema,
  source: z.enum(['measurement', 'conversation']),
  projectId: idSchema.nullable(),
  date: isoDateSchema,
  /** The professional's moment, or the conversation's measurement (T0, T1, …). */
  moment: z.string().nullable(),
  ladderRung: ladderRungSchema.nullable(),
  zrm: z.partialRecord(z.enum(ZRM_DOMAINS), zrmScore),
  trust: z.object({
    self: trustScore.nullable(),
    professionals: trustScore.nullable(),
    municipality: trustScore.nullable(),
  }),
  goalProgress: z.record(z.string(), trustScore),
})
export type OutcomePoint = z.infer<typeof outcomePointSchema>

export const outcomeSeriesQuerySchema = z.object({ participantId: idSchema }).strict()
export const outcomeSeriesResponseSchema = z.object({ points: z.array(outcomePointSchema) })
export const outcomePointResponseSchema = z.object({ point: outcomePointSchema })

/**
 * A table conversation's outcomes as a point of the one series: the situation it records as
 * "after" (now, at the conversation), on its date, labelled with its measurement. Its "before"
 * describes the time before support began, which has no date of its own, so it is not a point.
 * Undefined when the conversation recorded no outcome.
 *
 * @example
 * ```ts
 * const conversation = { caseId: 'c', measurement: 'T1', date: '2026-06-01', attendees: [], scenarios: { interventie: { cards: [] }, referentie: { kind: 'no-intervention', reasoning: '', cards: [] } }, outcomes: { ladder: { before: 1, after: 3 }, zrm: { financien: { before: 2, after: 4 } } } } as const
 * conversationPoint({ id: '00000000-0000-4000-8000-000000000001', projectId: null, date: '2026-06-01', conversation })
 * // → { source: 'conversation', moment: 'T1', ladderRung: 3, zrm: { financien: 4 }, … }
 * ```
 */
export function conversationPoint(input: {
  readonly id: string
  readonly projectId: string | null
  /** The conversation's own date, or the day it was held when it records none. */
  readonly date: string
  readonly conversation: Pick<TableConversation, 'measurement' | 'outcomes'>
}): OutcomePoint | undefined {
  const outcomes = input.conversation.outcomes
  if (!outcomes) return undefined
  const zrm: Partial<Record<ZrmDomain, number>> = {}
  for (const [domain, score] of Object.entries(outcomes.zrm ?? {}))
    if (score) zrm[domain as ZrmDomain] = score.after
  const trust = outcomes.trust ?? {}
  const point: OutcomePoint = {
    id: input.id,
    source: 'conversation',
    projectId: input.projectId,
    date: input.date,
    moment: input.conversation.measurement,
    ladderRung: outcomes.ladder?.after ?? null,
    zrm,
    trust: {
      self: trust.self ?? null,
      professionals: trust.professionals ?? null,
      municipality: trust.municipality ?? null,
    },
    goalProgress: {},
  }
  const empty =
    point.ladderRung === null &&
    Object.keys(zrm).length === 0 &&
    Object.values(point.trust).every((v) => v === null)
  return empty ? undefined : point
}

/**
 * One participant's series in time order: by date, and on one day a conversation before a
 * measurement.
 *
 * @example
 * ```ts
 * const p = (id: string, date: string, source: 'measurement' | 'conversation') => ({ id, source, projectId: null, date, moment: null, ladderRung: 2, zrm: {}, trust: { self: null, professionals: null, municipality: null }, goalProgress: {} })
 * sortSeries([p('b', '2026-05-01', 'measurement'), p('c', '2026-05-01', 'conversation'), p('a', '2026-01-01', 'measurement')]).map((x) => x.id)
 * // → ['a', 'c', 'b']
 * ```
 */
export function sortSeries(points: readonly OutcomePoint[]): OutcomePoint[] {
  return [...points].sort(
    (a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source),
  )
}

/** First and last value of a participant's series for one outcome (undefined with fewer than two). */
function firstAndLast(
  series: readonly OutcomePoint[],
  value: (point: OutcomePoint) => number | null | undefined,
): { first: number; last: number } | undefined {
  const values = series.map(value).filter((v): v is number => v !== null && v !== undefined)
  if (values.length < 2) return undefined
  return { first: values[0] as number, last: values[values.length - 1] as number }
}

/**
 * Change from first to last measurement over a project's participants, as counts to publish:
 * the ladder transitions (a 6 × 6 grid, first rung by last) and per ZRM domain the scores at the
 * first and at the last measurement. Only participants measured at least twice on an outcome
 * count for it.
 *
 * @example
 * ```ts
 * const p = (date: string, ladderRung: number, financien: number) => ({ id: '00000000-0000-4000-8000-000000000001', source: 'measurement', projectId: null, date, moment: null, ladderRung, zrm: { financien }, trust: { self: null, professionals: null, municipality: null }, goalProgress: {} }) as const
 * const change = outcomeChange([[p('2026-01-01', 1, 2), p('2026-06-01', 3, 4)]])
 * change.ladder.grid[0] // → [0, 0, 1, 0, 0, 0]   (one participant from rung 1 to rung 3)
 * change.zrm.financien // → { n: 1, first: [0, 1, 0, 0, 0], last: [0, 0, 0, 1, 0] }
 * ```
 */
export function outcomeChange(seriesPerParticipant: readonly (readonly OutcomePoint[])[]): {
  ladder: { n: number; grid: number[][] }
  zrm: Partial<Record<ZrmDomain, { n: number; first: number[]; last: number[] }>>
} {
  const grid = Array.from({ length: 6 }, () => Array.from({ length: 6 }, () => 0))
  let n = 0
  const zrm: Partial<Record<ZrmDomain, { n: number; first: number[]; last: number[] }>> = {}
  for (const series of seriesPerParticipant) {
    const ladder = firstAndLast(series, (p) => p.ladderRung)
    if (ladder) {
      n += 1
      const row = grid[ladder.first - 1] as number[]
      row[ladder.last - 1] = (row[ladder.last - 1] ?? 0) + 1
    }
    for (const domain of ZRM_DOMAINS) {
      const scores = firstAndLast(series, (p) => p.zrm[domain])
      if (!scores) continue
      const cell = zrm[domain] ?? { n: 0, first: [0, 0, 0, 0, 0], last: [0, 0, 0, 0, 0] }
      zrm[domain] = cell
      cell.n += 1
      cell.first[scores.first - 1] = (cell.first[scores.first - 1] ?? 0) + 1
      cell.last[scores.last - 1] = (cell.last[scores.last - 1] ?? 0) + 1
    }
  }
  return { ladder: { n, grid }, zrm }
}

export const outcomeAggregateQuerySchema = z.object({ projectId: idSchema }).strict()

export const outcomeAggregateResponseSchema = z.object({
  projectId: idSchema,
  suppressionThreshold: z.number().int(),
  roundingBase: z.number().int(),
  ladder: z.object({
    total: publishedCountSchema,
    /** Transitions first rung → last rung; rows and columns are rungs 1–6. */
    transitions: z.array(
      z.object({ from: ladderRungSchema, to: ladderRungSchema, ...publishedCountSchema.shape }),
    ),
  }),
  zrm: z.array(
    z.object({
      domain: z.enum(ZRM_DOMAINS),
      total: publishedCountSchema,
      /** Per score 1–5: how many scored it at the first and at the last measurement. */
      scores: z.array(
        z.object({
          score: zrmScore,
          first: publishedCountSchema,
          last: publishedCountSchema,
        }),
      ),
    }),
  ),
})
export type OutcomeAggregateResponse = z.infer<typeof outcomeAggregateResponseSchema>
