import {
  findMkbaModelVersion,
  findProject,
  listMkbaModelVersions,
  saveMkbaModel,
} from '../../db/index.js'
import {
  idParamsSchema,
  mkbaModelResponseSchema,
  mkbaVersionListResponseSchema,
  mkbaVersionParamsSchema,
  mkbaVersionResponseSchema,
  NotFoundError,
} from '../../domain/index.js'
import { defineRoute } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

const VERSION_NOT_FOUND = {
  nl: 'Deze versie van het MKBA-model bestaat niet.',
  en: 'This version of the MKBA model does not exist.',
}

export const listMkbaVersionsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/projects/:id/mkba/versions',
  summary: "Every saved version of the project's MKBA model: who saved it and when, newest first",
  params: idParamsSchema,
  response: { 200: mkbaVersionListResponseSchema },
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    return { status: 200, body: { versions: await listMkbaModelVersions(db, project.id) } }
  },
})

export const getMkbaVersionRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/projects/:id/mkba/versions/:version',
  summary: 'One saved version of the MKBA model, as it was saved (to compare or copy)',
  params: mkbaVersionParamsSchema,
  response: { 200: mkbaVersionResponseSchema },
  example: () => ({ params: { version: '1' } }),
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const found = await findMkbaModelVersion(db, project.id, params.version)
    if (!found) throw new NotFoundError(VERSION_NOT_FOUND)
    return { status: 200, body: { version: found.version, model: found.model as never } }
  },
})

export const restoreMkbaVersionRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/projects/:id/mkba/versions/:version/restore',
  summary:
    'Restores an older version: saves its model as the newest version (nothing is overwritten)',
  params: mkbaVersionParamsSchema,
  response: { 200: mkbaModelResponseSchema },
  example: () => ({ params: { version: '1' } }),
  handler: async ({ actor, db, params, audit }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    audit.objectId = project.id
    const found = await findMkbaModelVersion(db, project.id, params.version)
    if (!found) throw new NotFoundError(VERSION_NOT_FOUND)
    const stored = await saveMkbaModel(db, {
      projectId: project.id,
      model: found.model,
      userId: actor.userId,
      restoredFrom: params.version,
    })
    return { status: 200, body: { ...stored, model: stored.model as never } }
  },
})

export const MKBA_VERSION_ROUTES = [
  listMkbaVersionsRoute,
  getMkbaVersionRoute,
  restoreMkbaVersionRoute,
]
