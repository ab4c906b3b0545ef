import { z } from 'zod'
import { route } from './route.js'

export const meta = {
  health: route({
    method: 'GET',
    url: '/api/v1/health',
    summary: 'Liveness and database check: 503 while the database does not answer',
    response: { 200: z.object({ status: z.literal('ok') }) },
    errors: [503],
    access: 'anyone',
    data: 'none',
  }),
  openApi: route({
    method: 'GET',
    url: '/api/v1/openapi.json',
    summary: 'This API as an OpenAPI 3 document',
    response: { 200: z.record(z.string(), z.unknown()) },
    access: 'anyone',
    data: 'none',
  }),
}
