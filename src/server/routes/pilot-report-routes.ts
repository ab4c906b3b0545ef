import { contract } from '../../contract/index.js'
import { pilotReportHtml, pilotReportWorkbook } from '../../report/index.js'
import { implement } from '../route.js'
import { pilotReportData } from './pilot-report-data.js'
import { renderPilotSections } from './pilot-report-sections.js'
import { ownProject } from './project-scope.js'
import { reportResponse } from './report-response.js'

export const pilotReportRoute = implement(contract.pilotReport.get, {
  handler: async (context) => {
    const { actor, db, params, query, services, audit } = context
    const project = await ownProject(db, actor, params.id, audit)
    const input = await pilotReportData(db, actor, project, services)
    const sections = await renderPilotSections(
      { db, actor, project, now: services.now() },
      input,
      query.lang,
    )
    return reportResponse(context, query.format, 'pilot-report', {
      html: () => pilotReportHtml(input, sections, query.lang),
      workbook: () => pilotReportWorkbook(sections, query.lang),
    })
  },
})

export const PILOT_REPORT_ROUTES = [pilotReportRoute]
