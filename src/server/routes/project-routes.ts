import { findProject, listProjectOrganisations, listProjects } from '../../db/index.js'
import {
  idParamsSchema,
  NotFoundError,
  projectListResponseSchema,
  projectResponseSchema,
} from '../../domain/index.js'
import { defineRoute } from '../route.js'

export const PROJECT_NOT_FOUND = { nl: 'Project niet gevonden.', en: 'Project not found.' }

export const listProjectsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/projects',
  summary: "The projects (pilots) of the user's municipality",
  response: { 200: projectListResponseSchema },
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { projects: await listProjects(db, actor.municipality.id) },
  }),
})

export const getProjectRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/projects/:id',
  summary: 'One project with its theory of change and participating organisations',
  params: idParamsSchema,
  response: { 200: projectResponseSchema },
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const organisations = await listProjectOrganisations(db, project.id)
    return { status: 200, body: { project: { ...project, organisations } } }
  },
})

export const PROJECT_ROUTES = [listProjectsRoute, getProjectRoute]
