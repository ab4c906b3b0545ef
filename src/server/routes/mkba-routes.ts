import { z } from 'zod'
import { findMkbaModel, findProject, saveMkbaModel } from '../../db/index.js'
import {
  BOUNDS,
  DEFAULTS,
  idParamsSchema,
  mkbaModelResponseSchema,
  NotFoundError,
  parseMkbaModel,
  priceResolver,
  reportQuerySchema,
  saveMkbaModelRequestSchema,
} from '../../domain/index.js'
import { defineRoute } from '../route.js'
import { conversationPrices } from './conversation-prices.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { REPORT_ERRORS, REPORT_RESPONSE, reportResponse } from './report-response.js'

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

export const getMkbaModelRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/projects/:id/mkba',
  summary: "The project's MKBA model (social cost-benefit analysis), or null before one is saved",
  params: idParamsSchema,
  response: { 200: mkbaModelResponseSchema },
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const stored = await findMkbaModel(db, project.id)
    return {
      status: 200,
      body: {
        model: (stored?.model ?? null) as never,
        updatedAt: stored?.updatedAt ?? null,
      },
    }
  },
})

export const saveMkbaModelRoute = defineRoute({
  method: 'PUT',
  url: '/api/v1/projects/:id/mkba',
  summary:
    "Saves or imports the project's MKBA model (the model file format of `effectwijzer mkba`)",
  params: idParamsSchema,
  body: saveMkbaModelRequestSchema,
  response: { 200: mkbaModelResponseSchema },
  example: () => ({ body: EXAMPLE_MODEL }),
  handler: async ({ actor, db, params, body }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    // The cross-field rules (stakeholders, transfers, years or quantity) on top of the schema,
    // and every `unitValueFrom` priced from the municipality's active list, as the builder and
    // the report price it.
    const { priceList } = await conversationPrices(db, actor.municipality.id)
    parseMkbaModel(body, { price: priceResolver(priceList) })
    const stored = await saveMkbaModel(db, {
      projectId: project.id,
      model: body,
      userId: actor.userId,
    })
    return { status: 200, body: { model: stored.model as never, updatedAt: stored.updatedAt } }
  },
})

const mkbaReportQuerySchema = reportQuerySchema.extend({
  /**
   * Monte Carlo draws: the report's default is ten times the builder's live 10,000. At most
   * 200,000 (about a second for 50 uncertain inputs): the draws run in a worker thread, which
   * they hold for that long, and the CLI is there for more.
   */
  draws: z.coerce.number().int().min(0).max(DEFAULTS.maxServerDraws).default(DEFAULTS.reportDraws),
  seed: z.coerce.number().int().min(0).max(BOUNDS.seed).default(DEFAULTS.monteCarloSeed),
})

export const getMkbaReportRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/projects/:id/mkba/report',
  summary:
    "The report of the project's saved MKBA model, with a seeded Monte Carlo: a printable two-page web page (html), a PDF or a workbook (xlsx)",
  params: idParamsSchema,
  query: mkbaReportQuerySchema,
  response: REPORT_RESPONSE,
  errors: REPORT_ERRORS,
  contentType: 'text/html; charset=utf-8',
  handler: async (context) => {
    const { actor, db, params, query, services } = context
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const stored = await findMkbaModel(db, project.id)
    if (!stored) {
      throw new NotFoundError({
        nl: 'Dit project heeft nog geen opgeslagen MKBA-model.',
        en: 'This project has no saved MKBA model yet.',
      })
    }
    // Unit values taken from the price list are indexed as the builder showed them: with the
    // municipality's active version.
    const { priceList } = await conversationPrices(db, actor.municipality.id)
    const model = parseMkbaModel(stored.model, { price: priceResolver(priceList) })
    // The Monte Carlo and the page or workbook built from it run in a worker thread: the
    // request thread goes on answering other requests meanwhile.
    const task = { model, draws: query.draws, seed: query.seed, language: query.lang }
    return reportResponse(context, query.format, 'mkba', {
      html: () => services.workers.mkbaReport({ ...task, format: 'html' }),
      workbook: () => services.workers.mkbaReport({ ...task, format: 'xlsx' }),
    })
  },
})

export const MKBA_ROUTES = [getMkbaModelRoute, saveMkbaModelRoute, getMkbaReportRoute]
