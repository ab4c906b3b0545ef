export * from './api.js'
export { addMonths } from './calendar-months.js'
export type { ColumnView, PersonDataSource, RetentionClass } from './person-data-sources.js'
export { PERSON_DATA_SOURCES, personDataSource } from './person-data-sources.js'
export type { PrivacyRequestKind, PrivacyRequestStatus } from './request.js'
export {
  ANSWER_MONTHS,
  daysLeft,
  EXTENSION_MONTHS,
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_STATUSES,
  privacyRequestKindSchema,
  requestDeadline,
} from './request.js'
export type {
  CareFramework,
  RetentionKind,
  RetentionRule,
  RetentionStartEvent,
} from './retention.js'
export {
  CARE_FRAMEWORKS,
  careFrameworkSchema,
  DEFAULT_RETENTION_RULES,
  RETENTION_KINDS,
  RETENTION_START_EVENTS,
  retentionDueDate,
  retentionKindSchema,
  retentionRuleSchema,
  retentionTable,
} from './retention.js'
