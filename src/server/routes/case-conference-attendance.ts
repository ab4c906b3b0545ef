import { contract } from '../../contract/index.js'
import { conferenceAttendance, findProject } from '../../db/index.js'
import { DISCLOSURE_RULES, NotFoundError, publishAttendance } from '../../domain/index.js'
import { implement } from '../route.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'

export const conferenceAttendanceRoute = implement(contract.caseConferences.attendance, {
  handler: async ({ actor, db, query }) => {
    const project = await findProject(db, actor.municipality.id, query.projectId)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const counted = await conferenceAttendance(db, project.id)
    return {
      status: 200,
      body: {
        projectId: project.id,
        suppressionThreshold: DISCLOSURE_RULES.threshold,
        roundingBase: DISCLOSURE_RULES.roundingBase,
        months: publishAttendance(
          counted.conferences,
          counted.partners.map(({ organisationId, organisationName, ...row }) => ({
            ...row,
            organisation: { id: organisationId, name: organisationName },
          })),
          DISCLOSURE_RULES,
        ),
      },
    }
  },
})
