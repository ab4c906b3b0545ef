import type { Kysely } from 'kysely'
import { type Database, grantMfaExemption } from '../../src/db/index.js'
import { MFA_EXEMPTABLE_ROLES } from '../../src/domain/index.js'

/** A Proefdorp account made "before the rule": a password, no second factor yet. */
export const ENROLLING_ACCOUNT = 'professional.noord@proefdorp.example'

/**
 * Readies the run's demo server for browser tests that sign in many times a minute, from files
 * side by side, while a TOTP code counts once per account (replay): Voorbeeldstad exempts the
 * roles it may (pilot manager, professional, facilitator, controller) in writing, as its
 * administrator could; its administrator and privacy officer, and every Proefdorp account,
 * keep their second factor (signIn fills the code). One Proefdorp account loses its secret,
 * so sign-in-mfa.test.ts can enrol it as an account made before the rule.
 */
export async function prepareSecondFactors(db: Kysely<Database>): Promise<void> {
  const admin = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'organisations.municipality_id'])
    .where('users.email', '=', 'beheerder@voorbeeldstad.example')
    .executeTakeFirstOrThrow()
  for (const role of MFA_EXEMPTABLE_ROLES)
    await grantMfaExemption(db, {
      municipalityId: admin.municipality_id,
      role,
      reason: 'Browsertests: tientallen aanmeldingen per minuut per account.',
      userId: admin.id,
      at: new Date(),
    })
  await db
    .updateTable('users')
    .set({ totp_secret: null })
    .where('email', '=', ENROLLING_ACCOUNT)
    .execute()
}
