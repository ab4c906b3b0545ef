import type { Kysely } from 'kysely'
import { municipalBsnHash } from '../credentials/bsn-hash.js'

interface Participants {
  participants: { id: string; municipality_id: string; bsn_hmac: string | null }
}

/**
 * BSN hashes per municipality (credentials/bsn-hash.ts): each stored HMAC of a BSN is hashed
 * once more with its municipality's id. Before, one BSN had one hash in every municipality, so
 * the duplicate check across municipalities told a professional a resident was known elsewhere.
 * Uniqueness was already per municipality (participants_bsn_unique).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const participants = db as unknown as Kysely<Participants>
  const rows = await participants
    .selectFrom('participants')
    .select(['id', 'municipality_id', 'bsn_hmac'])
    .where('bsn_hmac', 'is not', null)
    .execute()
  for (const row of rows) {
    await participants
      .updateTable('participants')
      .set({ bsn_hmac: municipalBsnHash(row.bsn_hmac as string, row.municipality_id) })
      .where('id', '=', row.id)
      .execute()
  }
}
