import { findMkbaModel, findProject, saveMkbaModel } from '../../db/index.js'
import {
  idParamsSchema,
  mkbaModelResponseSchema,
  NotFoundError,
  parseMkbaModel,
  saveMkbaModelRequestSchema,
} from '../../domain/index.js'
import { defineRoute } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

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
    // The cross-field rules (stakeholders, transfers, years or quantity) on top of the schema.
    parseMkbaModel(body)
    const stored = await saveMkbaModel(db, {
      projectId: project.id,
      model: body,
      userId: actor.userId,
    })
    return { status: 200, body: { model: stored.model as never, updatedAt: stored.updatedAt } }
  },
})

export const MKBA_ROUTES = [getMkbaModelRoute, saveMkbaModelRoute]
