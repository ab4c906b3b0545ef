import { contract } from '../../contract/index.js'
import { implement } from '../route.js'

export const healthRoute = implement(contract.meta.health, {
  handler: async ({ db }) => {
    await db.selectFrom('audit_chain_head').select('id').executeTakeFirstOrThrow()
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
