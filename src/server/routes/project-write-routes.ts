import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  createProject,
  type Database,
  findOrganisation,
  findProject,
  listOrganisations,
  updateProject,
} from '../../db/index.js'
import {
  NotFoundError,
  PERIOD_ORDER_TEXT,
  ValidationError,
  type ValidationIssue,
} from '../../domain/index.js'
import { implement } from '../route.js'
import { PROJECT_NOT_FOUND, projectDetail } from './project-routes.js'

/** Every participating organisation must be one of the municipality's own. */
async function requireOwnOrganisations(
  db: Kysely<Database>,
  municipalityId: string,
  ids: readonly string[],
): Promise<void> {
  const issues: ValidationIssue[] = []
  for (const [i, id] of ids.entries()) {
    if (!(await findOrganisation(db, municipalityId, id)))
      issues.push({
        field: `body.organisationIds.${i}`,
        message: {
          nl: 'onbekende organisatie in deze gemeente',
          en: 'unknown organisation in this municipality',
        },
      })
  }
  if (issues.length > 0) throw new ValidationError(issues)
}

export const createProjectRoute = implement(contract.projects.create, {
  handler: async ({ actor, db, body, audit }) => {
    await requireOwnOrganisations(db, actor.municipality.id, body.organisationIds)
    const id = await createProject(db, {
      municipalityId: actor.municipality.id,
      name: body.name,
      phase: body.phase,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd ?? null,
      targetGroup: body.targetGroup,
      theoryOfChange: body.theoryOfChange,
      organisationIds: body.organisationIds,
      userId: actor.userId,
    })
    audit.objectId = id
    return {
      status: 201,
      body: { project: await projectDetail(db, actor.municipality.id, id) },
    }
  },
})

export const updateProjectRoute = implement(contract.projects.update, {
  handler: async ({ actor, db, params, body, audit }) => {
    audit.objectId = params.id
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const start = body.periodStart ?? project.periodStart
    const end = body.periodEnd === undefined ? project.periodEnd : body.periodEnd
    if (end !== null && end < start)
      throw new ValidationError([
        {
          field: body.periodEnd === undefined ? 'body.periodStart' : 'body.periodEnd',
          message: PERIOD_ORDER_TEXT,
        },
      ])
    if (body.organisationIds)
      await requireOwnOrganisations(db, actor.municipality.id, body.organisationIds)
    const { phase, phaseDate, phaseReason, ...fields } = body
    await updateProject(
      db,
      project.id,
      {
        ...fields,
        // The schema asks a date and reason with every phase; the same phase again is no change.
        ...(phase !== undefined && phase !== project.phase && phaseDate && phaseReason
          ? { phaseChange: { phase, date: phaseDate, reason: phaseReason } }
          : {}),
      },
      actor.userId,
    )
    return {
      status: 200,
      body: { project: await projectDetail(db, actor.municipality.id, project.id) },
    }
  },
})

export const listPartnersRoute = implement(contract.projects.partners, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: {
      organisations: (await listOrganisations(db, actor.municipality.id)).map(
        ({ id, name, kind }) => ({ id, name, kind }),
      ),
    },
  }),
})

export const PROJECT_WRITE_ROUTES = [createProjectRoute, updateProjectRoute, listPartnersRoute]
