import { contract } from '../../contract/index.js'
import {
  findMkbaModelVersion,
  findProject,
  listMkbaModelVersions,
  saveMkbaModel,
} from '../../db/index.js'
import { NotFoundError } from '../../domain/index.js'
import { implement } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

const VERSION_NOT_FOUND = {
  nl: 'Deze versie van het MKBA-model bestaat niet.',
  en: 'This version of the MKBA model does not exist.',
}

export const listMkbaVersionsRoute = implement(contract.mkba.versions, {
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    return { status: 200, body: { versions: await listMkbaModelVersions(db, project.id) } }
  },
})

export const getMkbaVersionRoute = implement(contract.mkba.version, {
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const found = await findMkbaModelVersion(db, project.id, params.version)
    if (!found) throw new NotFoundError(VERSION_NOT_FOUND)
    return { status: 200, body: { version: found.version, model: found.model as never } }
  },
})

export const restoreMkbaVersionRoute = implement(contract.mkba.restore, {
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
