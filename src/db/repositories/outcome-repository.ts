import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  conversationPoint,
  type OutcomePoint,
  sortSeries,
  type TableConversation,
  todayInAmsterdam,
  type ZrmDomain,
} from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface NewMeasurement {
  readonly participantId: string
  readonly projectId: string | null
  readonly date: string
  readonly moment: string | null
  readonly ladderRung: number | null
  readonly zrm: Partial<Record<ZrmDomain, number>>
  readonly trust: {
    readonly self?: number | undefined
    readonly professionals?: number | undefined
    readonly municipality?: number | undefined
  }
  readonly goalProgress: Record<string, number>
  readonly recordedBy: string | null
}

/** Stores a measurement the professional took; returns it as a point of the series. */
export async function addMeasurement(
  db: Kysely<Database>,
  input: NewMeasurement,
): Promise<OutcomePoint> {
  const id = randomUUID()
  await db
    .insertInto('outcome_measurements')
    .values({
      id,
      participant_id: input.participantId,
      project_id: input.projectId,
      date: input.date,
      moment: input.moment,
      ladder_rung: input.ladderRung,
      zrm: JSON.stringify(input.zrm),
      trust_self: input.trust.self ?? null,
      trust_professionals: input.trust.professionals ?? null,
      trust_municipality: input.trust.municipality ?? null,
      goal_progress: JSON.stringify(input.goalProgress),
      recorded_by: input.recordedBy,
    })
    .execute()
  return {
    id,
    source: 'measurement',
    projectId: input.projectId,
    date: input.date,
    moment: input.moment,
    ladderRung: input.ladderRung,
    zrm: input.zrm,
    trust: {
      self: input.trust.self ?? null,
      professionals: input.trust.professionals ?? null,
      municipality: input.trust.municipality ?? null,
    },
    goalProgress: input.goalProgress,
  }
}

type SeriesFilter =
  | { readonly participantId: string }
  | { readonly municipalityId: string; readonly projectId: string }

/**
 * Outcome series per participant: the measurements taken and the outcomes of the (not
 * archived) table conversations, read from the conversations themselves — one series, so
 * a conversation's T0/T1 is never a second copy. For a project: its enrolled participants,
 * their measurements outside any project or in this one, and this project's conversations.
 */
export async function listOutcomeSeries(
  db: Kysely<Database>,
  filter: SeriesFilter,
): Promise<Map<string, OutcomePoint[]>> {
  let measurements = db.selectFrom('outcome_measurements as m').selectAll('m')
  let conversations = db
    .selectFrom('conversations as c')
    .select(['c.id', 'c.participant_id', 'c.project_id', 'c.document', 'c.created_at'])
    .where('c.archived_at', 'is', null)
  if ('participantId' in filter) {
    measurements = measurements.where('m.participant_id', '=', filter.participantId)
    conversations = conversations.where('c.participant_id', '=', filter.participantId)
  } else {
    const enrolled = db
      .selectFrom('enrolments as e')
      .innerJoin('participants as p', 'p.id', 'e.participant_id')
      .select('e.participant_id')
      .where('e.project_id', '=', filter.projectId)
      .where('p.municipality_id', '=', filter.municipalityId)
    measurements = measurements
      .where('m.participant_id', 'in', enrolled)
      .where((eb) =>
        eb.or([eb('m.project_id', 'is', null), eb('m.project_id', '=', filter.projectId)]),
      )
    conversations = conversations
      .where('c.participant_id', 'in', enrolled)
      .where('c.project_id', '=', filter.projectId)
  }
  const series = new Map<string, OutcomePoint[]>()
  const add = (participantId: string, point: OutcomePoint) => {
    const points = series.get(participantId) ?? []
    points.push(point)
    series.set(participantId, points)
  }
  for (const m of await measurements.execute())
    add(m.participant_id, {
      id: m.id,
      source: 'measurement',
      projectId: m.project_id,
      date: m.date,
      moment: m.moment,
      ladderRung: m.ladder_rung,
      zrm: m.zrm,
      trust: {
        self: m.trust_self,
        professionals: m.trust_professionals,
        municipality: m.trust_municipality,
      },
      goalProgress: m.goal_progress,
    })
  for (const c of await conversations.execute()) {
    const conversation = c.document as TableConversation
    const point = conversationPoint({
      id: c.id,
      projectId: c.project_id,
      date: conversation.date ?? todayInAmsterdam(new Date(c.created_at)),
      conversation,
    })
    if (point) add(c.participant_id, point)
  }
  for (const [participant, points] of series) series.set(participant, sortSeries(points))
  return series
}
