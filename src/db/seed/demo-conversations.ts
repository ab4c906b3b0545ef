import type { Kysely } from 'kysely'
import { conversationFileSchema, DEMO_CONVERSATIONS } from '../../domain/index.js'
import { createConversation } from '../repositories/conversation-repository.js'
import type { Database } from '../schema.js'

/**
 * Seeds the demo table conversations into a project: case k of the demo file becomes a
 * conversation of the k-th participant given (its pseudonym replaces the file's case id).
 * Returns the conversation ids in file order.
 */
export async function seedDemoConversations(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly participantIds: readonly string[]
    readonly maxCases: number
    readonly userId: string
  },
): Promise<string[]> {
  const file = conversationFileSchema.parse(DEMO_CONVERSATIONS)
  const caseIds = [...new Set(file.cases.map((c) => c.caseId))].slice(0, input.maxCases)
  const ids: string[] = []
  for (const conversation of file.cases) {
    const k = caseIds.indexOf(conversation.caseId)
    const participantId = input.participantIds[k]
    if (k < 0 || participantId === undefined) continue
    const { pseudonym } = await db
      .selectFrom('participants')
      .select('pseudonym')
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow()
    ids.push(
      await createConversation(db, {
        projectId: input.projectId,
        participantId,
        document: { ...conversation, caseId: pseudonym },
        userId: input.userId,
      }),
    )
  }
  return ids
}
