import { z } from 'zod'
import {
  csrfResponseSchema,
  loginRequestSchema,
  mfaEnrolmentResponseSchema,
  sessionResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

const callbackQuerySchema = z.looseObject({
  state: z.string().min(1).max(512),
  code: z.string().min(1).max(4096).optional(),
})

export const session = {
  csrf: route({
    method: 'GET',
    url: '/api/v1/session/csrf',
    summary: 'The CSRF token to send as x-csrf-token on every state-changing request',
    response: { 200: csrfResponseSchema },
    access: 'anyone',
    data: 'none',
  }),
  signIn: route({
    method: 'POST',
    url: '/api/v1/session',
    summary:
      'Sign in with email, password and, for an account with MFA, the TOTP code in the same request; rotates the session. An account whose role needs a second factor but has none gets 202 with a fresh TOTP secret, and is in after sending the password again with a code for it',
    body: loginRequestSchema,
    response: { 200: sessionResponseSchema, 202: mfaEnrolmentResponseSchema },
    errors: [401],
    access: 'anyone',
    data: 'none',
  }),
  current: route({
    method: 'GET',
    url: '/api/v1/session',
    summary: 'The signed-in user',
    response: { 200: sessionResponseSchema },
    access: 'signed-in',
    data: 'none',
  }),
  signOut: route({
    method: 'DELETE',
    url: '/api/v1/session',
    summary: 'Sign out: the session is deleted on the server',
    response: { 204: z.null() },
    access: 'signed-in',
    data: 'none',
  }),
  oidcStart: route({
    method: 'GET',
    url: '/api/v1/session/oidc/start',
    summary: 'Redirects to the identity provider (authorization code + PKCE)',
    response: { 302: z.null() },
    errors: [409],
    access: 'anyone',
    data: 'none',
  }),
  oidcCallback: route({
    method: 'GET',
    url: '/api/v1/session/oidc/callback',
    summary: 'The identity provider returns here; signs in and redirects to /',
    query: callbackQuerySchema,
    response: { 302: z.null() },
    errors: [401, 409],
    access: 'anyone',
    data: 'none',
  }),
}
