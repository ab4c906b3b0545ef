import { idParamsSchema, reportQuerySchema } from '../domain/index.js'
import { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
import { route } from './route.js'

export const pilotReport = {
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id/report',
    summary:
      'The pilot report: plain-language conclusions on the first page, then what was done (conferences, partners at the table, hours, budget spends), capacity over time, the phase timeline with its checklists, the case-based and register-based results and a methods appendix; each figure with its source and number of observations, nothing with fewer than 10 as a rate. As the printable page (html), a PDF or a workbook (xlsx)',
    params: idParamsSchema,
    query: reportQuerySchema,
    response: REPORT_RESPONSE,
    errors: [...REPORT_ERRORS],
    contentType: REPORT_CONTENT_TYPE,
    access: 'pilotReport.read',
    data: 'aggregate',
  }),
}
