import { z } from 'zod'
import {
  idParamsSchema,
  recordedCostsSchema,
  timeEntryListResponseSchema,
  timeEntryQuerySchema,
  timeEntryRequestSchema,
  timeEntryResponseSchema,
  timeExportQuerySchema,
  timeImportRequestSchema,
  timeImportResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const time = {
  list: route({
    method: 'GET',
    url: '/api/v1/projects/:id/time-entries',
    summary:
      "The user's own time entries in the project over a period (most recent first), their own and their team's totals, and the cases they may record for, most recently used first",
    params: idParamsSchema,
    query: timeEntryQuerySchema,
    response: { 200: timeEntryListResponseSchema },
    example: () => ({ query: { from: '2026-03-02', to: '2026-03-08' } }),
    access: 'time.record',
    data: 'participant',
  }),
  save: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/time-entries',
    summary:
      'Records a contact with a case under the id the client made for it; the same id again corrects the entry (or changes nothing when it is the same, as a resent offline queue is)',
    params: idParamsSchema,
    body: timeEntryRequestSchema,
    response: { 200: timeEntryResponseSchema, 201: timeEntryResponseSchema },
    errors: [409],
    example: (ids) => ({
      body: {
        id: crypto.randomUUID(),
        participantId: ids.participant,
        kind: 'quick-message',
        minutes: 5,
        date: '2026-03-04',
      },
    }),
    access: 'time.record',
    data: 'participant',
  }),
  import: route({
    method: 'POST',
    url: '/api/v1/projects/:id/time-entries/import',
    summary:
      "Imports hours from an organisation's own time system (CSV or XLSX: pseudonym, e-mail of the professional, date, kind, minutes, own organisation): every row is checked, and one wrong row rejects the whole file",
    params: idParamsSchema,
    body: timeImportRequestSchema,
    response: { 201: timeImportResponseSchema },
    access: 'time.import',
    data: 'participant',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/projects/:id/time-entries/export',
    summary: "The project's time entries as CSV or XLSX, in the columns the import accepts",
    params: idParamsSchema,
    query: timeExportQuerySchema,
    response: { 200: z.union([z.string(), z.instanceof(Uint8Array)]) },
    contentType: 'text/csv; charset=utf-8',
    access: 'time.import',
    data: 'participant',
  }),
  costs: route({
    method: 'GET',
    url: '/api/v1/projects/:id/costs',
    summary:
      "The project's recorded cost of the intervention: hours (formal, informal, own organisation) and euros per organisation, stakeholder and year at the organisation's hourly tariff, and budget spends per domain and year, each with the number of entries behind it",
    params: idParamsSchema,
    response: { 200: recordedCostsSchema },
    access: 'costs.read',
    data: 'aggregate',
  }),
}
