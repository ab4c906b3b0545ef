import { contract } from '../../contract/index.js'
import { DatabaseUnavailableError } from '../http-errors.js'
import { implement } from '../route.js'

export const healthRoute = implement(contract.meta.health, {
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

export const openApiRoute = implement(contract.meta.openApi, {
  handler: async ({ request }) => ({
    status: 200,
    body: request.server.swagger() as unknown as Record<string, unknown>,
  }),
})

export const META_ROUTES = [healthRoute, openApiRoute]
