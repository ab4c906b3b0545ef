export type { CreateUserRequest } from './api/admin.js'
export {
  changeUserRequestSchema,
  createOrganisationRequestSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  municipalityPolicyResponseSchema,
  municipalityPolicySchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  organisationSchema,
  passwordSchema,
  resetCredentialsRequestSchema,
  userListResponseSchema,
  userResponseSchema,
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
export type { AuditEntryView, AuditQuery } from './api/audit.js'
export {
  AUDIT_MAX_PAGE_SIZE,
  AUDIT_PAGE_SIZE,
  auditActorsResponseSchema,
  auditEntrySchema,
  auditListResponseSchema,
  auditQuerySchema,
} from './api/audit.js'
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
export type { MfaEnrolmentResponse, MfaExemption } from './api/mfa.js'
export {
  exemptableRoleSchema,
  grantMfaExemptionRequestSchema,
  mfaEnrolmentResponseSchema,
  mfaExemptionListResponseSchema,
  mfaExemptionSchema,
  revokeMfaExemptionQuerySchema,
} from './api/mfa.js'
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
export { describeAuditAction, hasAuditActionWords } from './audit/audit-actions.js'
export type { AuditFields, ChainedAuditEntry } from './audit/audit-entry.js'
export { AUDIT_GENESIS_HASH, canonicalAuditJson } from './audit/audit-entry.js'
export type {
  BudgetDomain,
  BudgetLedgerResponse,
  BudgetPot,
  BudgetSpendRequest,
  LedgerRow,
  LedgerSummary,
} from './budget/index.js'
export {
  approvalProblem,
  BUDGET_DOMAINS,
  budgetDomainSchema,
  budgetLedgerResponseSchema,
  budgetPotSchema,
  budgetSpendRequestSchema,
  ledgerSummarySchema,
  SPEND_FLAGS,
  spendStakeholder,
  summariseLedger,
} from './budget/index.js'
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
export { MS_PER_DAY, todayInAmsterdam } from './calendar.js'
export type {
  CapacityContract,
  CapacityEnrolment,
  CapacityEntry,
  CapacityInput,
  CapacityMonth,
  CapacityResponse,
  CapacityVacancy,
  TeamKey,
  UserContracts,
} from './capacity/index.js'
export {
  capacityMonthSchema,
  capacityResponseSchema,
  capacitySettingsSchema,
  computeCapacity,
  DEFAULT_MAX_CASES_PER_FTE,
  FULL_TIME_HOURS,
  monthsBetween,
  teamMonths,
  userContractSchema,
  userContractsRequestSchema,
  userContractsResponseSchema,
  vacanciesRequestSchema,
  vacanciesResponseSchema,
  vacancySchema,
} from './capacity/index.js'
export type {
  ActionStatus,
  AddActionRequest,
  AddCaseRequest,
  AttendanceResponse,
  Colleague,
  ConferenceAction,
  ConferenceCadence,
  ConferenceCase,
  ConferenceDetail,
  ConferenceDomain,
  ConferenceSummary,
  CreateConferenceRequest,
  Minutes,
  MyActionsResponse,
  PartnerMonthCount,
  UpdateActionRequest,
  UpdateCaseRequest,
  UpdateConferenceRequest,
} from './case-conference/index.js'
export {
  ACTION_STATUSES,
  actionResponseSchema,
  addActionRequestSchema,
  addCaseRequestSchema,
  attendanceQuerySchema,
  attendanceResponseSchema,
  CONFERENCE_CADENCES,
  CONFERENCE_DOMAIN_NAMES,
  CONFERENCE_DOMAINS,
  caseResponseSchema,
  colleagueListResponseSchema,
  conferenceListQuerySchema,
  conferenceListResponseSchema,
  conferenceResponseSchema,
  createConferenceRequestSchema,
  createConferenceResponseSchema,
  defaultDomain,
  MAX_SERIES_LENGTH,
  minutesQuerySchema,
  minutesResponseSchema,
  myActionsQuerySchema,
  myActionsResponseSchema,
  publishAttendance,
  seriesDates,
  updateActionRequestSchema,
  updateCaseRequestSchema,
  updateConferenceRequestSchema,
} from './case-conference/index.js'
export type { Clock } from './clock.js'
export { clockAt, systemClock } from './clock.js'
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
  linkedOneWayTables,
  publishCounts,
  publishLinkedTables,
  suppressionReason,
  twoWayTable,
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
export * from './findings/index.js'
export type { CheckInOutcome, FollowUp, RelapseResponse } from './follow-up/index.js'
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
} from './follow-up/index.js'
export type { Decimals, Language } from './format/index.js'
export {
  formatCompactEuro,
  formatDay,
  formatEuro,
  formatMoment,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPlainNumber,
  formatWeekday,
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
export type {
  EvaluationColumn,
  EvaluationInput,
  EvaluationRow,
  OutcomeAggregateResponse,
  OutcomePoint,
  RecordMeasurementRequest,
} from './outcome/index.js'
export {
  conversationPoint,
  EVALUATION_COLUMNS,
  evaluationRow,
  outcomeAggregateQuerySchema,
  outcomeAggregateResponseSchema,
  outcomeChange,
  outcomePointResponseSchema,
  outcomePointSchema,
  outcomeSeriesQuerySchema,
  outcomeSeriesResponseSchema,
  recordMeasurementRequestSchema,
  sortSeries,
} from './outcome/index.js'
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
  PilotAssessment,
  PilotDesign,
  PilotDesignInput,
  PilotDesignResponse,
  PilotGroupSizes,
  PilotOutcome,
} from './pilot-design/index.js'
export {
  assessPilotDesign,
  PILOT_DESIGN_MESSAGES,
  PILOT_OUTCOMES,
  pilotAssessmentSchema,
  pilotDesignResponseSchema,
  pilotDesignSchema,
} from './pilot-design/index.js'
export type {
  Plan,
  PlanChange,
  PlanGoal,
  PlanInput,
  PlanPart,
  PlanResponse,
  PlanVersionsResponse,
  SavePlanRequest,
} from './plan/index.js'
export {
  EMPTY_PLAN,
  planChangeSchema,
  planChanges,
  planPrintQuerySchema,
  planResponseSchema,
  planSchema,
  planVersionsResponseSchema,
  savePlanRequestSchema,
} from './plan/index.js'
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
export * from './privacy/index.js'
export type {
  ChecklistEntry,
  ChecklistItem,
  ChecklistTickRequest,
  MinkmanPhase,
  OrganisationPhaseChangeRequest,
  PhaseBand,
  PhaseRow,
  PilotPhasesResponse,
} from './project/index.js'
export {
  checklistEntrySchema,
  checklistFor,
  checklistItem,
  checklistTickRequestSchema,
  MINKMAN_PHASE_COLOURS,
  MINKMAN_PHASE_NAMES,
  MINKMAN_PHASES,
  minkmanPhaseSchema,
  organisationPhaseChangeRequestSchema,
  PHASE_CHECKLIST,
  PHASE_DATE_MESSAGES,
  phaseBands,
  phaseDateProblem,
  phaseRowSchema,
  pilotPhasesResponseSchema,
  quarterStarts,
  timelineSpan,
} from './project/index.js'
export type { Stakeholder } from './stakeholder/stakeholder.js'
export {
  modelStakeholderFor,
  STAKEHOLDERS,
  stakeholderName,
  stakeholderSchema,
} from './stakeholder/stakeholder.js'
export * from './startfoto/index.js'
export type {
  PublishedAtRisk,
  PublishedOutcome,
  PublishedResults,
  StudyResult,
  StudySpec,
  StudyStage,
  StudyTable,
} from './study/index.js'
export {
  categoricalTerms,
  EFFECT_ANALYSIS_RULES,
  publishedResults,
  runStudy,
  shownCount,
  studyColumns,
  studySpecSchema,
} from './study/index.js'
export { TEXT_LIMITS } from './text/text.js'
export type {
  DomainYearSpends,
  HourlyTariff,
  HourlyTariffProblem,
  MinuteTotals,
  OrganisationYearMinutes,
  RecordedCosts,
  TimeEntry,
  TimeEntryListResponse,
  TimeEntryRequest,
  TimeKind,
  TimeRowInput,
} from './time/index.js'
export {
  costItems,
  FORMAL_KINDS,
  HOURLY_TARIFF_CODE,
  hourlyTariff,
  hoursCents,
  INFORMAL_KINDS,
  isInformal,
  isTariffProblem,
  KIND_NAMES_NL,
  MAX_ENTRY_MINUTES,
  minuteTotals,
  minuteTotalsSchema,
  QUICK_MINUTES,
  recordedCosts,
  recordedCostsSchema,
  TIME_COLUMNS,
  TIME_KINDS,
  TYPICAL_MINUTES,
  timeCaseSchema,
  timeEntriesFromRows,
  timeEntriesToRows,
  timeEntryListResponseSchema,
  timeEntryQuerySchema,
  timeEntryRequestSchema,
  timeEntryResponseSchema,
  timeEntrySchema,
  timeExportQuerySchema,
  timeImportRequestSchema,
  timeImportResponseSchema,
  timeKindSchema,
} from './time/index.js'
export type { Action } from './user/permissions.js'
export {
  can,
  MFA_EXEMPTABLE_ROLES,
  MFA_ROLES,
  PERMISSIONS,
  PERSON_LEVEL_ACTIONS,
  requiresMfa,
  whoCan,
} from './user/permissions.js'
export type { Role } from './user/role.js'
export { ROLES, roleSchema, TEAM_SCOPED_ROLES } from './user/role.js'
export { formatPath, MISSING_REQUIRED, toValidationError } from './validation/index.js'
