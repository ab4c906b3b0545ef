import { contract } from '../../contract/index.js'
import { findPilotDesign, savePilotDesign } from '../../db/index.js'
import {
  assessPilotDesign,
  type PilotDesign,
  type PilotDesignResponse,
  pilotDesignSchema,
} from '../../domain/index.js'
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
