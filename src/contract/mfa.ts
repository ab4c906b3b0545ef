import {
  emptyQuerySchema,
  grantMfaExemptionRequestSchema,
  mfaExemptionListResponseSchema,
  revokeMfaExemptionQuerySchema,
} from '../domain/index.js'
import { route } from './route.js'

/** The municipality's written exemptions from the second factor (issue 11). */
export const mfa = {
  exemptions: route({
    method: 'GET',
    url: '/api/v1/municipality/mfa-exemptions',
    summary:
      'The roles this municipality exempted from the second factor, with reason, date and who decided; revoked ones too',
    query: emptyQuerySchema,
    response: { 200: mfaExemptionListResponseSchema },
    access: 'policy.read',
    data: 'none',
  }),
  grantExemption: route({
    method: 'PUT',
    url: '/api/v1/municipality/mfa-exemptions',
    summary:
      'Exempts a role (not administrator or privacy officer) from the second factor, with a written reason; replaces a standing exemption of that role',
    body: grantMfaExemptionRequestSchema,
    response: { 200: mfaExemptionListResponseSchema },
    access: 'administration',
    data: 'none',
    example: () => ({
      body: { role: 'facilitator', reason: 'Tafelsessies op een gedeelde tablet zonder telefoon.' },
    }),
  }),
  revokeExemption: route({
    method: 'DELETE',
    url: '/api/v1/municipality/mfa-exemptions',
    summary: "Revokes a role's exemption: its accounts need the second factor again",
    query: revokeMfaExemptionQuerySchema,
    response: { 200: mfaExemptionListResponseSchema },
    access: 'administration',
    data: 'none',
    example: () => ({ query: { role: 'facilitator' } }),
  }),
}
