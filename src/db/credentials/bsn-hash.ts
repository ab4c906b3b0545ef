import { createHmac } from 'node:crypto'

/**
 * The keyed hash under which a BSN is stored, one per municipality: equal BSNs in two
 * municipalities give unrelated hashes, so neither the duplicate check nor anyone reading the
 * table can tell that a resident is known elsewhere.
 *
 *   bsnHash = HMAC-SHA256(key = HMAC-SHA256(pseudonym key, BSN), "bsn:" + municipality id)
 *
 * The inner HMAC is what was stored before hashes were per municipality; keying the outer one
 * with it lets migration 0004 move existing hashes without ever knowing a BSN or the key.
 * Changing either step needs a new migration.
 */
export function bsnHash(pseudonymKey: string, municipalityId: string, bsn: string): string {
  return municipalBsnHash(
    createHmac('sha256', pseudonymKey).update(bsn).digest('hex'),
    municipalityId,
  )
}

/** The per-municipality step alone, from the pseudonym key's HMAC of the BSN (hex). */
export function municipalBsnHash(keyedBsn: string, municipalityId: string): string {
  return createHmac('sha256', keyedBsn).update(`bsn:${municipalityId}`).digest('hex')
}
