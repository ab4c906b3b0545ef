import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  type Database,
  findProject,
  listPhaseHistory,
  listProjectOrganisations,
  listProjects,
} from '../../db/index.js'
import { NotFoundError } from '../../domain/index.js'
import { implement } from '../route.js'

export const PROJECT_NOT_FOUND = { nl: 'Project niet gevonden.', en: 'Project not found.' }

/** A project of the municipality with its organisations and phase history; else 404. */
export async function projectDetail(db: Kysely<Database>, municipalityId: string, id: string) {
  const project = await findProject(db, municipalityId, id)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  return {
    ...project,
    organisations: await listProjectOrganisations(db, project.id),
    phaseHistory: await listPhaseHistory(db, project.id),
  }
}

export const listProjectsRoute = implement(contract.projects.list, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { projects: await listProjects(db, actor.municipality.id) },
  }),
})

export const getProjectRoute = implement(contract.projects.get, {
  handler: async ({ actor, db, params }) => ({
    status: 200,
    body: { project: await projectDetail(db, actor.municipality.id, params.id) },
  }),
})

export const PROJECT_ROUTES = [listProjectsRoute, getProjectRoute]
