import { contract } from '../../contract/index.js'
import { findProject, listProjectOrganisations, listProjects } from '../../db/index.js'
import { NotFoundError } from '../../domain/index.js'
import { implement } from '../route.js'

export const PROJECT_NOT_FOUND = { nl: 'Project niet gevonden.', en: 'Project not found.' }

export const listProjectsRoute = implement(contract.projects.list, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { projects: await listProjects(db, actor.municipality.id) },
  }),
})

export const getProjectRoute = implement(contract.projects.get, {
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const organisations = await listProjectOrganisations(db, project.id)
    return { status: 200, body: { project: { ...project, organisations } } }
  },
})

export const PROJECT_ROUTES = [listProjectsRoute, getProjectRoute]
