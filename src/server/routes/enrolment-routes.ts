import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  createParticipant,
  type Database,
  endEnrolment,
  enrolParticipant,
  findEnrolment,
  findProject,
  listProjectEnrolments,
  type ProjectRow,
} from '../../db/index.js'
import {
  ConflictError,
  NotFoundError,
  participantsFromRows,
  periodText,
  ValidationError,
  withinPeriod,
} from '../../domain/index.js'
import { toCsv } from '../../files/index.js'
import type { RoleActor } from '../actor.js'
import { isTeamScoped, participantScope } from '../policy.js'
import { type AuditNote, implement } from '../route.js'
import { planCheckIns } from './follow-up-routes.js'
import { visibleParticipant } from './participant-routes.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { rowsOfUpload } from './upload-rows.js'

async function projectOf(db: Kysely<Database>, actor: RoleActor, id: string, audit: AuditNote) {
  audit.objectId = id
  const project = await findProject(db, actor.municipality.id, id)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  return project
}

/** The participant, visible to the actor (404/403 otherwise); the audited object stays the project. */
async function participantIn(
  db: Kysely<Database>,
  actor: RoleActor,
  project: ProjectRow,
  participantId: string,
  audit: AuditNote,
) {
  try {
    return await visibleParticipant(db, actor, participantId, audit)
  } finally {
    audit.objectId = project.id
  }
}

const period = (project: ProjectRow) => ({ start: project.periodStart, end: project.periodEnd })

function requireWithinPeriod(project: ProjectRow, date: string, field: string): void {
  if (withinPeriod(date, period(project))) return
  throw new ValidationError([
    {
      field,
      message: {
        nl: `valt buiten de looptijd van het project (${periodText(period(project), 'nl')})`,
        en: `is outside the project's period (${periodText(period(project), 'en')})`,
      },
    },
  ])
}

/** A team-scoped user registers only into their own team; others into the team they name. */
function teamOf(actor: RoleActor, requested: string | undefined): string {
  if (isTeamScoped(actor.role) && actor.team !== null && requested !== undefined) {
    if (requested !== actor.team)
      throw new ValidationError([
        {
          field: 'body.participant.team',
          message: {
            nl: `u kunt alleen inschrijven in uw eigen team (${actor.team})`,
            en: `you can only enrol into your own team (${actor.team})`,
          },
        },
      ])
  }
  return requested ?? actor.team ?? actor.organisation.name
}

async function enrolmentOf(
  db: Kysely<Database>,
  actor: RoleActor,
  projectId: string,
  participantId: string,
) {
  const rows = await listProjectEnrolments(db, participantScope(actor), projectId)
  const enrolment = rows.find((e) => e.participantId === participantId)
  // The caller has just checked (or made) the participant as visible to this actor.
  if (!enrolment) throw new Error('an enrolment the actor may see is missing')
  return enrolment
}

export const listEnrolmentsRoute = implement(contract.projects.enrolments, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await projectOf(db, actor, params.id, audit)
    return {
      status: 200,
      body: { enrolments: await listProjectEnrolments(db, participantScope(actor), project.id) },
    }
  },
})

export const enrolRoute = implement(contract.projects.enrol, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await projectOf(db, actor, params.id, audit)
    requireWithinPeriod(project, body.startDate, 'body.startDate')
    let participantId: string
    if (body.participantId !== undefined) {
      participantId = (await participantIn(db, actor, project, body.participantId, audit)).id
      if (await findEnrolment(db, participantId, project.id))
        throw new ConflictError({
          nl: 'Deze deelnemer is al ingeschreven in dit project.',
          en: 'This participant is already enrolled in this project.',
        })
    } else {
      const { team, ...attributes } = body.participant ?? {}
      participantId = await createParticipant(db, {
        municipalityId: actor.municipality.id,
        organisationId: actor.organisation.id,
        team: teamOf(actor, team),
        ...attributes,
      })
      audit.personPseudonym = (
        await participantIn(db, actor, project, participantId, audit)
      ).pseudonym
    }
    await enrolParticipant(db, { participantId, projectId: project.id, startDate: body.startDate })
    return {
      status: 201,
      body: { enrolment: await enrolmentOf(db, actor, project.id, participantId) },
    }
  },
})

export const endEnrolmentRoute = implement(contract.projects.endEnrolment, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await projectOf(db, actor, params.id, audit)
    const participant = await participantIn(db, actor, project, body.participantId, audit)
    const enrolment = await findEnrolment(db, participant.id, project.id)
    if (!enrolment)
      throw new ConflictError({
        nl: 'Deze deelnemer is niet ingeschreven in dit project.',
        en: 'This participant is not enrolled in this project.',
      })
    if (enrolment.endDate !== null)
      throw new ConflictError({
        nl: `Deze inschrijving is al beëindigd op ${enrolment.endDate}.`,
        en: `This enrolment already ended on ${enrolment.endDate}.`,
      })
    if (body.endDate < enrolment.startDate)
      throw new ValidationError([
        {
          field: 'body.endDate',
          message: {
            nl: `ligt vóór de startdatum van de inschrijving (${enrolment.startDate})`,
            en: `is before the enrolment's start date (${enrolment.startDate})`,
          },
        },
      ])
    await endEnrolment(db, {
      participantId: participant.id,
      projectId: project.id,
      endDate: body.endDate,
      reason: body.reason,
    })
    await planCheckIns(db, actor, {
      participantId: participant.id,
      projectId: project.id,
      outflow: 'enrolment',
      endedOn: body.endDate,
      months: body.followUpMonths,
    })
    return {
      status: 200,
      body: { enrolment: await enrolmentOf(db, actor, project.id, participant.id) },
    }
  },
})

export const importParticipantsRoute = implement(contract.projects.importParticipants, {
  example: () => ({
    body: {
      format: 'csv',
      content: toCsv([
        ['start_date', 'age_band', 'ladder_rung'],
        ['2026-04-01', '27-44', '2'],
      ]),
    },
  }),
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await projectOf(db, actor, params.id, audit)
    const rows = participantsFromRows(await rowsOfUpload(body), {
      ownTeam: isTeamScoped(actor.role) ? (actor.team ?? undefined) : undefined,
      period: period(project),
    })
    // One transaction (the route's): a failure on any row writes none of them.
    const created = new Set<string>()
    for (const { row: _row, team, startDate, ...attributes } of rows) {
      const participantId = await createParticipant(db, {
        municipalityId: actor.municipality.id,
        organisationId: actor.organisation.id,
        team: team ?? actor.team ?? actor.organisation.name,
        ...attributes,
      })
      await enrolParticipant(db, { participantId, projectId: project.id, startDate })
      created.add(participantId)
    }
    const enrolments = (
      await listProjectEnrolments(db, participantScope(actor), project.id)
    ).filter((e) => created.has(e.participantId))
    return { status: 201, body: { imported: created.size, enrolments } }
  },
})

export const ENROLMENT_ROUTES = [
  listEnrolmentsRoute,
  enrolRoute,
  endEnrolmentRoute,
  importParticipantsRoute,
]
