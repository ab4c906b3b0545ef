import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  addOrganisationPhaseChange,
  type Database,
  listChecklistTicks,
  listOrganisationPhaseChanges,
  listPhaseHistory,
  listProjectOrganisations,
  type ProjectRow,
  tickChecklistItem,
  untickChecklistItem,
} from '../../db/index.js'
import {
  checklistItem,
  type LocalisedMessage,
  PHASE_CHECKLIST,
  type PilotPhasesResponse,
  phaseDateProblem,
  ValidationError,
} from '../../domain/index.js'
import { implement } from '../route.js'
import { ownProject } from './project-scope.js'

const invalid = (field: string, message: LocalisedMessage) =>
  new ValidationError([{ field, message }])

/** The timeline rows (the whole project, then each participating organisation) and the checklist. */
export async function pilotPhasesOf(
  db: Kysely<Database>,
  project: ProjectRow,
): Promise<PilotPhasesResponse> {
  const organisations = await listProjectOrganisations(db, project.id)
  const own = await listOrganisationPhaseChanges(db, project.id)
  const ticks = new Map((await listChecklistTicks(db, project.id)).map((t) => [t.item, t]))
  return {
    projectId: project.id,
    periodStart: project.periodStart,
    periodEnd: project.periodEnd,
    rows: [
      { organisation: null, history: await listPhaseHistory(db, project.id) },
      ...organisations.map((organisation) => ({
        organisation,
        history: own
          .filter((c) => c.organisationId === organisation.id)
          .map(({ organisationId: _, ...change }) => change),
      })),
    ],
    checklist: PHASE_CHECKLIST.map((item) => {
      const tick = ticks.get(item.id)
      return { ...item, done: tick ? { date: tick.date, by: tick.by } : null }
    }),
  }
}

export const pilotPhasesRoute = implement(contract.pilotPhases.get, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return { status: 200, body: await pilotPhasesOf(db, project) }
  },
})

export const changeOrganisationPhaseRoute = implement(contract.pilotPhases.changeOrganisation, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const organisations = await listProjectOrganisations(db, project.id)
    if (!organisations.some((o) => o.id === body.organisationId))
      throw invalid('body.organisationId', {
        nl: 'is geen deelnemende organisatie van dit project',
        en: 'is not a participating organisation of this project',
      })
    const previous = (await listOrganisationPhaseChanges(db, project.id))
      .filter((c) => c.organisationId === body.organisationId)
      .at(-1)
    if (previous?.phase === body.phase)
      throw invalid('body.phase', {
        nl: 'deze organisatie is al in deze fase',
        en: 'this organisation is already in this phase',
      })
    const problem = phaseDateProblem(body.date, project.periodStart, previous?.date ?? null)
    if (problem) throw invalid('body.date', problem)
    await addOrganisationPhaseChange(db, { ...body, projectId: project.id, userId: actor.userId })
    return { status: 201, body: await pilotPhasesOf(db, project) }
  },
})

export const tickChecklistRoute = implement(contract.pilotPhases.tick, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    if (!checklistItem(body.item))
      throw invalid('body.item', {
        nl: 'staat niet op de checklist van de fasen',
        en: 'is not on the phase checklist',
      })
    if (body.done) {
      const problem = phaseDateProblem(body.date, project.periodStart, null)
      if (problem) throw invalid('body.date', problem)
      await tickChecklistItem(db, { ...body, projectId: project.id, userId: actor.userId })
    } else await untickChecklistItem(db, project.id, body.item)
    return { status: 200, body: await pilotPhasesOf(db, project) }
  },
})

export const PILOT_PHASE_ROUTES = [
  pilotPhasesRoute,
  changeOrganisationPhaseRoute,
  tickChecklistRoute,
]
