import {
  businessCaseQuerySchema,
  businessCaseResponseSchema,
  idParamsSchema,
  reportQuerySchema,
} from '../domain/index.js'
import { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
import { route } from './route.js'

export const businessCase = {
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id/business-case',
    summary:
      "The project's business case from its table conversations: per case (unnamed), per stakeholder, T0 versus T1",
    params: idParamsSchema,
    query: businessCaseQuerySchema,
    response: { 200: businessCaseResponseSchema },
    access: 'businessCase.read',
    data: 'aggregate',
  }),
  report: route({
    method: 'GET',
    url: '/api/v1/projects/:id/business-case/report',
    summary:
      "The project's business-case report as a printable web page (html), a PDF or a workbook (xlsx)",
    params: idParamsSchema,
    query: businessCaseQuerySchema.extend(reportQuerySchema.shape),
    response: REPORT_RESPONSE,
    errors: REPORT_ERRORS,
    contentType: REPORT_CONTENT_TYPE,
    access: 'businessCase.read',
    data: 'aggregate',
  }),
}
