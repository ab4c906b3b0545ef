import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  addConsent,
  addShare,
  type Database,
  findPlan,
  listOrganisations,
  listPlanVersions,
  type ParticipantRow,
  savePlan,
} from '../../db/index.js'
import { EMPTY_PLAN, type Plan, planChanges, ValidationError } from '../../domain/index.js'
import { planCopyHtml } from '../../report/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'
import { requireOrganisation, visibleParticipant } from './participant-routes.js'
import { reportResponse } from './report-response.js'

async function currentPlan(db: Kysely<Database>, participant: ParticipantRow) {
  const latest = await findPlan(db, participant.id)
  return {
    participantId: participant.id,
    pseudonym: participant.pseudonym,
    version: latest?.version ?? 0,
    plan: latest?.plan ?? EMPTY_PLAN,
    savedAt: latest?.savedAt ?? null,
    savedBy: latest?.savedBy ?? null,
  }
}

/** Every partner the plan names must be an organisation of the actor's municipality. */
async function requirePartners(db: Kysely<Database>, actor: RoleActor, plan: Plan) {
  const known = new Set((await listOrganisations(db, actor.municipality.id)).map((o) => o.id))
  const issues = plan.partnerActions.flatMap((action, i) =>
    known.has(action.organisationId)
      ? []
      : [
          {
            field: `body.plan.partnerActions.${i}.organisationId`,
            message: {
              nl: 'onbekende organisatie in deze gemeente',
              en: 'unknown organisation in this municipality',
            },
          },
        ],
  )
  if (issues.length > 0) throw new ValidationError(issues)
}

export const getPlanRoute = implement(contract.plans.get, {
  handler: async ({ actor, db, params, audit }) => {
    const participant = await visibleParticipant(db, actor, params.id, audit)
    return { status: 200, body: await currentPlan(db, participant) }
  },
})

export const savePlanRoute = implement(contract.plans.save, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const participant = await visibleParticipant(db, actor, params.id, audit)
    await requirePartners(db, actor, body.plan)
    await savePlan(db, {
      participantId: participant.id,
      plan: body.plan,
      basedOnVersion: body.basedOnVersion,
      userId: actor.userId,
      at: services.now(),
    })
    return { status: 200, body: await currentPlan(db, participant) }
  },
})

export const planVersionsRoute = implement(contract.plans.versions, {
  handler: async ({ actor, db, params, audit }) => {
    const participant = await visibleParticipant(db, actor, params.id, audit)
    const versions = await listPlanVersions(db, participant.id)
    return {
      status: 200,
      body: {
        versions: versions.map((v, i) => ({
          version: v.version,
          savedAt: v.savedAt,
          savedBy: v.savedBy,
          changes: planChanges(versions[i - 1]?.plan ?? EMPTY_PLAN, v.plan),
        })),
      },
    }
  },
})

export const printPlanRoute = implement(contract.plans.print, {
  handler: async (context) => {
    const { actor, db, params, query, audit } = context
    const participant = await visibleParticipant(db, actor, params.id, audit)
    const plan = await currentPlan(db, participant)
    const organisations = new Map(
      (await listOrganisations(db, actor.municipality.id)).map((o) => [o.id, o.name]),
    )
    return reportResponse(context, query.format, `plan-${participant.pseudonym}`, {
      html: () =>
        planCopyHtml(
          {
            plan: plan.plan,
            version: plan.version,
            savedOn: plan.savedAt?.slice(0, 10) ?? null,
            organisations,
            issuedBy: actor.municipality.name,
          },
          query.lang,
        ),
    })
  },
})

export const recordPlanConsentRoute = implement(contract.plans.recordConsent, {
  handler: async ({ actor, db, params, body, audit }) => {
    const participant = await visibleParticipant(db, actor, params.id, audit)
    await requireOrganisation(db, actor, body.partnerOrganisationId, 'body.partnerOrganisationId')
    const consent = await addConsent(db, {
      ...body,
      participantId: participant.id,
      recordedBy: actor.userId,
    })
    // Given consent is the basis on which the partner sees the case; a withdrawal needs no
    // write here: the visibility rule (participant-repository visibleTo) reads it at once.
    const share =
      body.status === 'given'
        ? await addShare(db, {
            participantId: participant.id,
            organisationId: body.partnerOrganisationId,
            team: null,
            basis: 'consent',
            lawArticle: null,
            consentId: consent.id,
            scope: body.purpose,
            purpose: body.purpose,
            date: body.date,
            createdBy: actor.userId,
          })
        : null
    return { status: 201, body: { consent, share } }
  },
})

export const PLAN_ROUTES = [
  getPlanRoute,
  savePlanRoute,
  planVersionsRoute,
  printPlanRoute,
  recordPlanConsentRoute,
]
