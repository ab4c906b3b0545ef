import { contract } from '../../contract/index.js'
import { archiveConversation } from '../../db/index.js'
import { implement } from '../route.js'
import { currentState, visibleConversation } from './conversation-routes.js'

export const archiveConversationRoute = implement(contract.conversations.archive, {
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
