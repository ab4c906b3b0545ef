import { contract } from '../../contract/index.js'
import {
  changeUser,
  createOrganisation,
  createUser,
  findMunicipalityPolicy,
  findUserByEmail,
  hashPassword,
  listOrganisations,
  listUsers,
  newTotpSecret,
  saveMunicipalityPolicy,
  type UserRow,
} from '../../db/index.js'
import { ConflictError, requiresMfa } from '../../domain/index.js'
import { implement } from '../route.js'
import { ownOrganisation, ownUser } from './municipality-scope.js'

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
    await ownOrganisation(db, actor, body.organisationId)
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
    if (body.organisationId !== undefined) await ownOrganisation(db, actor, body.organisationId)
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
