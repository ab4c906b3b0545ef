import {
  createOrganisationRequestSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  emptyQuerySchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  userListResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

/** A name no earlier call used, so the example can be sent again and again. */
const fresh = () => Math.random().toString(36).slice(2, 10)

export const admin = {
  listOrganisations: route({
    method: 'GET',
    url: '/api/v1/organisations',
    summary: "The partner organisations of the administrator's municipality",
    query: emptyQuerySchema,
    response: { 200: organisationListResponseSchema },
    access: 'administration',
    data: 'none',
  }),
  createOrganisation: route({
    method: 'POST',
    url: '/api/v1/organisations',
    summary: 'Adds a partner organisation',
    body: createOrganisationRequestSchema,
    response: { 201: organisationResponseSchema },
    access: 'administration',
    data: 'none',
    example: () => ({ body: { name: `Welzijn ${fresh().slice(0, 6)}`, kind: 'welfare' } }),
  }),
  listUsers: route({
    method: 'GET',
    url: '/api/v1/users',
    summary: "The users of the administrator's municipality",
    query: emptyQuerySchema,
    response: { 200: userListResponseSchema },
    access: 'administration',
    data: 'none',
  }),
  createUser: route({
    method: 'POST',
    url: '/api/v1/users',
    summary: 'Adds a local account; administrators get a TOTP secret, returned once',
    body: createUserRequestSchema,
    response: { 201: createUserResponseSchema },
    access: 'administration',
    data: 'none',
    example: (ids) => ({
      body: {
        name: 'Nieuwe Collega',
        email: `collega.${fresh()}@voorbeeldstad.example`,
        role: 'professional',
        organisationId: ids.organisation,
        team: 'Noord',
        password: 'een-lang-wachtwoord-2026',
      },
    }),
  }),
}
