import { aggregateQuerySchema, aggregateResponseSchema } from '../domain/index.js'
import { route } from './route.js'

export const research = {
  aggregate: route({
    method: 'GET',
    url: '/api/v1/research/participants/aggregate',
    summary:
      'Counts of a project’s participants per rung, district, age band and household; small cells suppressed',
    query: aggregateQuerySchema,
    response: { 200: aggregateResponseSchema },
    access: 'participants.aggregate',
    data: 'aggregate',
  }),
}
