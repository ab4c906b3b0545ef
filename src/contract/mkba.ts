import { z } from 'zod'
import {
  BOUNDS,
  DEFAULTS,
  idParamsSchema,
  mkbaModelResponseSchema,
  mkbaVersionListResponseSchema,
  mkbaVersionParamsSchema,
  mkbaVersionResponseSchema,
  reportQuerySchema,
  restoreMkbaVersionRequestSchema,
  saveMkbaModelRequestSchema,
} from '../domain/index.js'
import { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
import { route } from './route.js'

/** A small valid model, for the authorization matrix and fuzz tests. */
const EXAMPLE_MODEL = {
  name: 'Voorbeeld',
  baseYear: 2026,
  priceYear: 2026,
  horizonYears: 3,
  stakeholders: ['gemeente'],
  items: [
    {
      id: 'kosten',
      kind: 'cost',
      category: 'financial',
      stakeholder: 'gemeente',
      years: { 2026: 1000 },
    },
  ],
}

const mkbaReportQuerySchema = reportQuerySchema.extend({
  /**
   * Monte Carlo draws: the report's default is ten times the builder's live 10,000. At most
   * 200,000 (about a second for 50 uncertain inputs): the draws run in a worker thread, which
   * they hold for that long, and the CLI is there for more.
   */
  draws: z.coerce.number().int().min(0).max(DEFAULTS.maxServerDraws).default(DEFAULTS.reportDraws),
  seed: z.coerce.number().int().min(0).max(BOUNDS.seed).default(DEFAULTS.monteCarloSeed),
  /**
   * `draft` (the default) prints CONCEPT on the report; `final`, the version the council
   * receives, only the pilot manager who may save the model can ask for.
   */
  status: z.enum(['draft', 'final']).default('draft'),
})

export const mkba = {
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id/mkba',
    summary: "The project's MKBA model (social cost-benefit analysis), or null before one is saved",
    params: idParamsSchema,
    response: { 200: mkbaModelResponseSchema },
    access: 'mkba.use',
    data: 'none',
  }),
  save: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/mkba',
    summary:
      "Saves or imports the project's MKBA model (the model file format of `effectwijzer mkba`)",
    params: idParamsSchema,
    body: saveMkbaModelRequestSchema,
    response: { 200: mkbaModelResponseSchema },
    access: 'mkba.save',
    data: 'none',
    example: () => ({ body: EXAMPLE_MODEL }),
  }),
  report: route({
    method: 'GET',
    url: '/api/v1/projects/:id/mkba/report',
    summary:
      "The report of the project's saved MKBA model, with a seeded Monte Carlo: a printable two-page web page (html), a PDF or a workbook (xlsx)",
    params: idParamsSchema,
    query: mkbaReportQuerySchema,
    response: REPORT_RESPONSE,
    errors: REPORT_ERRORS,
    contentType: REPORT_CONTENT_TYPE,
    access: 'mkba.use',
    data: 'none',
  }),
  versions: route({
    method: 'GET',
    url: '/api/v1/projects/:id/mkba/versions',
    summary: "Every saved version of the project's MKBA model: who saved it and when, newest first",
    params: idParamsSchema,
    response: { 200: mkbaVersionListResponseSchema },
    access: 'mkba.use',
    data: 'none',
  }),
  version: route({
    method: 'GET',
    url: '/api/v1/projects/:id/mkba/versions/:version',
    summary: 'One saved version of the MKBA model, as it was saved (to compare or copy)',
    params: mkbaVersionParamsSchema,
    response: { 200: mkbaVersionResponseSchema },
    example: () => ({ params: { version: '1' } }),
    access: 'mkba.use',
    data: 'none',
  }),
  restore: route({
    method: 'POST',
    url: '/api/v1/projects/:id/mkba/versions/:version/restore',
    summary:
      'Restores an older version: saves its model as the newest version (nothing is overwritten)',
    params: mkbaVersionParamsSchema,
    body: restoreMkbaVersionRequestSchema,
    response: { 200: mkbaModelResponseSchema },
    example: () => ({ params: { version: '1' }, body: {} }),
    access: 'mkba.save',
    data: 'none',
  }),
}
