import { z } from 'zod'
import { DatabaseUnavailableError } from '../http-errors.js'
import { defineRoute } from '../route.js'

export const healthRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/health',
  summary: 'Liveness and database check: 503 while the database does not answer',
  response: { 200: z.object({ status: z.literal('ok') }) },
  errors: [503],
  handler: async ({ db, request }) => {
    try {
      await db.selectFrom('audit_chain_head').select('id').executeTakeFirstOrThrow()
    } catch (error) {
      request.log.warn({ databaseError: String(error) }, 'health check: database unavailable')
      throw new DatabaseUnavailableError(error)
    }
    return { status: 200, body: { status: 'ok' as const } }
  },
})

export const openApiRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/openapi.json',
  summary: 'This API as an OpenAPI 3 document',
  response: { 200: z.record(z.string(), z.unknown()) },
  handler: async ({ request }) => ({
    status: 200,
    body: request.server.swagger() as unknown as Record<string, unknown>,
  }),
})

export const META_ROUTES = [healthRoute, openApiRoute]
