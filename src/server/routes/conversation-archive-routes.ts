import { archiveConversation } from '../../db/index.js'
import {
  archiveRequestSchema,
  conversationStateSchema,
  idParamsSchema,
} from '../../domain/index.js'
import { defineRoute } from '../route.js'
import { currentState, visibleConversation } from './conversation-routes.js'

export const archiveConversationRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/conversations/:id/archive',
  summary:
    'Archives a table conversation started by mistake, with the reason: it is kept and readable, but hidden from every list and the business case, and locked',
  params: idParamsSchema,
  body: archiveRequestSchema,
  response: { 200: conversationStateSchema },
  example: () => ({ body: { reason: 'Per ongeluk bij de verkeerde deelnemer gestart' } }),
  handler: async ({ actor, db, params, body, audit, services }) => {
    await visibleConversation(db, actor, params.id, audit)
    await archiveConversation(db, {
      id: params.id,
      userId: actor.userId,
      reason: body.reason,
      at: services.now(),
    })
    return { status: 200, body: await currentState(db, actor, params.id, audit) }
  },
})

export const CONVERSATION_ARCHIVE_ROUTES = [archiveConversationRoute]
