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
