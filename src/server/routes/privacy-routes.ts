import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import type { Database } from '../../db/index.js'
import {
  approveErasure,
  closePrivacyRequest,
  consentWithdrawn,
  correctParticipant,
  createPrivacyRequest,
  destroyDue,
  extendPrivacyRequest,
  findDue,
  findPrivacyRequest,
  lastRetentionCheck,
  liftRestriction,
  listDestructionStatements,
  listPrivacyRequests,
  loadRetentionRules,
  pendingErasure,
  requestErasure,
  restrictParticipant,
} from '../../db/index.js'
import { ConflictError, NotFoundError, todayInAmsterdam } from '../../domain/index.js'
import { inspectionReportHtml } from '../../report/index.js'
import type { RoleActor } from '../actor.js'
import { inspectionPackage } from '../privacy/inspection.js'
import { implement } from '../route.js'
import type { AppServices } from '../services.js'
import { visibleParticipant } from './participant-routes.js'

const REQUEST_NOT_FOUND = { nl: 'Verzoek niet gevonden.', en: 'Request not found.' }

/** A request of the actor's municipality (another's is 404), noting its resident for the audit. */
async function ownRequest(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  services: AppServices,
  audit: { objectId: string | null; personPseudonym: string | null },
) {
  audit.objectId = id
  const request = await findPrivacyRequest(db, actor.municipality.id, id, services.now())
  if (!request) throw new NotFoundError(REQUEST_NOT_FOUND)
  audit.personPseudonym = request.pseudonym
  return request
}

export const listPrivacyRequestsRoute = implement(contract.privacy.listRequests, {
  handler: async ({ actor, db, query, services }) => ({
    status: 200,
    body: {
      requests: await listPrivacyRequests(db, {
        municipalityId: actor.municipality.id,
        openOnly: query.status === 'open',
        now: services.now(),
      }),
    },
  }),
})

export const createPrivacyRequestRoute = implement(contract.privacy.createRequest, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    const id = await createPrivacyRequest(db, {
      participantId: params.id,
      kind: body.kind,
      receivedOn: body.receivedOn,
      note: body.note ?? null,
      registeredBy: actor.userId,
    })
    const request = await findPrivacyRequest(db, actor.municipality.id, id, services.now())
    return { status: 201, body: { request: request as NonNullable<typeof request> } }
  },
})

export const extendPrivacyRequestRoute = implement(contract.privacy.extendRequest, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const request = await ownRequest(db, actor, params.id, services, audit)
    if (!(await extendPrivacyRequest(db, request, body.reason)))
      throw new ConflictError({
        nl: 'Dit verzoek is al verlengd of afgehandeld; de wet staat één verlenging toe.',
        en: 'This request was already extended or handled; the law allows one extension.',
      })
    const extended = await ownRequest(db, actor, params.id, services, audit)
    return { status: 200, body: { request: extended } }
  },
})

export const closePrivacyRequestRoute = implement(contract.privacy.closeRequest, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await ownRequest(db, actor, params.id, services, audit)
    const closedOn = todayInAmsterdam(services.now())
    if (!(await closePrivacyRequest(db, params.id, { ...body, closedOn })))
      throw new ConflictError({
        nl: 'Dit verzoek is al afgehandeld.',
        en: 'This request was already handled.',
      })
    return {
      status: 200,
      body: { request: await ownRequest(db, actor, params.id, services, audit) },
    }
  },
})

export const inspectionRoute = implement(contract.privacy.inspection, {
  handler: async ({ actor, db, params, query, services, audit }) => {
    const participant = await visibleParticipant(db, actor, params.id, audit)
    const found = await inspectionPackage(db, {
      participantId: participant.id,
      municipality: actor.municipality,
      now: services.now(),
    })
    if (query.format === 'json') return { status: 200, body: found }
    const html = inspectionReportHtml(found)
    return {
      status: 200,
      body: found,
      // printed after the transaction, which would otherwise hold the database meanwhile
      finish: async () => ({
        status: 200,
        body: Buffer.from(await services.pdf.render(html)),
        contentType: 'application/pdf',
        headers: {
          'content-disposition': `attachment; filename="inzage-${participant.pseudonym}.pdf"`,
        },
      }),
    }
  },
})

export const correctRoute = implement(contract.privacy.correct, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    const correction = await correctParticipant(db, {
      participantId: params.id,
      correction: body,
      by: actor.userId,
      at: services.now(),
    })
    return { status: 201, body: { correction } }
  },
})

export const restrictRoute = implement(contract.privacy.restrict, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    const restriction = await restrictParticipant(db, {
      participantId: params.id,
      ...body,
      by: actor.userId,
      at: services.now(),
    })
    if (!restriction)
      throw new ConflictError({
        nl: 'Voor deze inwoner geldt al een beperking of bezwaar.',
        en: 'A restriction or objection is already in force for this resident.',
      })
    return { status: 201, body: { restriction } }
  },
})

export const liftRestrictionRoute = implement(contract.privacy.liftRestriction, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    const restriction = await liftRestriction(db, {
      participantId: params.id,
      reason: body.reason,
      by: actor.userId,
      at: services.now(),
    })
    if (!restriction)
      throw new ConflictError({
        nl: 'Voor deze inwoner geldt geen beperking of bezwaar.',
        en: 'No restriction or objection is in force for this resident.',
      })
    return { status: 200, body: { restriction } }
  },
})

export const requestErasureRoute = implement(contract.privacy.requestErasure, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    if (!(await consentWithdrawn(db, params.id)))
      throw new ConflictError({
        nl: 'Wissen kan pas als de inwoner de toestemming heeft ingetrokken (AVG art. 17 lid 1 onder b).',
        en: 'Erasure needs the resident to have withdrawn their consent (GDPR art. 17(1)(b)).',
      })
    const erasure = await requestErasure(db, {
      participantId: params.id,
      reason: body.reason,
      by: actor.userId,
      at: services.now(),
    })
    if (!erasure)
      throw new ConflictError({
        nl: 'Er wacht al een verzoek tot wissen op goedkeuring.',
        en: 'An erasure is already waiting for approval.',
      })
    return { status: 201, body: { erasure } }
  },
})

export const approveErasureRoute = implement(contract.privacy.approveErasure, {
  handler: async ({ actor, db, params, services, audit }) => {
    await visibleParticipant(db, actor, params.id, audit)
    const erasure = await pendingErasure(db, params.id)
    if (!erasure)
      throw new ConflictError({
        nl: 'Er wacht geen verzoek tot wissen op goedkeuring.',
        en: 'No erasure is waiting for approval.',
      })
    if (erasure.requestedBy === actor.userId)
      throw new ConflictError({
        nl: 'Een ander dan de aanvrager moet het wissen goedkeuren (vier-ogenprincipe).',
        en: 'Someone other than who asked must approve the erasure (two-person rule).',
      })
    const done = await approveErasure(db, {
      participantId: params.id,
      erasure,
      by: actor.userId,
      at: services.now(),
    })
    return { status: 200, body: { erasure: done } }
  },
})

export const retentionOverviewRoute = implement(contract.privacy.retention, {
  handler: async ({ actor, db, services }) => {
    const today = todayInAmsterdam(services.now())
    const municipalityId = actor.municipality.id
    const due = await findDue(db, municipalityId, today)
    return {
      status: 200,
      body: {
        rules: [...(await loadRetentionRules(db, municipalityId))],
        today,
        due: due.map(({ kind, ids, rows }) => ({ kind, files: ids.length, rows })),
        lastCheck: await lastRetentionCheck(db, municipalityId),
        statements: await listDestructionStatements(db, municipalityId),
      },
    }
  },
})

/**
 * Destruction as the privacy officer approves it in the app (the CLI's `retention run
 * --approved-by`): only when what is due now is exactly the list they reviewed — the same day,
 * the same counts per kind — so a record that fell due since, or a second click, destroys
 * nothing unseen. The statement and its audit entry are written in the route's transaction.
 */
export const destroyDueRoute = implement(contract.privacy.destroy, {
  handler: async ({ actor, db, body, services, request }) => {
    const at = services.now()
    const today = todayInAmsterdam(at)
    const due = await findDue(db, actor.municipality.id, today)
    const reviewed = new Map(body.due.map((d) => [d.kind, d.files]))
    const same =
      body.referenceDate === today &&
      due.length === reviewed.size &&
      due.every((d) => reviewed.get(d.kind) === d.ids.length)
    if (!same)
      throw new ConflictError({
        nl: `Wat vandaag (${today}) vervalt is niet de lijst die u controleerde; bekijk de lijst opnieuw en keur dan goed.`,
        en: `What is due today (${today}) is not the list you reviewed; look at the list again, then approve.`,
      })
    const statement = await destroyDue(db, {
      municipalityId: actor.municipality.id,
      due,
      approvedBy: {
        id: actor.userId,
        name: actor.name,
        role: actor.role,
        organisationId: actor.organisation.id,
      },
      referenceDate: today,
      at,
      origin: request.ip,
    })
    if (!statement) throw new Error('a non-empty due list always gives a statement')
    return { status: 201, body: { statement } }
  },
})

export const PRIVACY_ROUTES = [
  listPrivacyRequestsRoute,
  createPrivacyRequestRoute,
  extendPrivacyRequestRoute,
  closePrivacyRequestRoute,
  inspectionRoute,
  correctRoute,
  restrictRoute,
  liftRestrictionRoute,
  requestErasureRoute,
  approveErasureRoute,
  retentionOverviewRoute,
  destroyDueRoute,
]
