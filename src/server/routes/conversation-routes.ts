import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  applyConversationEdits,
  type ConversationRow,
  createConversation,
  type Database,
  findConversation,
  findEnrolment,
  findProject,
  listConversationVersions,
  listProjectConversations,
  reopenConversation,
  signOffConversation,
} from '../../db/index.js'
import {
  ConflictError,
  computeCase,
  createPriceLookup,
  NotFoundError,
  type PriceList,
  type TableConversation,
} from '../../domain/index.js'
import { caseReportHtml, caseWorkbook } from '../../report/index.js'
import type { RoleActor } from '../actor.js'
import { participantScope } from '../policy.js'
import { type AuditNote, implement } from '../route.js'
import { conversationPrices } from './conversation-prices.js'
import { visibleParticipant } from './participant-routes.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { reportResponse } from './report-response.js'

const CONVERSATION_NOT_FOUND = {
  nl: 'Tafelgesprek niet gevonden.',
  en: 'Table conversation not found.',
}

/** A case is a participant of the project: one not enrolled in it has no table conversation. */
const NOT_ENROLLED = {
  nl: 'Deze deelnemer is niet ingeschreven in dit project. Schrijf de deelnemer eerst in; daarna kunt u een tafelgesprek starten.',
  en: 'This participant is not enrolled in this project. Enrol the participant first; then you can start a table conversation.',
}

/**
 * Loads a conversation the actor may see: the rules of its participant (another municipality's
 * is 404, outside a team-scoped actor's team and shares 403). Notes it for the audit.
 */
export async function visibleConversation(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
): Promise<ConversationRow> {
  const row = await findConversation(db, actor.municipality.id, id)
  if (!row) {
    audit.objectId = id
    throw new NotFoundError(CONVERSATION_NOT_FOUND)
  }
  try {
    await visibleParticipant(db, actor, row.participantId, audit)
  } finally {
    audit.objectId = id // the audited object is the conversation, also when refused
  }
  return row
}

/** The conversation as the live screen needs it, re-read after a change. */
export async function currentState(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
) {
  const row = await visibleConversation(db, actor, id, audit)
  return stateOf(db, row, await conversationPrices(db, actor.municipality.id))
}

async function stateOf(db: Kysely<Database>, row: ConversationRow, prices: Prices) {
  return {
    ...row,
    baseYear: prices.baseYear,
    priceList: prices.priceList,
    versions: await listConversationVersions(db, row.id),
  }
}

interface Prices {
  readonly baseYear: number
  readonly priceList: PriceList
}

/** The case's business case at the base year with the municipality's active price list. */
export function caseResult(conversation: TableConversation, prices: Prices) {
  return computeCase(conversation, createPriceLookup(prices))
}

export const listConversationsRoute = implement(contract.conversations.list, {
  handler: async ({ actor, db, params, audit }) => {
    audit.objectId = params.id
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const prices = await conversationPrices(db, actor.municipality.id)
    const lookup = createPriceLookup(prices)
    const rows = await listProjectConversations(db, participantScope(actor), project.id)
    return {
      status: 200,
      body: {
        conversations: rows.map((row) => ({
          id: row.id,
          participantId: row.participantId,
          pseudonym: row.pseudonym,
          measurement: row.measurement,
          status: row.status,
          version: row.version,
          updatedAt: row.updatedAt,
          cards:
            row.conversation.scenarios.interventie.cards.length +
            row.conversation.scenarios.referentie.cards.length,
          difference: computeCase(row.conversation, lookup).difference,
        })),
      },
    }
  },
})

export const createConversationRoute = implement(contract.conversations.create, {
  handler: async ({ actor, db, body, audit }) => {
    const participant = await visibleParticipant(db, actor, body.participantId, audit)
    const project = await findProject(db, actor.municipality.id, body.projectId)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    if (!(await findEnrolment(db, participant.id, project.id)))
      throw new ConflictError(NOT_ENROLLED)
    const id = await createConversation(db, {
      projectId: project.id,
      participantId: participant.id,
      userId: actor.userId,
      document: {
        caseId: participant.pseudonym,
        measurement: body.measurement,
        attendees: [],
        scenarios: {
          interventie: { cards: [] },
          referentie: { kind: body.referenceKind, reasoning: '', cards: [] },
        },
      },
    })
    return { status: 201, body: await currentState(db, actor, id, audit) }
  },
})

export const getConversationRoute = implement(contract.conversations.get, {
  handler: async ({ actor, db, params, audit }) => {
    return { status: 200, body: await currentState(db, actor, params.id, audit) }
  },
})

export const editConversationRoute = implement(contract.conversations.edit, {
  handler: async ({ actor, db, params, body, audit }) => {
    await visibleConversation(db, actor, params.id, audit)
    const results = await applyConversationEdits(db, params.id, body.edits, actor.userId)
    return {
      status: 200,
      body: { results, state: await currentState(db, actor, params.id, audit) },
    }
  },
})

export const signOffConversationRoute = implement(contract.conversations.signOff, {
  handler: async ({ actor, db, params, body, audit, services }) => {
    const row = await visibleConversation(db, actor, params.id, audit)
    const prices = await conversationPrices(db, actor.municipality.id)
    await signOffConversation(db, {
      id: row.id,
      result: {
        ...caseResult(row.conversation, prices),
        baseYear: prices.baseYear,
        priceList: { id: prices.priceList.id, version: prices.priceList.version },
      },
      userId: actor.userId,
      note: body.note ?? null,
      at: services.now(),
    })
    return { status: 200, body: await currentState(db, actor, params.id, audit) }
  },
})

export const reopenConversationRoute = implement(contract.conversations.reopen, {
  handler: async ({ actor, db, params, body, audit, services }) => {
    await visibleConversation(db, actor, params.id, audit)
    await reopenConversation(db, {
      id: params.id,
      userId: actor.userId,
      reason: body.reason,
      at: services.now(),
    })
    return { status: 200, body: await currentState(db, actor, params.id, audit) }
  },
})

export const conversationReportRoute = implement(contract.conversations.report, {
  handler: async (context) => {
    const { actor, db, params, query, audit } = context
    const row = await visibleConversation(db, actor, params.id, audit)
    const prices = await conversationPrices(db, actor.municipality.id)
    const input = {
      conversation: row.conversation,
      result: caseResult(row.conversation, prices),
      priceList: prices.priceList,
      baseYear: prices.baseYear,
      language: query.lang,
    }
    return reportResponse(context, query.format, `tafelgesprek-${row.measurement}`, {
      html: () => caseReportHtml(input),
      workbook: () => caseWorkbook(input),
    })
  },
})

export const CONVERSATION_ROUTES = [
  listConversationsRoute,
  createConversationRoute,
  getConversationRoute,
  editConversationRoute,
  signOffConversationRoute,
  reopenConversationRoute,
  conversationReportRoute,
]
