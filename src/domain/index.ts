export type { CreateUserRequest } from './api/admin.js'
export {
  createOrganisationRequestSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  organisationSchema,
  passwordSchema,
  userListResponseSchema,
  userSummarySchema,
} from './api/admin.js'
export type {
  AnalysisError,
  AnalysisPreview,
  AnalysisStatusValue,
  AnalysisSummaryView,
  AnalysisView,
  CreateAnalysisRequest,
  UseEffectInMkbaRequest,
} from './api/analyses.js'
export {
  ANALYSIS_BODY_LIMIT_BYTES,
  analysisCreatedResponseSchema,
  analysisErrorSchema,
  analysisListResponseSchema,
  analysisPreviewRequestSchema,
  analysisPreviewResponseSchema,
  analysisResponseSchema,
  analysisStatusSchema,
  createAnalysisRequestSchema,
  useEffectInMkbaRequestSchema,
} from './api/analyses.js'
export type { AuditEntryView } from './api/audit.js'
export { auditEntrySchema, auditListResponseSchema, auditQuerySchema } from './api/audit.js'
export type {
  BusinessCaseCoverage,
  BusinessCaseQuery,
  BusinessCaseResponse,
} from './api/business-case.js'
export {
  businessCaseQuerySchema,
  businessCaseResponseSchema,
} from './api/business-case.js'
export type { IsoDate, Problem, ProblemCode } from './api/common.js'
export {
  emptyQuerySchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  organisationRefSchema,
  PROBLEM_CODES,
  problemIssueSchema,
  problemSchema,
} from './api/common.js'
export type {
  ConversationEditsResponse,
  ConversationState,
  ConversationSummary,
  CreateConversationRequest,
} from './api/conversations.js'
export {
  archiveRequestSchema,
  conversationEditsRequestSchema,
  conversationEditsResponseSchema,
  conversationListResponseSchema,
  conversationStateSchema,
  conversationSummarySchema,
  createConversationRequestSchema,
  reopenRequestSchema,
  reportQuerySchema,
  signOffRequestSchema,
} from './api/conversations.js'
export type {
  EndEnrolmentRequest,
  EnrolRequest,
  ParticipantImportRequest,
  ParticipantImportResponse,
  ProjectEnrolment,
} from './api/enrolments.js'
export {
  endEnrolmentRequestSchema,
  enrolRequestSchema,
  participantImportRequestSchema,
  participantImportResponseSchema,
  projectEnrolmentListResponseSchema,
  projectEnrolmentResponseSchema,
  projectEnrolmentSchema,
} from './api/enrolments.js'
export type {
  MkbaModelResponse,
  MkbaVersionListResponse,
  MkbaVersionResponse,
} from './api/mkba.js'
export {
  mkbaModelResponseSchema,
  mkbaVersionListResponseSchema,
  mkbaVersionParamsSchema,
  mkbaVersionResponseSchema,
  restoreMkbaVersionRequestSchema,
  saveMkbaModelRequestSchema,
} from './api/mkba.js'
export type {
  Consent,
  CreateConsentRequest,
  CreateParticipantRequest,
  CreateShareRequest,
  ParticipantDetail,
  ParticipantSummary,
  UpdateParticipantRequest,
} from './api/participants.js'
export {
  consentResponseSchema,
  consentSchema,
  createConsentRequestSchema,
  createParticipantRequestSchema,
  createShareRequestSchema,
  enrolmentSchema,
  participantDetailSchema,
  participantListQuerySchema,
  participantListResponseSchema,
  participantResponseSchema,
  participantSummarySchema,
  shareResponseSchema,
  shareSchema,
  updateParticipantRequestSchema,
} from './api/participants.js'
export type { ActivePriceListResponse, PriceListImportRequest } from './api/price-list.js'
export {
  activePriceListResponseSchema,
  priceListExportQuerySchema,
  priceListImportRequestSchema,
  priceListVersionsResponseSchema,
} from './api/price-list.js'
export type {
  CreateProjectRequest,
  PhaseChange,
  ProjectDetail,
  ProjectSummary,
  UpdateProjectRequest,
} from './api/projects.js'
export {
  createProjectRequestSchema,
  PERIOD_ORDER_TEXT,
  phaseChangeSchema,
  projectDetailSchema,
  projectListResponseSchema,
  projectResponseSchema,
  projectSummarySchema,
  updateProjectRequestSchema,
} from './api/projects.js'
export type { AggregateCell, AggregateResponse } from './api/research.js'
export {
  AGGREGATE_UNKNOWN,
  aggregateCellSchema,
  aggregateQuerySchema,
  aggregateResponseSchema,
} from './api/research.js'
export type { LoginRequest, SessionResponse, SessionUser } from './api/session.js'
export {
  csrfResponseSchema,
  loginRequestSchema,
  sessionResponseSchema,
  sessionUserSchema,
} from './api/session.js'
export type { AuditFields, ChainedAuditEntry } from './audit/audit-entry.js'
export { AUDIT_GENESIS_HASH, canonicalAuditJson } from './audit/audit-entry.js'
export type {
  BusinessCaseResult,
  CaseOptions,
  CaseResult,
  PricedCard,
  ProjectResult,
  StakeholderCosts,
} from './business-case/index.js'
export {
  businessCaseResultSchema,
  cardDescription,
  cardQuantity,
  caseLabel,
  computeBusinessCase,
  computeCase,
  createPriceLookup,
  MIN_CASES,
} from './business-case/index.js'
export { todayInAmsterdam } from './calendar.js'
export type { SyntheticCohort } from './cohort/index.js'
export { COHORT_HEADER, cohortCsvRow, generateSyntheticCohort } from './cohort/index.js'
export type { ConsentStatus, ShareBasis } from './consent/consent.js'
export {
  CONSENT_STATUSES,
  consentStatusSchema,
  SHARE_BASES,
  shareBasisSchema,
} from './consent/consent.js'
export type {
  ActivityCard,
  Card,
  ConversationEdit,
  ConversationEditInput,
  ConversationFile,
  ConversationFileInput,
  EditOutcome,
  EventCard,
  LiveConversation,
  PlacedCard,
  ScenarioName,
  TableConversation,
  TimeRange,
} from './conversation/index.js'
export {
  applyEdit,
  cardSchema,
  conversationEditSchema,
  conversationFileSchema,
  daysPerPercent,
  editTarget,
  expandRate,
  findCard,
  layoutLane,
  monthTicks,
  moveCard,
  periodEnd,
  REFERENCE_KINDS,
  referenceOf,
  SCENARIOS,
  sessionOf,
  stretchCard,
  tableConversationSchema,
  timeRange,
  ZRM_DOMAINS,
  type ZrmDomain,
  zrmDomainName,
} from './conversation/index.js'
export {
  DEFAULTS,
  DISCOUNT_RATE_MAX,
  DISCOUNT_RATE_RANGE,
  discountRateSchema,
} from './defaults.js'
export type { DisclosureRules, PublishedCount, Suppression } from './disclosure/index.js'
export {
  DISCLOSURE_RULES,
  publishLinkedTables,
  suppressionReason,
} from './disclosure/index.js'
export type { IssueLocation, LocalisedMessage, ValidationIssue } from './errors.js'
export {
  ConflictError,
  ForbiddenError,
  formatIssue,
  isDomainError,
  NotFoundError,
  ValidationError,
} from './errors.js'
export type { Decimals, Language } from './format/index.js'
export {
  formatCompactEuro,
  formatEuro,
  formatMoment,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPlainNumber,
} from './format/index.js'
export type {
  EffectEstimate,
  EffectOutcome,
  EffectReference,
  FieldChange,
  MkbaItemFile,
  MkbaModelFile,
  MkbaModelFileInput,
  ModelComparison,
  ModelResolvers,
} from './mkba/index.js'
export {
  compareMkbaModels,
  effectOutcomes,
  findEffect,
  followValue,
  isUnchanged,
  itemFromCases,
  itemFromEffect,
  itemFromPrice,
  mkbaModelFileSchema,
  parseMkbaModel,
  priceResolver,
} from './mkba/index.js'
export { municipalityNameSchema } from './municipality/municipality.js'
export { BOUNDS, DATE_YEARS } from './number/bounds.js'
export type { NumberLanguage, ParsedNumber } from './number/parse-number.js'
export { LARGEST_INPUT, numberProblemText, parseNumber } from './number/parse-number.js'
export type { OrganisationKind } from './organisation/organisation.js'
export { ORGANISATION_KINDS, organisationKindSchema } from './organisation/organisation.js'
export type { AgeBand, HouseholdType } from './participant/participant.js'
export {
  AGE_BANDS,
  ageBandSchema,
  HOUSEHOLD_TYPES,
  householdTypeSchema,
  isValidBsn,
  LADDER_RUNGS,
  ladderRungSchema,
  pseudonymSchema,
} from './participant/participant.js'
export type { ParticipantRowInput } from './participant/participant-rows.js'
export {
  PARTICIPANT_COLUMNS,
  participantsFromRows,
  periodText,
  withinPeriod,
} from './participant/participant-rows.js'
export type {
  ItemPrice,
  PriceLevel,
  PriceList,
  PriceListItem,
  PriceMatch,
  PriceProblem,
} from './price-list/index.js'
export {
  bestPriceMatch,
  CPI_SERIES,
  createPricer,
  EARLIEST_CPI_YEAR,
  indexPrice,
  isPriceProblem,
  itemsMatching,
  LATEST_CPI_YEAR,
  PRICE_DOMAINS,
  PRICE_LIST_COLUMNS,
  priceItem,
  priceListFromRows,
  priceListSchema,
  priceListToRows,
  priceOf,
  priceProblemText,
  STARTER_PRICE_LIST,
  unitName,
} from './price-list/index.js'
export type { MinkmanPhase } from './project/project.js'
export { MINKMAN_PHASES, minkmanPhaseSchema } from './project/project.js'
export type { Stakeholder } from './stakeholder/stakeholder.js'
export {
  modelStakeholderFor,
  STAKEHOLDERS,
  stakeholderName,
  stakeholderSchema,
} from './stakeholder/stakeholder.js'
export type { StudyResult, StudySpec, StudyStage, StudyTable } from './study/index.js'
export { categoricalTerms, runStudy, studyColumns, studySpecSchema } from './study/index.js'
export { TEXT_LIMITS } from './text/text.js'
export type { Action } from './user/permissions.js'
export { can, PERMISSIONS, requiresMfa, whoCan } from './user/permissions.js'
export type { Role } from './user/role.js'
export { ROLES, roleSchema, TEAM_SCOPED_ROLES } from './user/role.js'
export { formatPath, MISSING_REQUIRED, toValidationError } from './validation/index.js'
