import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  changeUser,
  createOrganisation,
  createUser,
  type Database,
  findMunicipalityPolicy,
  findOrganisation,
  findUserByEmail,
  findUserById,
  hashPassword,
  listOrganisations,
  listUsers,
  newTotpSecret,
  saveMunicipalityPolicy,
  type UserRow,
} from '../../db/index.js'
import { ConflictError, NotFoundError, requiresMfa } from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'

function userSummary(user: UserRow) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    team: user.team,
    mfaEnabled: user.sealedTotpSecret !== null,
    active: user.deactivatedAt === null,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  }
}

const USER_NOT_FOUND = { nl: 'Gebruiker niet gevonden.', en: 'User not found.' }

/** An account of the administrator's own municipality; another's answers 404. */
async function ownUser(db: Kysely<Database>, actor: RoleActor, id: string): Promise<UserRow> {
  const user = await findUserById(db, id)
  if (!user || user.municipalityId !== actor.municipality.id)
    throw new NotFoundError(USER_NOT_FOUND)
  return user
}

export const listOrganisationsRoute = implement(contract.admin.listOrganisations, {
  handler: async ({ actor, db }) => {
    const rows = await listOrganisations(db, actor.municipality.id)
    return {
      status: 200,
      body: { organisations: rows.map(({ municipalityId: _m, ...row }) => row) },
    }
  },
})

export const createOrganisationRoute = implement(contract.admin.createOrganisation, {
  handler: async ({ actor, db, body }) => {
    const { municipalityId: _m, ...organisation } = await createOrganisation(db, {
      municipalityId: actor.municipality.id,
      name: body.name,
      kind: body.kind,
    })
    return { status: 201, body: { organisation } }
  },
})

export const listUsersRoute = implement(contract.admin.listUsers, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { users: (await listUsers(db, actor.municipality.id)).map(userSummary) },
  }),
})

export const createUserRoute = implement(contract.admin.createUser, {
  handler: async ({ actor, db, body, services }) => {
    if (!(await findOrganisation(db, actor.municipality.id, body.organisationId))) {
      throw new NotFoundError({ nl: 'Organisatie niet gevonden.', en: 'Organisation not found.' })
    }
    if (await findUserByEmail(db, body.email)) {
      throw new ConflictError({
        nl: 'Dit e-mailadres is al in gebruik.',
        en: 'This email address is already in use.',
      })
    }
    const totpSecret = requiresMfa(body.role) ? newTotpSecret() : undefined
    const user = await createUser(db, {
      email: body.email,
      name: body.name,
      role: body.role,
      organisationId: body.organisationId,
      team: body.team ?? null,
      passwordHash: await hashPassword(body.password),
      sealedTotpSecret: totpSecret ? services.secretBox.seal(totpSecret) : null,
    })
    return { status: 201, body: { user: userSummary(user), ...(totpSecret ? { totpSecret } : {}) } }
  },
})

export const changeUserRoute = implement(contract.admin.changeUser, {
  handler: async ({ actor, db, params, body, services }) => {
    const user = await ownUser(db, actor, params.id)
    // An administrator who demotes or offboards themselves can lock the municipality out.
    if (
      user.id === actor.userId &&
      (body.active === false || (body.role ?? user.role) !== user.role)
    )
      throw new ConflictError({
        nl: 'U kunt uw eigen rol niet wijzigen en uzelf niet deactiveren; vraag een andere beheerder.',
        en: 'You cannot change your own role or deactivate yourself; ask another administrator.',
      })
    if (
      body.organisationId !== undefined &&
      !(await findOrganisation(db, actor.municipality.id, body.organisationId))
    )
      throw new NotFoundError({ nl: 'Organisatie niet gevonden.', en: 'Organisation not found.' })
    const role = body.role ?? user.role
    const totpSecret =
      user.sealedTotpSecret === null && requiresMfa(role) ? newTotpSecret() : undefined
    await changeUser(
      db,
      user.id,
      {
        ...body,
        ...(totpSecret ? { sealedTotpSecret: services.secretBox.seal(totpSecret) } : {}),
      },
      services.now(),
    )
    return {
      status: 200,
      body: {
        user: userSummary(await ownUser(db, actor, user.id)),
        ...(totpSecret ? { totpSecret } : {}),
      },
    }
  },
})

export const resetCredentialsRoute = implement(contract.admin.resetCredentials, {
  handler: async ({ actor, db, params, body, services }) => {
    const user = await ownUser(db, actor, params.id)
    const totpSecret = body.newTotpSecret ? newTotpSecret() : undefined
    await changeUser(
      db,
      user.id,
      {
        ...(body.password !== undefined ? { passwordHash: await hashPassword(body.password) } : {}),
        ...(totpSecret ? { sealedTotpSecret: services.secretBox.seal(totpSecret) } : {}),
      },
      services.now(),
    )
    return {
      status: 200,
      body: {
        user: userSummary(await ownUser(db, actor, user.id)),
        ...(totpSecret ? { totpSecret } : {}),
      },
    }
  },
})

export const municipalityPolicyRoute = implement(contract.admin.policy, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { policy: await findMunicipalityPolicy(db, actor.municipality.id) },
  }),
})

export const saveMunicipalityPolicyRoute = implement(contract.admin.savePolicy, {
  handler: async ({ actor, db, body }) => {
    await saveMunicipalityPolicy(db, actor.municipality.id, body)
    return {
      status: 200,
      body: { policy: await findMunicipalityPolicy(db, actor.municipality.id) },
    }
  },
})

export const ADMIN_ROUTES = [
  listOrganisationsRoute,
  createOrganisationRoute,
  listUsersRoute,
  createUserRoute,
  changeUserRoute,
  resetCredentialsRoute,
  municipalityPolicyRoute,
  saveMunicipalityPolicyRoute,
]
