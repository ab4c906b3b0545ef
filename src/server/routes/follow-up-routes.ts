import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  countLatestCheckIns,
  type Database,
  findFollowUp,
  findProject,
  listDueFollowUps,
  listParticipantFollowUps,
  planFollowUps,
  recordCheckIn,
  rescheduleFollowUp,
} from '../../db/index.js'
import {
  CHECK_IN_OUTCOMES,
  ConflictError,
  checkInDates,
  DISCLOSURE_RULES,
  type FollowUp,
  NotFoundError,
  publishLinkedTables,
  todayInAmsterdam,
  ValidationError,
  weekOf,
} from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { participantScope } from '../policy.js'
import { type AuditNote, implement } from '../route.js'
import { visibleParticipant } from './participant-routes.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { publishedWithReason } from './published-count.js'

const FOLLOW_UP_NOT_FOUND = { nl: 'Nazorgcontact niet gevonden.', en: 'Check-in not found.' }

/**
 * Plans the check-ins after an outflow, owned by the actor (their organisation and team): the
 * one way follow-ups are planned, from this resource and when an enrolment ends.
 */
export async function planCheckIns(
  db: Kysely<Database>,
  actor: RoleActor,
  input: {
    readonly participantId: string
    readonly projectId: string | null
    readonly outflow: FollowUp['outflow']
    readonly endedOn: string
    readonly months: readonly number[]
  },
): Promise<void> {
  await planFollowUps(db, {
    participantId: input.participantId,
    projectId: input.projectId,
    outflow: input.outflow,
    endedOn: input.endedOn,
    dueDates: checkInDates(input.endedOn, input.months),
    owner: { id: actor.userId, organisationId: actor.organisation.id, team: actor.team },
    createdBy: actor.userId,
  })
}

/** A check-in of the municipality (404) whose participant the actor may see (403). */
async function followUpOf(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  today: string,
  audit: AuditNote,
): Promise<FollowUp> {
  audit.objectId = id
  const followUp = await findFollowUp(db, actor.municipality.id, id, today)
  if (!followUp) throw new NotFoundError(FOLLOW_UP_NOT_FOUND)
  try {
    await visibleParticipant(db, actor, followUp.participantId, audit)
  } finally {
    audit.objectId = id
  }
  return followUp
}

function requireOpen(followUp: FollowUp): void {
  if (followUp.cancelled)
    throw new ConflictError({
      nl: 'Dit nazorgcontact is vervallen: de hulp is eerder heropend.',
      en: 'This check-in has lapsed: support was reopened earlier.',
    })
  if (followUp.outcome !== null)
    throw new ConflictError({
      nl: `Dit nazorgcontact is al vastgelegd op ${followUp.checkedOn}.`,
      en: `This check-in was already recorded on ${followUp.checkedOn}.`,
    })
}

function notBeforeOutflow(followUp: FollowUp, date: string, field: string): void {
  if (date < followUp.endedOn)
    throw new ValidationError([
      {
        field,
        message: {
          nl: `ligt vóór het einde van de ondersteuning (${followUp.endedOn})`,
          en: `is before support ended (${followUp.endedOn})`,
        },
      },
    ])
}

export const planFollowUpsRoute = implement(contract.followUps.plan, {
  handler: async ({ actor, db, body, services, audit }) => {
    const participant = await visibleParticipant(db, actor, body.participantId, audit)
    if (
      body.projectId !== undefined &&
      !(await findProject(db, actor.municipality.id, body.projectId))
    )
      throw new NotFoundError(PROJECT_NOT_FOUND)
    await planCheckIns(db, actor, {
      participantId: participant.id,
      projectId: body.projectId ?? null,
      outflow: body.outflow,
      endedOn: body.endedOn,
      months: body.months,
    })
    const today = todayInAmsterdam(services.now())
    return {
      status: 201,
      body: {
        followUps: await listParticipantFollowUps(db, actor.municipality.id, participant.id, today),
      },
    }
  },
})

export const dueFollowUpsRoute = implement(contract.followUps.due, {
  handler: async ({ actor, db, query, services }) => {
    const today = todayInAmsterdam(services.now())
    const week = weekOf(query.week ?? today)
    const followUps = await listDueFollowUps(db, participantScope(actor), {
      who:
        query.view === 'mine'
          ? { ownerId: actor.userId }
          : { organisationId: actor.organisation.id, team: actor.team },
      weekStart: week.start,
      weekEnd: week.end,
      today,
    })
    return { status: 200, body: { weekStart: week.start, weekEnd: week.end, followUps } }
  },
})

export const participantFollowUpsRoute = implement(contract.followUps.ofParticipant, {
  handler: async ({ actor, db, params, services, audit }) => {
    const participant = await visibleParticipant(db, actor, params.id, audit)
    const today = todayInAmsterdam(services.now())
    return {
      status: 200,
      body: {
        followUps: await listParticipantFollowUps(db, actor.municipality.id, participant.id, today),
      },
    }
  },
})

export const checkInRoute = implement(contract.followUps.checkIn, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const today = todayInAmsterdam(services.now())
    const followUp = await followUpOf(db, actor, params.id, today, audit)
    requireOpen(followUp)
    const date = body.date ?? today
    notBeforeOutflow(followUp, date, 'body.date')
    await recordCheckIn(db, {
      followUp,
      outcome: body.outcome,
      note: body.note ?? null,
      date,
      userId: actor.userId,
    })
    if (body.next !== undefined) {
      notBeforeOutflow(followUp, body.next, 'body.next')
      await planFollowUps(db, {
        participantId: followUp.participantId,
        projectId: followUp.projectId,
        outflow: followUp.outflow,
        endedOn: followUp.endedOn,
        dueDates: [body.next],
        owner: { id: actor.userId, organisationId: actor.organisation.id, team: actor.team },
        createdBy: actor.userId,
      })
    }
    const followUps = await listParticipantFollowUps(
      db,
      actor.municipality.id,
      followUp.participantId,
      today,
    )
    return { status: 200, body: { followUps } }
  },
})

export const rescheduleFollowUpRoute = implement(contract.followUps.reschedule, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const today = todayInAmsterdam(services.now())
    const followUp = await followUpOf(db, actor, params.id, today, audit)
    requireOpen(followUp)
    notBeforeOutflow(followUp, body.dueDate, 'body.dueDate')
    await rescheduleFollowUp(db, followUp.id, body.dueDate)
    const moved = await findFollowUp(db, actor.municipality.id, followUp.id, today)
    if (!moved) throw new Error('a check-in just moved is missing')
    return { status: 200, body: { followUp: moved } }
  },
})

export const relapseRoute = implement(contract.followUps.relapse, {
  handler: async ({ actor, db, query }) => {
    const project = await findProject(db, actor.municipality.id, query.projectId)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const counted = new Map(
      (await countLatestCheckIns(db, actor.municipality.id, project.id)).map((c) => [
        c.outcome,
        c.count,
      ]),
    )
    const outcomes = [...CHECK_IN_OUTCOMES, 'pending'] as const
    const cells = outcomes.map((outcome) => ({ outcome, count: counted.get(outcome) ?? 0 }))
    const total = cells.reduce((sum, cell) => sum + cell.count, 0)
    const published = publishLinkedTables(total, [cells], DISCLOSURE_RULES)
    return {
      status: 200,
      body: {
        projectId: project.id,
        suppressionThreshold: DISCLOSURE_RULES.threshold,
        roundingBase: DISCLOSURE_RULES.roundingBase,
        total: publishedWithReason(published.total),
        byLatestOutcome: (published.dimensions[0] ?? []).map(({ outcome, ...count }) => ({
          outcome,
          ...publishedWithReason(count),
        })),
      },
    }
  },
})

export const FOLLOW_UP_ROUTES = [
  planFollowUpsRoute,
  dueFollowUpsRoute,
  participantFollowUpsRoute,
  checkInRoute,
  rescheduleFollowUpRoute,
  relapseRoute,
]
