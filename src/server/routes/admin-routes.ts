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
import {
  ConflictError,
  createOrganisationRequestSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  emptyQuerySchema,
  NotFoundError,
  organisationListResponseSchema,
  organisationResponseSchema,
  requiresMfa,
  userListResponseSchema,
} from '../../domain/index.js'
import { defineRoute } from '../route.js'

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

export const listOrganisationsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/organisations',
  summary: "The partner organisations of the administrator's municipality",
  query: emptyQuerySchema,
  response: { 200: organisationListResponseSchema },
  handler: async ({ actor, db }) => {
    const rows = await listOrganisations(db, actor.municipality.id)
    return {
      status: 200,
      body: { organisations: rows.map(({ municipalityId: _m, ...row }) => row) },
    }
  },
})

export const createOrganisationRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/organisations',
  summary: 'Adds a partner organisation',
  body: createOrganisationRequestSchema,
  response: { 201: organisationResponseSchema },
  example: () => ({
    body: { name: `Welzijn ${Math.random().toString(36).slice(2, 8)}`, kind: 'welfare' },
  }),
  handler: async ({ actor, db, body }) => {
    const { municipalityId: _m, ...organisation } = await createOrganisation(db, {
      municipalityId: actor.municipality.id,
      name: body.name,
      kind: body.kind,
    })
    return { status: 201, body: { organisation } }
  },
})

export const listUsersRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/users',
  summary: "The users of the administrator's municipality",
  query: emptyQuerySchema,
  response: { 200: userListResponseSchema },
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { users: (await listUsers(db, actor.municipality.id)).map(userSummary) },
  }),
})

export const createUserRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/users',
  summary: 'Adds a local account; administrators get a TOTP secret, returned once',
  body: createUserRequestSchema,
  response: { 201: createUserResponseSchema },
  example: (ids) => ({
    body: {
      name: 'Nieuwe Collega',
      email: `collega.${Math.random().toString(36).slice(2, 10)}@voorbeeldstad.example`,
      role: 'professional',
      organisationId: ids.organisation,
      team: 'Noord',
      password: 'een-lang-wachtwoord-2026',
    },
  }),
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
