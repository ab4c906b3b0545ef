import { contract } from '../../contract/index.js'
import { pilotReportHtml, pilotReportWorkbook } from '../../report/index.js'
import { implement } from '../route.js'
import { pilotReportData } from './pilot-report-data.js'
import { ownProject } from './project-scope.js'
import { reportResponse } from './report-response.js'

export const pilotReportRoute = implement(contract.pilotReport.get, {
  handler: async (context) => {
    const { actor, db, params, query, services, audit } = context
    const project = await ownProject(db, actor, params.id, audit)
    const input = await pilotReportData(db, actor, project, services)
    return reportResponse(context, query.format, 'pilot-report', {
      html: () => pilotReportHtml(input, query.lang),
      workbook: () => pilotReportWorkbook(input, query.lang),
    })
  },
})

export const PILOT_REPORT_ROUTES = [pilotReportRoute]
