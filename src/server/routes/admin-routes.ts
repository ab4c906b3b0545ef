import { contract } from '../../contract/index.js'
import {
  createOrganisation,
  createUser,
  findOrganisation,
  findUserByEmail,
  hashPassword,
  listOrganisations,
  listUsers,
  newTotpSecret,
  type UserRow,
} from '../../db/index.js'
import { ConflictError, NotFoundError, requiresMfa } from '../../domain/index.js'
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

export const ADMIN_ROUTES = [
  listOrganisationsRoute,
  createOrganisationRoute,
  listUsersRoute,
  createUserRoute,
]
