import { contract } from '../../contract/index.js'
import { type AggregateDimension, countParticipantsBy, findProject } from '../../db/index.js'
import { AGGREGATE_UNKNOWN, NotFoundError } from '../../domain/index.js'
import { implement } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

/** Cells with fewer participants than this are suppressed (CBS's common minimum cell size). */
export const SUPPRESSION_THRESHOLD = 5

/** Small cells suppressed; no recorded value becomes the AGGREGATE_UNKNOWN code. */
function suppress(cells: readonly { value: string | null; count: number }[]) {
  return cells.map((cell) => {
    const value = cell.value ?? AGGREGATE_UNKNOWN
    return cell.count < SUPPRESSION_THRESHOLD
      ? { value, count: null, suppressed: true }
      : { value, count: cell.count, suppressed: false }
  })
}

export const aggregateRoute = implement(contract.research.aggregate, {
  handler: async ({ actor, db, query }) => {
    const project = await findProject(db, actor.municipality.id, query.projectId)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const by = async (dimension: AggregateDimension) =>
      suppress(
        await countParticipantsBy(db, {
          municipalityId: actor.municipality.id,
          projectId: project.id,
          dimension,
        }),
      )
    const total = project.participantCount
    return {
      status: 200,
      body: {
        projectId: project.id,
        total: total < SUPPRESSION_THRESHOLD ? null : total,
        suppressionThreshold: SUPPRESSION_THRESHOLD,
        byLadderRung: await by('ladder_rung'),
        byDistrict: await by('district'),
        byAgeBand: await by('age_band'),
        byHouseholdType: await by('household_type'),
      },
    }
  },
})

export const RESEARCH_ROUTES = [aggregateRoute]
