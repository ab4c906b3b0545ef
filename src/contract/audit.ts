import { z } from 'zod'
import {
  auditActorsResponseSchema,
  auditListResponseSchema,
  auditQuerySchema,
  emptyQuerySchema,
} from '../domain/index.js'
import { route } from './route.js'

export const audit = {
  list: route({
    method: 'GET',
    url: '/api/v1/audit',
    summary:
      'Audit entries of the municipality, newest first and paged: who viewed a resident (personId or pseudonym), what an employee did (actorId), in a period (from, to)',
    query: auditQuerySchema,
    response: { 200: auditListResponseSchema },
    access: 'audit.read',
    data: 'participant',
  }),
  actors: route({
    method: 'GET',
    url: '/api/v1/audit/actors',
    summary: 'The employees of the municipality, to search the audit log by one of them',
    query: emptyQuerySchema,
    response: { 200: auditActorsResponseSchema },
    access: 'audit.read',
    data: 'none',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/audit/export',
    summary:
      'Every entry the search finds (all pages) as CSV, with local time and the action in words',
    query: auditQuerySchema,
    response: { 200: z.string() },
    contentType: 'text/csv; charset=utf-8',
    access: 'audit.read',
    data: 'participant',
  }),
}
