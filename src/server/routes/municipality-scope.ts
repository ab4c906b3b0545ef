import type { Kysely } from 'kysely'
import {
  type Database,
  findOrganisation,
  findUserById,
  type OrganisationRow,
  type UserRow,
} from '../../db/index.js'
import { NotFoundError } from '../../domain/index.js'
import type { RoleActor } from '../actor.js'

export const USER_NOT_FOUND = { nl: 'Gebruiker niet gevonden.', en: 'User not found.' }

/** An account of the actor's own municipality; another municipality's answers 404. */
export async function ownUser(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
): Promise<UserRow> {
  const user = await findUserById(db, id)
  if (!user || user.municipalityId !== actor.municipality.id)
    throw new NotFoundError(USER_NOT_FOUND)
  return user
}

/** An organisation of the actor's own municipality; another municipality's answers 404. */
export async function ownOrganisation(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
): Promise<OrganisationRow> {
  const organisation = await findOrganisation(db, actor.municipality.id, id)
  if (!organisation)
    throw new NotFoundError({ nl: 'Organisatie niet gevonden.', en: 'Organisation not found.' })
  return organisation
}
