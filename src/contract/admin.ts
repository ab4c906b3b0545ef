import {
  changeUserRequestSchema,
  createOrganisationRequestSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  emptyQuerySchema,
  idParamsSchema,
  municipalityPolicyResponseSchema,
  municipalityPolicySchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  resetCredentialsRequestSchema,
  userListResponseSchema,
  userResponseSchema,
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
    summary:
      'Adds a local account; a role that needs a second factor gets a TOTP secret, returned once',
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
  changeUser: route({
    method: 'PATCH',
    url: '/api/v1/users/:id',
    summary:
      "Changes an account's role, organisation or team, or deactivates it (offboarding: its sessions end at once); a role that needs a second factor gets a TOTP secret, returned once",
    params: idParamsSchema,
    body: changeUserRequestSchema,
    response: { 200: userResponseSchema },
    access: 'administration',
    data: 'none',
    example: () => ({ body: { team: 'Noord' } }),
  }),
  resetCredentials: route({
    method: 'POST',
    url: '/api/v1/users/:id/credentials',
    summary:
      "Resets an account's password and/or second factor (the new TOTP secret is returned once); every session of the account ends",
    params: idParamsSchema,
    body: resetCredentialsRequestSchema,
    response: { 200: userResponseSchema },
    access: 'administration',
    data: 'none',
    example: () => ({ body: { newTotpSecret: true } }),
  }),
  policy: route({
    method: 'GET',
    url: '/api/v1/municipality/policy',
    summary: "The municipality's policy choices (professionals' names in inspection packages)",
    query: emptyQuerySchema,
    response: { 200: municipalityPolicyResponseSchema },
    access: 'policy.read',
    data: 'none',
  }),
  savePolicy: route({
    method: 'PUT',
    url: '/api/v1/municipality/policy',
    summary: "Sets the municipality's policy choices",
    body: municipalityPolicySchema,
    response: { 200: municipalityPolicyResponseSchema },
    access: 'administration',
    data: 'none',
    example: () => ({ body: { staffNamesInInspection: false } }),
  }),
}
