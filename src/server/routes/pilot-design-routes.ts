import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import { type Database, findPilotDesign, savePilotDesign } from '../../db/index.js'
import {
  assessPilotDesign,
  type PilotDesign,
  type PilotDesignResponse,
  pilotDesignSchema,
} from '../../domain/index.js'
import type { PlannedPilot } from '../../report/index.js'
import { implement } from '../route.js'
import { ownProject } from './project-scope.js'

/** The design with its assessment, computed on every read (the engine may improve). */
function answer(projectId: string, design: PilotDesign | null, savedAt: Date | null) {
  const body: PilotDesignResponse = {
    projectId,
    design,
    assessment: design && assessPilotDesign(design),
    savedAt: savedAt?.toISOString() ?? null,
  }
  return { status: 200 as const, body }
}

/** The project's saved design with its assessment, as its reports print it (none: undefined). */
export async function plannedPilot(
  db: Kysely<Database>,
  projectId: string,
): Promise<PlannedPilot | undefined> {
  const stored = await findPilotDesign(db, projectId)
  if (!stored) return undefined
  const design = pilotDesignSchema.parse(stored.design)
  return { design, assessment: assessPilotDesign(design) }
}

export const pilotDesignRoute = implement(contract.pilotDesign.get, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const stored = await findPilotDesign(db, project.id)
    return stored
      ? answer(project.id, pilotDesignSchema.parse(stored.design), stored.savedAt)
      : answer(project.id, null, null)
  },
})

export const savePilotDesignRoute = implement(contract.pilotDesign.save, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const savedAt = services.now()
    await savePilotDesign(db, {
      projectId: project.id,
      design: body,
      savedAt,
      savedBy: actor.userId,
    })
    return answer(project.id, body, savedAt)
  },
})

export const PILOT_DESIGN_ROUTES = [pilotDesignRoute, savePilotDesignRoute]
