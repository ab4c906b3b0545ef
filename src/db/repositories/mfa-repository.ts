import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { MfaExemption, Role } from '../../domain/index.js'
import type { SealedSecret } from '../credentials/secret-box.js'
import type { Database } from '../schema.js'

/** Every exemption of the municipality, standing and revoked, newest decision first. */
export async function listMfaExemptions(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<MfaExemption[]> {
  const rows = await db
    .selectFrom('mfa_exemptions as e')
    .innerJoin('users as d', 'd.id', 'e.decided_by')
    .leftJoin('users as r', 'r.id', 'e.revoked_by')
    .select([
      'e.id',
      'e.role',
      'e.reason',
      'e.decided_at',
      'd.name as decided_by',
      'e.revoked_at',
      'r.name as revoked_by',
    ])
    .where('e.municipality_id', '=', municipalityId)
    .orderBy('e.decided_at', 'desc')
    .orderBy('e.id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    role: row.role as Role,
    reason: row.reason,
    decidedAt: row.decided_at.toISOString(),
    decidedBy: row.decided_by,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokedBy: row.revoked_by,
  }))
}

/** Has the municipality a standing written exemption from the second factor for this role? */
export async function isMfaExempt(
  db: Kysely<Database>,
  municipalityId: string,
  role: Role,
): Promise<boolean> {
  const row = await db
    .selectFrom('mfa_exemptions')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('role', '=', role)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row !== undefined
}

interface ExemptionDecision {
  readonly municipalityId: string
  readonly role: Role
  readonly userId: string
  readonly at: Date
}

/** Ends the role's standing exemption, if any; true when there was one. */
export async function revokeMfaExemption(
  db: Kysely<Database>,
  decision: ExemptionDecision,
): Promise<boolean> {
  const result = await db
    .updateTable('mfa_exemptions')
    .set({ revoked_at: decision.at, revoked_by: decision.userId })
    .where('municipality_id', '=', decision.municipalityId)
    .where('role', '=', decision.role)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Records a new written exemption; one standing before it (another reason) is revoked. */
export async function grantMfaExemption(
  db: Kysely<Database>,
  decision: ExemptionDecision & { readonly reason: string },
): Promise<void> {
  await revokeMfaExemption(db, decision)
  await db
    .insertInto('mfa_exemptions')
    .values({
      id: randomUUID(),
      municipality_id: decision.municipalityId,
      role: decision.role,
      reason: decision.reason,
      decided_by: decision.userId,
      decided_at: decision.at,
    })
    .execute()
}

/** Holds the secret offered at a first sign-in, replacing any offered before. */
export async function offerMfaEnrolment(
  db: Kysely<Database>,
  userId: string,
  sealedSecret: SealedSecret,
  at: Date,
): Promise<void> {
  await db
    .insertInto('mfa_enrolments')
    .values({ user_id: userId, sealed_secret: sealedSecret, created_at: at })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ sealed_secret: sealedSecret, created_at: at }),
    )
    .execute()
}

/** The secret offered to the user no earlier than `notBefore`, if one is pending. */
export async function findMfaEnrolment(
  db: Kysely<Database>,
  userId: string,
  notBefore: Date,
): Promise<SealedSecret | undefined> {
  const row = await db
    .selectFrom('mfa_enrolments')
    .select('sealed_secret')
    .where('user_id', '=', userId)
    .where('created_at', '>=', notBefore)
    .executeTakeFirst()
  return row?.sealed_secret as SealedSecret | undefined
}

/**
 * Makes the offered secret the account's, once: the account must still have none and the
 * offer must stand, in one UPDATE, so of two sign-ins completing the same enrolment only one
 * succeeds; the offer is then gone. False when there was nothing to complete.
 */
export async function completeMfaEnrolment(
  db: Kysely<Database>,
  userId: string,
  sealedSecret: SealedSecret,
): Promise<boolean> {
  const taken = await db
    .updateTable('users')
    .set({ totp_secret: sealedSecret })
    .where('id', '=', userId)
    .where('totp_secret', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('mfa_enrolments')
          .select('user_id')
          .where('user_id', '=', userId)
          .where('sealed_secret', '=', sealedSecret),
      ),
    )
    .returning('id')
    .executeTakeFirst()
  await db.deleteFrom('mfa_enrolments').where('user_id', '=', userId).execute()
  return taken !== undefined
}
