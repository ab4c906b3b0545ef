import { contract } from '../../contract/index.js'
import { countParticipantsBy, countRestrictedInProject, findProject } from '../../db/index.js'
import {
  AGGREGATE_UNKNOWN,
  DISCLOSURE_RULES,
  NotFoundError,
  publishLinkedTables,
} from '../../domain/index.js'
import { implement } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { publishedWithReason } from './published-count.js'

const DIMENSIONS = ['ladder_rung', 'district', 'age_band', 'household_type'] as const

export const aggregateRoute = implement(contract.research.aggregate, {
  handler: async ({ actor, db, query, services }) => {
    const project = await findProject(db, actor.municipality.id, query.projectId)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const at = services.now()
    // residents who restricted use or objected are left out from that moment (AVG art. 18, 21)
    const restricted = await countRestrictedInProject(db, project.id, at)
    const counted = []
    for (const dimension of DIMENSIONS) {
      const filter = { municipalityId: actor.municipality.id, projectId: project.id, dimension, at }
      const cells = await countParticipantsBy(db, filter)
      counted.push(cells.map((c) => ({ value: c.value ?? AGGREGATE_UNKNOWN, count: c.count })))
    }
    // The four tables share the participant count, which the project pages show exactly, so
    // they are suppressed as one linked table against that exact total.
    const published = publishLinkedTables(
      project.participantCount - restricted,
      counted,
      DISCLOSURE_RULES,
    )
    const [byLadderRung = [], byDistrict = [], byAgeBand = [], byHouseholdType = []] =
      published.dimensions.map((cells) =>
        cells.map(({ value, ...cell }) => ({ value, ...publishedWithReason(cell) })),
      )
    return {
      status: 200,
      body: {
        projectId: project.id,
        total: publishedWithReason(published.total),
        suppressionThreshold: DISCLOSURE_RULES.threshold,
        roundingBase: DISCLOSURE_RULES.roundingBase,
        byLadderRung,
        byDistrict,
        byAgeBand,
        byHouseholdType,
        leftOut: { restricted },
      },
    }
  },
})

export const RESEARCH_ROUTES = [aggregateRoute]
