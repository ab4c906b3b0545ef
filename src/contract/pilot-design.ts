import { idParamsSchema, pilotDesignResponseSchema, pilotDesignSchema } from '../domain/index.js'
import { route } from './route.js'

export const pilotDesign = {
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id/pilot-design',
    summary:
      "The project's pilot design (group sizes, follow-up, baseline, smallest difference that matters) with what it can show: the detectable difference, the power at the smallest difference, the group sizes that would suffice, one sentence and the power curve",
    params: idParamsSchema,
    response: { 200: pilotDesignResponseSchema },
    access: 'projects.read',
    data: 'none',
  }),
  save: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/pilot-design',
    summary: "Saves the project's pilot design, and answers with its assessment",
    params: idParamsSchema,
    body: pilotDesignSchema,
    response: { 200: pilotDesignResponseSchema },
    example: () => ({
      body: {
        outcome: 'proportion',
        nPilot: 150,
        nComparison: 150,
        followUpMonths: 18,
        baselineShare: 0.3,
        smallestDifference: 0.1,
      },
    }),
    access: 'projects.write',
    data: 'none',
  }),
}
