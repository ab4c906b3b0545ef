import { contract } from '../../contract/index.js'
import {
  createConversation,
  findProject,
  listParticipants,
  listProjectConversations,
  restrictedAmong,
} from '../../db/index.js'
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../../domain/index.js'
import { participantScope } from '../policy.js'
import { implement } from '../route.js'
import { conversationPrices } from './conversation-prices.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

export const exportConversationsRoute = implement(contract.conversations.export, {
  handler: async ({ actor, db, params, query, audit, services }) => {
    audit.objectId = params.id
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const all = await listProjectConversations(db, participantScope(actor), project.id)
    // an export is for research and sharing: restricted or objecting residents stay out (art. 18, 21)
    const restricted = await restrictedAmong(
      db,
      [...new Set(all.map((row) => row.participantId))],
      services.now(),
    )
    const rows = all.filter((row) => !restricted.has(row.participantId))
    const labels = new Map<string, string>()
    for (const row of rows)
      if (!labels.has(row.pseudonym)) labels.set(row.pseudonym, `casus ${labels.size + 1}`)
    const prices = await conversationPrices(db, actor.municipality.id)
    const name = (pseudonym: string) =>
      query.names === 'pseudonyms' ? pseudonym : (labels.get(pseudonym) as string)
    return {
      status: 200,
      headers: {
        'content-disposition': `attachment; filename="tafelgesprekken-${query.names}.json"`,
      },
      body: {
        format: 'effectwijzer-table-conversations' as const,
        version: 1 as const,
        project: { name: project.name },
        baseYear: prices.baseYear,
        priceList: prices.priceList,
        cases: rows.map((row) => ({ ...row.conversation, caseId: name(row.pseudonym) })),
        leftOut: { restricted: all.length - rows.length },
      },
    }
  },
})

export const importConversationsRoute = implement(contract.conversations.import, {
  handler: async ({ actor, db, params, body, audit }) => {
    audit.objectId = params.id
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const scope = participantScope(actor)
    const everyone = await listParticipants(db, { ...scope, team: null }, { projectId: project.id })
    const mine = new Set(
      (await listParticipants(db, scope, { projectId: project.id })).map((p) => p.id),
    )
    const byName = new Map(
      everyone.flatMap((p) => [[p.pseudonym, p.id] as const, [p.id, p.id] as const]),
    )
    const participantOf = (caseId: string) => byName.get(caseId)
    if (
      body.cases.some((c) => {
        const id = participantOf(c.caseId)
        return id !== undefined && !mine.has(id)
      })
    ) {
      throw new ForbiddenError({
        nl: 'Het bestand bevat casussen die niet bij uw team horen.',
        en: 'The file holds cases that are not in your team.',
      })
    }
    const issues: ValidationIssue[] = body.cases.flatMap((c, i) =>
      participantOf(c.caseId) !== undefined
        ? []
        : [
            {
              field: `cases.${i}.caseId`,
              message: {
                nl: `Casus "${c.caseId}" is geen deelnemer van dit project (gebruik het pseudoniem).`,
                en: `Case "${c.caseId}" is not a participant of this project (use the pseudonym).`,
              },
            },
          ],
    )
    if (issues.length > 0) throw new ValidationError(issues)
    // One transaction (the route's): a clash on any case rolls every case back.
    for (const conversation of body.cases) {
      await createConversation(db, {
        projectId: project.id,
        participantId: participantOf(conversation.caseId) as string,
        document: conversation,
        userId: actor.userId,
      })
    }
    return { status: 201, body: { imported: body.cases.length } }
  },
})

export const CONVERSATION_FILE_ROUTES = [exportConversationsRoute, importConversationsRoute]
