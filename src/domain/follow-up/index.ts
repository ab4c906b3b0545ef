export type { CheckInOutcome, FollowUp, RelapseResponse } from './follow-up.js'
export {
  addMonths,
  CHECK_IN_OUTCOMES,
  checkInDates,
  checkInRequestSchema,
  DEFAULT_CHECK_IN_MONTHS,
  dueFollowUpsQuerySchema,
  dueFollowUpsResponseSchema,
  followUpListResponseSchema,
  followUpResponseSchema,
  followUpSchema,
  OUTFLOW_KINDS,
  planFollowUpsRequestSchema,
  relapseQuerySchema,
  relapseResponseSchema,
  rescheduleRequestSchema,
  weekOf,
} from './follow-up.js'
