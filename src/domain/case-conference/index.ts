export type {
  AddActionRequest,
  AddCaseRequest,
  AttendanceResponse,
  Colleague,
  ConferenceAction,
  ConferenceCase,
  ConferenceDetail,
  ConferenceSummary,
  CreateConferenceRequest,
  Minutes,
  MyActionsResponse,
  UpdateActionRequest,
  UpdateCaseRequest,
  UpdateConferenceRequest,
} from './api.js'
export {
  actionResponseSchema,
  addActionRequestSchema,
  addCaseRequestSchema,
  attendanceQuerySchema,
  attendanceResponseSchema,
  caseResponseSchema,
  colleagueListResponseSchema,
  conferenceListQuerySchema,
  conferenceListResponseSchema,
  conferenceResponseSchema,
  createConferenceRequestSchema,
  createConferenceResponseSchema,
  minutesQuerySchema,
  minutesResponseSchema,
  myActionsQuerySchema,
  myActionsResponseSchema,
  updateActionRequestSchema,
  updateCaseRequestSchema,
  updateConferenceRequestSchema,
} from './api.js'
export type { PartnerMonthCount } from './attendance.js'
export { publishAttendance } from './attendance.js'
export type { ActionStatus, ConferenceCadence, ConferenceDomain } from './conference.js'
export {
  ACTION_STATUSES,
  CONFERENCE_CADENCES,
  CONFERENCE_DOMAIN_NAMES,
  CONFERENCE_DOMAINS,
  defaultDomain,
  MAX_SERIES_LENGTH,
  seriesDates,
} from './conference.js'
