import { z } from 'zod'
import {
  consentSchema,
  createConsentRequestSchema,
  idParamsSchema,
  planPrintQuerySchema,
  planResponseSchema,
  planVersionsResponseSchema,
  savePlanRequestSchema,
  shareSchema,
} from '../domain/index.js'
import { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
import { route } from './route.js'

export const plans = {
  get: route({
    method: 'GET',
    url: '/api/v1/participants/:id/plan',
    summary:
      "The resident's one plan across partners: own goals, life domains, what each partner and the resident do, dates and reviews (version 0 before the first save)",
    params: idParamsSchema,
    response: { 200: planResponseSchema },
    access: 'participants.read',
    data: 'participant',
  }),
  save: route({
    method: 'PUT',
    url: '/api/v1/participants/:id/plan',
    summary: 'Saves the plan as a new version (409 when it did not start from the latest)',
    params: idParamsSchema,
    body: savePlanRequestSchema,
    response: { 200: planResponseSchema },
    access: 'participants.write',
    data: 'participant',
    example: (ids) => ({
      body: {
        basedOnVersion: 1,
        plan: {
          goals: [
            { id: 'doel-1', ownWords: 'Ik wil weer rust in mijn hoofd.', domains: ['financien'] },
          ],
          partnerActions: [
            {
              id: 'actie-1',
              organisationId: ids.organisation,
              action: 'Schulden in kaart brengen',
              goalId: 'doel-1',
            },
          ],
        },
      },
    }),
  }),
  versions: route({
    method: 'GET',
    url: '/api/v1/participants/:id/plan/versions',
    summary: 'Every version of the plan with who saved it and what it changed',
    params: idParamsSchema,
    response: { 200: planVersionsResponseSchema },
    access: 'participants.read',
    data: 'participant',
  }),
  print: route({
    method: 'GET',
    url: '/api/v1/participants/:id/plan/print',
    summary:
      "The resident's own printable copy of the plan in plain language (B1), as a page or a PDF",
    params: idParamsSchema,
    query: planPrintQuerySchema,
    response: REPORT_RESPONSE,
    errors: REPORT_ERRORS,
    contentType: REPORT_CONTENT_TYPE,
    access: 'participants.read',
    data: 'participant',
  }),
  recordConsent: route({
    method: 'POST',
    url: '/api/v1/participants/:id/plan/consents',
    summary:
      'Records from the plan consent given or withdrawn for a purpose and partner; given consent shares the case with that partner, withdrawn ends that at once',
    params: idParamsSchema,
    body: createConsentRequestSchema,
    response: {
      201: z.object({ consent: consentSchema, share: shareSchema.nullable() }),
    },
    access: 'participants.write',
    data: 'participant',
    example: (ids) => ({
      body: {
        purpose: 'Gezamenlijk plan',
        partnerOrganisationId: ids.organisation,
        status: 'given',
        date: '2026-04-01',
      },
    }),
  }),
}
