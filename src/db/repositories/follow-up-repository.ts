import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { CheckInOutcome, FollowUp } from '../../domain/index.js'
import type { Database } from '../schema.js'
import { type ParticipantScope, visibleTo } from './participant-repository.js'

export interface NewFollowUps {
  readonly participantId: string
  readonly projectId: string | null
  readonly outflow: FollowUp['outflow']
  readonly endedOn: string
  readonly dueDates: readonly string[]
  readonly owner: {
    readonly id: string
    readonly organisationId: string
    readonly team: string | null
  }
  readonly createdBy: string | null
}

/** Plans one check-in per due date after an outflow; returns their ids in date order. */
export async function planFollowUps(db: Kysely<Database>, input: NewFollowUps): Promise<string[]> {
  const rows = input.dueDates.map((dueDate) => ({
    id: randomUUID(),
    participant_id: input.participantId,
    project_id: input.projectId,
    outflow: input.outflow,
    ended_on: input.endedOn,
    due_date: dueDate,
    owner_id: input.owner.id,
    organisation_id: input.owner.organisationId,
    team: input.owner.team,
    created_by: input.createdBy,
  }))
  if (rows.length > 0) await db.insertInto('follow_ups').values(rows).execute()
  return rows.map((row) => row.id)
}

function selectFollowUps(db: Kysely<Database>, municipalityId: string) {
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('participants', 'participants.id', 'f.participant_id')
    .innerJoin('users as o', 'o.id', 'f.owner_id')
    .select([
      'f.id',
      'f.participant_id as participantId',
      'participants.pseudonym',
      'f.project_id as projectId',
      'f.outflow',
      'f.ended_on as endedOn',
      'f.due_date as dueDate',
      'o.id as ownerId',
      'o.name as ownerName',
      'f.team',
      'f.outcome',
      'f.note',
      'f.checked_on as checkedOn',
      'f.cancelled',
    ])
    .where('participants.municipality_id', '=', municipalityId)
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectFollowUps>['executeTakeFirstOrThrow']>>

const toFollowUp =
  (today: string) =>
  ({ ownerId, ownerName, ...row }: Selected): FollowUp => ({
    ...row,
    outflow: row.outflow as FollowUp['outflow'],
    outcome: row.outcome as CheckInOutcome | null,
    owner: { id: ownerId, name: ownerName },
    overdue: row.outcome === null && !row.cancelled && row.dueDate < today,
  })

/** A follow-up of the municipality (with its participant's id, for the visibility check). */
export async function findFollowUp(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
  today: string,
): Promise<FollowUp | undefined> {
  const row = await selectFollowUps(db, municipalityId).where('f.id', '=', id).executeTakeFirst()
  return row && toFollowUp(today)(row)
}

/** Every follow-up of one participant, by due date. */
export async function listParticipantFollowUps(
  db: Kysely<Database>,
  municipalityId: string,
  participantId: string,
  today: string,
): Promise<FollowUp[]> {
  const rows = await selectFollowUps(db, municipalityId)
    .where('f.participant_id', '=', participantId)
    .orderBy('f.due_date')
    .execute()
  return rows.map(toFollowUp(today))
}

/**
 * The check-ins still to do that are due in a week or overdue, of participants the scope may
 * see: one owner's (`mine`) or a team's (the owner's organisation and team; a whole
 * organisation for a user without a team).
 */
export async function listDueFollowUps(
  db: Kysely<Database>,
  scope: ParticipantScope,
  input: {
    readonly who:
      | { readonly ownerId: string }
      | { readonly organisationId: string; readonly team: string | null }
    readonly weekStart: string
    readonly weekEnd: string
    readonly today: string
  },
): Promise<FollowUp[]> {
  let query = selectFollowUps(db, scope.municipalityId)
    .where(visibleTo(scope))
    .where('f.outcome', 'is', null)
    .where('f.cancelled', '=', false)
    .where((eb) =>
      eb.or([
        eb.and([eb('f.due_date', '>=', input.weekStart), eb('f.due_date', '<=', input.weekEnd)]),
        eb('f.due_date', '<', input.today),
      ]),
    )
  const who = input.who
  if ('ownerId' in who) query = query.where('f.owner_id', '=', who.ownerId)
  else {
    query = query.where('f.organisation_id', '=', who.organisationId)
    if (who.team !== null) query = query.where('f.team', '=', who.team)
  }
  const rows = await query.orderBy('f.due_date').orderBy('participants.pseudonym').execute()
  return rows.map(toFollowUp(input.today))
}

/**
 * Records how a check-in went. Reopened support ends this outflow's follow-up: its later
 * check-ins still to do are cancelled (support is running again; a new outflow plans anew).
 */
export async function recordCheckIn(
  db: Kysely<Database>,
  input: {
    readonly followUp: Pick<FollowUp, 'id' | 'participantId' | 'outflow' | 'endedOn'>
    readonly outcome: CheckInOutcome
    readonly note: string | null
    readonly date: string
    readonly userId: string
  },
): Promise<void> {
  await db
    .updateTable('follow_ups')
    .set({
      outcome: input.outcome,
      note: input.note,
      checked_on: input.date,
      checked_by: input.userId,
    })
    .where('id', '=', input.followUp.id)
    .execute()
  if (input.outcome === 'reopened')
    await db
      .updateTable('follow_ups')
      .set({ cancelled: true })
      .where('participant_id', '=', input.followUp.participantId)
      .where('ended_on', '=', input.followUp.endedOn)
      .where('outflow', '=', input.followUp.outflow)
      .where('outcome', 'is', null)
      .execute()
}

export async function rescheduleFollowUp(
  db: Kysely<Database>,
  id: string,
  dueDate: string,
): Promise<void> {
  await db.updateTable('follow_ups').set({ due_date: dueDate }).where('id', '=', id).execute()
}

/**
 * Participants of a project with a follow-up after outflow, by how their latest recorded
 * check-in went (`pending` while none is recorded): relapse is `reopened`.
 */
export async function countLatestCheckIns(
  db: Kysely<Database>,
  municipalityId: string,
  projectId: string,
): Promise<{ outcome: string; count: number }[]> {
  const rows = await db
    .with('latest', (w) =>
      w
        .selectFrom('follow_ups as f')
        .innerJoin('participants as p', 'p.id', 'f.participant_id')
        .where('f.project_id', '=', projectId)
        .where('p.municipality_id', '=', municipalityId)
        .select((eb) => [
          'f.participant_id',
          eb
            .fn<string>('coalesce', [
              eb
                .selectFrom('follow_ups as g')
                .select('g.outcome')
                .whereRef('g.participant_id', '=', 'f.participant_id')
                .where('g.project_id', '=', projectId)
                .where('g.outcome', 'is not', null)
                .orderBy('g.checked_on', 'desc')
                .orderBy('g.due_date', 'desc')
                .limit(1),
              eb.val('pending'),
            ])
            .as('outcome'),
        ])
        .distinct(),
    )
    .selectFrom('latest')
    .select(['outcome', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('outcome')
    .execute()
  return rows.map((row) => ({ outcome: row.outcome, count: Number(row.count) }))
}
