import { z } from 'zod'
import { auditListResponseSchema, auditQuerySchema } from '../domain/index.js'
import { route } from './route.js'

export const audit = {
  list: route({
    method: 'GET',
    url: '/api/v1/audit',
    summary:
      'Audit entries of the municipality: who viewed a person (personId), what an employee did (actorId)',
    query: auditQuerySchema,
    response: { 200: auditListResponseSchema },
    access: 'audit.read',
    data: 'participant',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/audit/export',
    summary: 'The same entries as CSV',
    query: auditQuerySchema,
    response: { 200: z.string() },
    contentType: 'text/csv; charset=utf-8',
    access: 'audit.read',
    data: 'participant',
  }),
}
