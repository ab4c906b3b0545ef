import type { Kysely } from 'kysely'
import { DEMO_CONVERSATIONS } from '../../demo/index.js'
import { computeCase, conversationFileSchema, createPriceLookup } from '../../domain/index.js'
import { createConversation, signOffConversation } from '../repositories/conversation-repository.js'
import type { Database } from '../schema.js'

/**
 * Seeds the demo table conversations into a project: case k of the demo file becomes a
 * conversation of the k-th participant given (its pseudonym replaces the file's case id).
 * With `signOffBy`, the cases from the sixth on are signed off, so the review step shows.
 * Returns the conversation ids in file order.
 */
export async function seedDemoConversations(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly participantIds: readonly string[]
    readonly maxCases: number
    readonly userId: string
    readonly signOffBy?: string | undefined
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
  const signOffBy = input.signOffBy
  if (signOffBy !== undefined) {
    const prices = createPriceLookup(file)
    for (const [k, id] of ids.entries()) {
      const conversation = file.cases[k]
      if (k < 5 || !conversation) continue
      await signOffConversation(db, {
        id,
        result: {
          ...computeCase(conversation, prices),
          baseYear: file.baseYear,
          priceList: { id: file.priceList.id, version: file.priceList.version },
        },
        userId: signOffBy,
        note: 'Gecontroleerd tegen het dossier (demo)',
        at: new Date(Date.UTC(2026, 9, 1 + k, 9)),
      })
    }
  }
  return ids
}
