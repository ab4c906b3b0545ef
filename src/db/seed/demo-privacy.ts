import type { Kysely } from 'kysely'
import { createPrivacyRequest, extendPrivacyRequest } from '../repositories/privacy-repository.js'
import type { Database } from '../schema.js'

/**
 * The privacy officer's register: in every tenant one open inspection request (the
 * authorization test addresses it); in the big one also a correction request that was
 * extended, on residents of team Zuid (the research tests count team Noord's).
 */
export async function seedDemoPrivacy(
  db: Kysely<Database>,
  input: {
    readonly participantIds: readonly string[]
    readonly officer: string
    readonly full: boolean
  },
): Promise<string[]> {
  const [first, second] = input.participantIds
  if (!first) return []
  const ids = [
    await createPrivacyRequest(db, {
      participantId: first,
      kind: 'inspection',
      receivedOn: '2026-11-20',
      note: 'Per brief ontvangen',
      registeredBy: input.officer,
    }),
  ]
  if (input.full && second) {
    const id = await createPrivacyRequest(db, {
      participantId: second,
      kind: 'correction',
      receivedOn: '2026-10-12',
      note: 'Inwoner meldt dat de wijk niet klopt',
      registeredBy: input.officer,
    })
    await extendPrivacyRequest(
      db,
      { id, receivedOn: '2026-10-12' },
      'Navraag bij het wijkteam nodig',
    )
    ids.push(id)
  }
  return ids
}
