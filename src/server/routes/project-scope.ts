import type { Kysely } from 'kysely'
import { type Database, findMkbaModel, findProject, type ProjectRow } from '../../db/index.js'
import { LATEST_CPI_YEAR, NotFoundError } from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import type { AuditNote } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

/** The actor's municipality's project (404 otherwise), noted as the audited object. */
export async function ownProject(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
): Promise<ProjectRow> {
  audit.objectId = id
  const project = await findProject(db, actor.municipality.id, id)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  return project
}

/**
 * The price year a project's costs are stated in: its MKBA model's, so the costs it takes as
 * items are at the model's prices; before it has a model, the latest CPI year (the default
 * price level of every result).
 */
export async function projectPriceYear(db: Kysely<Database>, projectId: string): Promise<number> {
  const stored = await findMkbaModel(db, projectId)
  const year = (stored?.model as { priceYear?: unknown } | undefined)?.priceYear
  return typeof year === 'number' ? year : LATEST_CPI_YEAR
}
