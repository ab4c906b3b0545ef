export type { Plan, PlanGoal, PlanInput } from './plan.js'
export {
  EMPTY_PLAN,
  partnerActionSchema,
  planGoalSchema,
  planReviewSchema,
  planSchema,
  residentActionSchema,
} from './plan.js'
export type { PlanResponse, PlanVersionsResponse, SavePlanRequest } from './plan-api.js'
export {
  planChangeSchema,
  planPrintQuerySchema,
  planResponseSchema,
  planVersionsResponseSchema,
  savePlanRequestSchema,
} from './plan-api.js'
export type { PlanChange, PlanPart } from './plan-changes.js'
export { planChanges } from './plan-changes.js'
