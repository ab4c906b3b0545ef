import {
  ANALYSIS_BODY_LIMIT_BYTES,
  analysisCreatedResponseSchema,
  analysisListResponseSchema,
  analysisPreviewRequestSchema,
  analysisPreviewResponseSchema,
  analysisResponseSchema,
  createAnalysisRequestSchema,
  idParamsSchema,
  mkbaModelResponseSchema,
  reportQuerySchema,
  useEffectInMkbaRequestSchema,
} from '../domain/index.js'
import { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
import { route } from './route.js'

/** A tiny extract with a pilot group of four, for the authorization matrix and fuzz tests. */
const EXAMPLE_CSV = [
  'id,pilot,age,outflow',
  ...Array.from({ length: 12 }, (_, i) => `p${i},${i % 3 === 0 ? 1 : 0},${30 + i},${i % 2}`),
].join('\n')

export const analyses = {
  create: route({
    method: 'POST',
    url: '/api/v1/projects/:id/analyses',
    summary:
      "Runs an effect analysis of a register extract (CSV, or XLSX as base64) with a study specification (the CLI's spec file) in a worker thread: 202 at once, then GET the analysis for its progress and results. The data is not kept; its fingerprint is",
    params: idParamsSchema,
    body: createAnalysisRequestSchema,
    response: { 202: analysisCreatedResponseSchema },
    bodyLimit: ANALYSIS_BODY_LIMIT_BYTES,
    example: () => ({
      body: {
        name: 'Voorbeeld',
        spec: {
          id: 'id',
          group: { column: 'pilot', treated: '1' },
          covariates: [{ column: 'age', type: 'numeric' }],
          outcomes: [{ name: 'uitstroom', type: 'binary', column: 'outflow' }],
        },
        data: { format: 'csv', content: EXAMPLE_CSV },
      },
    }),
    access: 'analyses.run',
    data: 'aggregate',
  }),
  preview: route({
    method: 'POST',
    url: '/api/v1/projects/:id/analyses/preview',
    summary:
      "The header and first ten rows of a register extract (a CSV's first lines, or the XLSX file), read as a run would read it, for the column-mapping step; nothing is kept",
    params: idParamsSchema,
    body: analysisPreviewRequestSchema,
    response: { 200: analysisPreviewResponseSchema },
    bodyLimit: ANALYSIS_BODY_LIMIT_BYTES,
    example: () => ({ body: { format: 'csv', content: EXAMPLE_CSV } }),
    access: 'analyses.run',
    data: 'aggregate',
  }),
  list: route({
    method: 'GET',
    url: '/api/v1/projects/:id/analyses',
    summary:
      "Every run of the project's effect analyses, newest first: its status, data fingerprint (hash, rows, upload time, uploader) and engine version",
    params: idParamsSchema,
    response: { 200: analysisListResponseSchema },
    access: 'analyses.read',
    data: 'aggregate',
  }),
  get: route({
    method: 'GET',
    url: '/api/v1/analyses/:id',
    summary:
      "One effect analysis: status, progress (0..1), its specification, and once done exactly the CLI's results.json, or the refusal with every problem's row and column",
    params: idParamsSchema,
    response: { 200: analysisResponseSchema },
    access: 'analyses.read',
    data: 'aggregate',
  }),
  report: route({
    method: 'GET',
    url: '/api/v1/analyses/:id/report',
    summary:
      'The report of a finished effect analysis: the printable page (html, Dutch and English), a PDF or the workbook (xlsx), as `effectwijzer analyse` writes them',
    params: idParamsSchema,
    query: reportQuerySchema,
    response: REPORT_RESPONSE,
    errors: [...REPORT_ERRORS, 409],
    contentType: REPORT_CONTENT_TYPE,
    access: 'analyses.read',
    data: 'aggregate',
  }),
  useInMkba: route({
    method: 'POST',
    url: '/api/v1/analyses/:id/mkba',
    summary:
      "Gebruik in MKBA: adds an outcome's estimate and standard error to the project's MKBA model as a quantity with its uncertainty (multiplier × effect), saved as a new version",
    params: idParamsSchema,
    body: useEffectInMkbaRequestSchema,
    response: { 200: mkbaModelResponseSchema },
    errors: [409],
    example: () => ({ body: { outcome: 'uitstroom', multiplier: 4, unitValue: 12000 } }),
    access: 'mkba.save',
    data: 'aggregate',
  }),
}
