import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Role } from '../../domain/index.js'
import type { SealedSecret } from '../credentials/secret-box.js'
import type { Database } from '../schema.js'

/** A user with their organisation and municipality, as the server's actor. */
export interface UserRow {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly role: Role | null
  readonly team: string | null
  readonly organisationId: string | null
  readonly organisationName: string | null
  readonly organisationKind: string | null
  readonly municipalityId: string | null
  readonly municipalityName: string | null
  readonly passwordHash: string | null
  /** The TOTP secret as stored: open it with the app's SecretBox. */
  readonly sealedTotpSecret: SealedSecret | null
  /** Set when offboarded: such an account signs in nowhere and its sessions are gone. */
  readonly deactivatedAt: Date | null
  readonly lastSignInAt: Date | null
}

export interface NewUser {
  readonly email: string
  readonly name: string
  readonly role: Role | null
  readonly organisationId: string | null
  readonly team?: string | null | undefined
  readonly passwordHash?: string | null | undefined
  readonly sealedTotpSecret?: SealedSecret | null | undefined
  readonly oidcIssuer?: string | undefined
  readonly oidcSubject?: string | undefined
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export async function createUser(db: Kysely<Database>, input: NewUser): Promise<UserRow> {
  const id = randomUUID()
  await db
    .insertInto('users')
    .values({
      id,
      email: normaliseEmail(input.email),
      name: input.name,
      role: input.role,
      organisation_id: input.organisationId,
      team: input.team ?? null,
      password_hash: input.passwordHash ?? null,
      totp_secret: input.sealedTotpSecret ?? null,
      oidc_issuer: input.oidcIssuer ?? null,
      oidc_subject: input.oidcSubject ?? null,
    })
    .execute()
  const user = await findUserById(db, id)
  if (!user) throw new Error('user vanished after insert')
  return user
}

function selectUsers(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.id', 'organisations.municipality_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.team',
      'users.organisation_id as organisationId',
      'organisations.name as organisationName',
      'organisations.kind as organisationKind',
      'municipalities.id as municipalityId',
      'municipalities.name as municipalityName',
      'users.password_hash as passwordHash',
      'users.totp_secret as sealedTotpSecret',
      'users.deactivated_at as deactivatedAt',
      'users.last_sign_in_at as lastSignInAt',
    ])
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return (await selectUsers(db).where('users.id', '=', id).executeTakeFirst()) as
    | UserRow
    | undefined
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserRow | undefined> {
  return (await selectUsers(db)
    .where('users.email', '=', normaliseEmail(email))
    .executeTakeFirst()) as UserRow | undefined
}

export async function findUserByOidcSubject(
  db: Kysely<Database>,
  issuer: string,
  subject: string,
): Promise<UserRow | undefined> {
  return (await selectUsers(db)
    .where('users.oidc_issuer', '=', issuer)
    .where('users.oidc_subject', '=', subject)
    .executeTakeFirst()) as UserRow | undefined
}

export async function listUsers(db: Kysely<Database>, municipalityId: string): Promise<UserRow[]> {
  return (await selectUsers(db)
    .where('municipalities.id', '=', municipalityId)
    .orderBy('users.name')
    .execute()) as UserRow[]
}

/**
 * Accepts TOTP time step `step` for the user only if it is newer than the last one accepted,
 * in one UPDATE, so a code (or an older one still inside the drift window) works once, also
 * when the same code arrives twice at the same moment.
 */
export async function acceptTotpStep(
  db: Kysely<Database>,
  userId: string,
  step: number,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) =>
      eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]),
    )
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Ends every session of the user: a changed role or a reset takes effect at once. */
export async function endSessionsOf(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export interface UserChange {
  readonly role?: Role | undefined
  readonly team?: string | null | undefined
  readonly organisationId?: string | undefined
  /** false: deactivate at `at`; true: reactivate. */
  readonly active?: boolean | undefined
  /** A reset (a forgotten password, a lost phone): the old one stops working at once. */
  readonly passwordHash?: string | undefined
  readonly sealedTotpSecret?: SealedSecret | undefined
}

/**
 * Changes an account's role, team, organisation, state or credentials in one statement, and
 * ends its sessions when what it may do or how it signs in changed; a new TOTP secret also
 * forgets the last accepted step, so the next code must come from the new secret. Call it in
 * a transaction (the audited routes run in one), so the change and the ended sessions are one.
 */
export async function changeUser(
  db: Kysely<Database>,
  id: string,
  change: UserChange,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.team !== undefined ? { team: change.team } : {}),
      ...(change.organisationId !== undefined ? { organisation_id: change.organisationId } : {}),
      ...(change.active === false ? { deactivated_at: at } : {}),
      ...(change.active === true ? { deactivated_at: null } : {}),
      ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
      ...(change.sealedTotpSecret !== undefined
        ? { totp_secret: change.sealedTotpSecret, totp_last_step: null }
        : {}),
    })
    .where('id', '=', id)
    .execute()
  const narrowed =
    change.role !== undefined ||
    change.organisationId !== undefined ||
    change.team !== undefined ||
    change.active === false ||
    change.passwordHash !== undefined ||
    change.sealedTotpSecret !== undefined
  if (narrowed) await endSessionsOf(db, id)
}

export async function recordSignIn(db: Kysely<Database>, id: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', id).execute()
}
