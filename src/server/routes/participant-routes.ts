import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  addConsent,
  addShare,
  bsnHash,
  createParticipant,
  type Database,
  enrolParticipant,
  findOrganisation,
  findParticipant,
  findProject,
  listConsents,
  listEnrolments,
  listParticipants,
  listShares,
  type ParticipantRow,
  updateParticipant,
} from '../../db/index.js'
import {
  ForbiddenError,
  NotFoundError,
  todayInAmsterdam,
  ValidationError,
} from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { participantScope } from '../policy.js'
import { type AuditNote, implement } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

const PARTICIPANT_NOT_FOUND = { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' }

/**
 * Loads a participant the actor may see: another municipality's (or no) participant is 404,
 * one outside a team-scoped actor's team and shares is 403. Notes the pseudonym for the audit.
 */
export async function visibleParticipant(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
): Promise<ParticipantRow> {
  audit.objectId = id
  const found = await findParticipant(db, participantScope(actor), id)
  if (!found) throw new NotFoundError(PARTICIPANT_NOT_FOUND)
  audit.personPseudonym = found.participant.pseudonym
  if (!found.visible) {
    throw new ForbiddenError({
      nl: 'Deze deelnemer hoort niet bij uw team en is niet met u gedeeld.',
      en: 'This participant is not in your team and has not been shared with you.',
    })
  }
  return found.participant
}

function summary(row: ParticipantRow) {
  const { organisationId: _organisation, ...rest } = row
  return rest
}

async function detail(db: Kysely<Database>, row: ParticipantRow) {
  return {
    ...summary(row),
    consents: await listConsents(db, row.id),
    enrolments: await listEnrolments(db, row.id),
    shares: await listShares(db, row.id),
  }
}

/** Refuses (400, naming the field) an organisation id that is not of the actor's municipality. */
export async function requireOrganisation(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  field: string,
) {
  if (!(await findOrganisation(db, actor.municipality.id, id))) {
    throw new ValidationError([
      {
        field,
        message: {
          nl: 'onbekende organisatie in deze gemeente',
          en: 'unknown organisation in this municipality',
        },
      },
    ])
  }
}

export const listParticipantsRoute = implement(contract.participants.list, {
  handler: async ({ actor, db, query }) => {
    const rows = await listParticipants(db, participantScope(actor), query)
    return { status: 200, body: { participants: rows.map(summary) } }
  },
})

export const getParticipantRoute = implement(contract.participants.get, {
  handler: async ({ actor, db, params, audit }) => {
    const row = await visibleParticipant(db, actor, params.id, audit)
    return { status: 200, body: { participant: await detail(db, row) } }
  },
})

export const createParticipantRoute = implement(contract.participants.create, {
  handler: async ({ actor, db, body, services, audit }) => {
    if (
      body.projectId !== undefined &&
      !(await findProject(db, actor.municipality.id, body.projectId))
    ) {
      throw new NotFoundError(PROJECT_NOT_FOUND)
    }
    const id = await createParticipant(db, {
      municipalityId: actor.municipality.id,
      organisationId: actor.organisation.id,
      team: body.team ?? actor.team ?? actor.organisation.name,
      ageBand: body.ageBand,
      householdType: body.householdType,
      district: body.district,
      ladderRung: body.ladderRung,
      bsnHash:
        body.bsn === undefined
          ? undefined
          : bsnHash(services.pseudonymKey, actor.municipality.id, body.bsn),
    })
    if (body.projectId !== undefined) {
      await enrolParticipant(db, {
        participantId: id,
        projectId: body.projectId,
        startDate: todayInAmsterdam(services.now()),
      })
    }
    const row = await visibleParticipant(db, actor, id, audit)
    return { status: 201, body: { participant: await detail(db, row) } }
  },
})

export const updateParticipantRoute = implement(contract.participants.update, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    await updateParticipant(db, params.id, body, services.now())
    const row = await visibleParticipant(db, actor, params.id, audit)
    return { status: 200, body: { participant: await detail(db, row) } }
  },
})

export const addConsentRoute = implement(contract.participants.addConsent, {
  handler: async ({ actor, db, params, body, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    await requireOrganisation(db, actor, body.partnerOrganisationId, 'body.partnerOrganisationId')
    const consent = await addConsent(db, {
      ...body,
      participantId: params.id,
      recordedBy: actor.userId,
    })
    return { status: 201, body: { consent } }
  },
})

export const addShareRoute = implement(contract.participants.addShare, {
  handler: async ({ actor, db, params, body, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    await requireOrganisation(db, actor, body.organisationId, 'body.organisationId')
    if (body.consentId !== undefined) {
      const consent = (await listConsents(db, params.id)).find((c) => c.id === body.consentId)
      if (consent?.status !== 'given') {
        throw new ValidationError([
          {
            field: 'body.consentId',
            message: {
              nl: 'geen gegeven toestemming van deze deelnemer',
              en: 'not a given consent of this participant',
            },
          },
        ])
      }
    }
    const share = await addShare(db, {
      participantId: params.id,
      organisationId: body.organisationId,
      team: body.team ?? null,
      basis: body.basis,
      lawArticle: body.basis === 'law' ? (body.lawArticle ?? null) : null,
      consentId: body.basis === 'consent' ? (body.consentId ?? null) : null,
      scope: body.scope,
      purpose: body.purpose,
      date: body.date,
      createdBy: actor.userId,
    })
    return { status: 201, body: { share } }
  },
})

export const PARTICIPANT_ROUTES = [
  listParticipantsRoute,
  getParticipantRoute,
  createParticipantRoute,
  updateParticipantRoute,
  addConsentRoute,
  addShareRoute,
]
