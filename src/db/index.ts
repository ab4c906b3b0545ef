export type { AuditChainVerdict, ChainHead } from './audit-chain.js'
export { hashAuditEntry, verifyAuditChain } from './audit-chain.js'
export type { AuditCheckpoint, CheckpointVerdict } from './audit-checkpoints.js'
export {
  AUDIT_CHECKPOINTS_FILE,
  appendAuditCheckpoint,
  auditCheckpointFile,
  openCheckpointFile,
  readCheckpointFile,
  verifyAgainstCheckpoints,
} from './audit-checkpoints.js'
export type { CreateDbOptions, DatabaseHandle } from './create-db.js'
export {
  createDb,
  createDbFromEnv,
  DEFAULT_POOL_SIZE,
  POSTGRES_TIMEOUTS,
  poolSizeFromEnv,
} from './create-db.js'
export { bsnHash } from './credentials/bsn-hash.js'
export { dummyPasswordHash, hashPassword, verifyPassword } from './credentials/password.js'
export { researchPseudonym } from './credentials/research-pseudonym.js'
export type { SealedSecret } from './credentials/secret-box.js'
export { newSecretKey, SecretBox } from './credentials/secret-box.js'
export { ensureSecretKeyMatches, openSecretBox } from './credentials/secret-key.js'
export { currentTotp, newTotpSecret, totpStep, totpUri } from './credentials/totp.js'
export { isInMemory } from './data-folder.js'
export type { DumpHeader, RestoreOutcome } from './dump.js'
export {
  countRows,
  dumpDatabase,
  InvalidAuditChainError,
  restoreDatabase,
  tablesInDependencyOrder,
} from './dump.js'
export type { MigrationOutcome } from './migrate.js'
export { migrateToLatest } from './migrate.js'
export type {
  AnalysisStatus,
  AnalysisSummary,
  DataFingerprint,
  FileFacts,
  StoredAnalysis,
} from './repositories/analysis-repository.js'
export {
  createAnalysis,
  failInterruptedAnalyses,
  findAnalysis,
  finishAnalysis,
  linkedResidentHashes,
  listAnalyses,
  setAnalysisProgress,
} from './repositories/analysis-repository.js'
export type { AuditFilter, AuditViewRow } from './repositories/audit-repository.js'
export {
  appendAuditEntry,
  countAuditEntries,
  listAuditEntries,
  readAuditChain,
  readChainHead,
  sealAllAuditEntries,
  sealAuditEntries,
} from './repositories/audit-repository.js'
export type { NewLedgerRow } from './repositories/budget-repository.js'
export {
  appendLedgerRow,
  domainYearSpends,
  findBudgetPot,
  findLedgerRow,
  listLedger,
  saveBudgetPot,
} from './repositories/budget-repository.js'
export type {
  ActionRow,
  AttendeeRow,
  CaseRow,
  ColleagueRow,
  ConferenceRow,
  NewAction,
  NewCase,
  NewConferences,
  PartnerMonthRow,
} from './repositories/case-conference-repository.js'
export {
  addAction,
  addActions,
  addAttendees,
  addCase,
  addCases,
  caseOnAgenda,
  conferenceAttendance,
  createConferences,
  findAction,
  findCase,
  findColleagues,
  findConference,
  listActions,
  listAttendees,
  listCases,
  listColleagues,
  listConferences,
  participantsWithBasis,
  updateAction,
  updateCase,
  updateConference,
} from './repositories/case-conference-repository.js'
export type { ConsentRow, ShareRow } from './repositories/consent-repository.js'
export {
  addConsent,
  addShare,
  listConsents,
  listShares,
} from './repositories/consent-repository.js'
export type {
  ConversationRow,
  ConversationStatus,
  ConversationVersionRow,
  EditResult,
} from './repositories/conversation-repository.js'
export {
  applyConversationEdits,
  archiveConversation,
  createConversation,
  findConversation,
  listConversationVersions,
  listProjectConversations,
  reopenConversation,
  signOffConversation,
} from './repositories/conversation-repository.js'
export {
  addTheme,
  createFinding,
  createLesson,
  ensureCodeBook,
  findConversationForFinding,
  findFinding,
  findLesson,
  findTheme,
  isProjectPartner,
  listFindings,
  listLessons,
  listThemes,
  mergeTheme,
  removeFinding,
  removeLesson,
  updateFinding,
  updateLesson,
  updateTheme,
} from './repositories/findings-repository.js'
export type { NewFollowUps } from './repositories/follow-up-repository.js'
export {
  countLatestCheckIns,
  findFollowUp,
  listDueFollowUps,
  listParticipantFollowUps,
  planFollowUps,
  recordCheckIn,
  rescheduleFollowUp,
} from './repositories/follow-up-repository.js'
export {
  completeMfaEnrolment,
  findMfaEnrolment,
  grantMfaExemption,
  isMfaExempt,
  listMfaExemptions,
  offerMfaEnrolment,
  revokeMfaExemption,
} from './repositories/mfa-repository.js'
export type { MkbaModelVersion, StoredMkbaModel } from './repositories/mkba-model-repository.js'
export {
  findMkbaModel,
  findMkbaModelVersion,
  listMkbaModelVersions,
  saveMkbaModel,
} from './repositories/mkba-model-repository.js'
export type {
  MunicipalityPolicy,
  MunicipalityRow,
} from './repositories/municipality-repository.js'
export {
  createMunicipality,
  findMunicipalityPolicy,
  listMunicipalities,
  saveMunicipalityPolicy,
} from './repositories/municipality-repository.js'
export type { OrganisationRow } from './repositories/organisation-repository.js'
export {
  createOrganisation,
  findOrganisation,
  listOrganisations,
} from './repositories/organisation-repository.js'
export type { NewMeasurement } from './repositories/outcome-repository.js'
export { addMeasurement, listOutcomeSeries } from './repositories/outcome-repository.js'
export type {
  AggregateDimension,
  EnrolmentRow,
  NewParticipant,
  ParticipantChanges,
  ParticipantRow,
  ParticipantScope,
} from './repositories/participant-repository.js'
export {
  countParticipantsBy,
  createParticipant,
  endEnrolment,
  enrolParticipant,
  findEnrolment,
  findParticipant,
  listEnrolments,
  listParticipants,
  listProjectEnrolments,
  newPseudonym,
  updateParticipant,
} from './repositories/participant-repository.js'
export type { PersonDataUnit } from './repositories/person-data-repository.js'
export {
  countUnitRows,
  deleteUnitRows,
  readSourceRows,
  sourcesOf,
} from './repositories/person-data-repository.js'
export type { StoredPilotDesign } from './repositories/pilot-design-repository.js'
export { findPilotDesign, savePilotDesign } from './repositories/pilot-design-repository.js'
export type { PlanVersionRow } from './repositories/plan-repository.js'
export { findPlan, listPlanVersions, savePlan } from './repositories/plan-repository.js'
export type {
  ActivePriceList,
  PriceListVersionRow,
} from './repositories/price-list-repository.js'
export {
  findActivePriceList,
  listPriceListVersions,
  saveMunicipalPriceList,
} from './repositories/price-list-repository.js'
export type {
  CorrectionRow,
  ErasureRow,
  RecipientRow,
  RestrictionRow,
} from './repositories/privacy-repository.js'
export {
  approveErasure,
  closePrivacyRequest,
  consentWithdrawn,
  correctParticipant,
  countRestrictedInProject,
  createPrivacyRequest,
  extendPrivacyRequest,
  findPrivacyRequest,
  isRestricted,
  liftRestriction,
  listPrivacyRequests,
  listRecipients,
  pendingErasure,
  requestErasure,
  restrictedAmong,
  restrictedAt,
  restrictParticipant,
} from './repositories/privacy-repository.js'
export type {
  ChecklistTickRow,
  OrganisationPhaseChangeRow,
} from './repositories/project-phase-repository.js'
export {
  addOrganisationPhaseChange,
  listChecklistTicks,
  listOrganisationPhaseChanges,
  tickChecklistItem,
  untickChecklistItem,
} from './repositories/project-phase-repository.js'
export type {
  NewProject,
  PhaseChangeRow,
  ProjectChanges,
  ProjectRow,
} from './repositories/project-repository.js'
export {
  createProject,
  findProject,
  listPhaseHistory,
  listProjectOrganisations,
  listProjects,
  updateProject,
} from './repositories/project-repository.js'
export type { RateLimitCount } from './repositories/rate-limit-repository.js'
export { countRateLimitHit } from './repositories/rate-limit-repository.js'
export type { DueKind } from './repositories/retention-repository.js'
export {
  checkRetention,
  destroyDue,
  fileClosings,
  findDue,
  lastRetentionCheck,
  listDestructionStatements,
  loadRetentionRules,
  recordRetentionCheck,
  researchEnd,
  ruleOf,
  saveRetentionRule,
} from './repositories/retention-repository.js'
export type { SessionRow } from './repositories/session-repository.js'
export {
  createSession,
  deleteSession,
  findSession,
  randomToken,
  touchSession,
} from './repositories/session-repository.js'
export type { SignInBackoff } from './repositories/sign-in-attempt-repository.js'
export {
  claimSignInAttempt,
  clearSignInAttempts,
} from './repositories/sign-in-attempt-repository.js'
export type { ContractInput } from './repositories/staff-repository.js'
export {
  capacityConferences,
  capacityContracts,
  capacityEnrolments,
  capacityVacancies,
  findCapacityThreshold,
  listUserContracts,
  listVacancies,
  replaceUserContracts,
  replaceVacancies,
  saveCapacityThreshold,
} from './repositories/staff-repository.js'
export type {
  StartfotoLink,
  StoredStartfotoRound,
  StoredStartfotoTemplate,
} from './repositories/startfoto-repository.js'
export {
  addStartfotoResponse,
  closeStartfotoRound,
  findOpenStartfotoRound,
  findStartfotoLink,
  findStartfotoTemplate,
  hasStartfotoResponses,
  listStartfotoRounds,
  openStartfotoRound,
  renewStartfotoLinks,
  saveStartfotoTemplate,
} from './repositories/startfoto-repository.js'
export type { StoredTimeEntry, UpsertOutcome } from './repositories/time-entry-repository.js'
export {
  findTimeEntry,
  firstContacts,
  listOwnTimeEntries,
  listProjectTimeEntries,
  organisationYearMinutes,
  recentTimeCases,
  teamMinuteTotals,
  upsertTimeEntry,
} from './repositories/time-entry-repository.js'
export type { NewUser, UserChange, UserRow } from './repositories/user-repository.js'
export {
  acceptTotpStep,
  changeUser,
  createUser,
  endSessionsOf,
  findUserByEmail,
  findUserById,
  findUserByOidcSubject,
  listUsers,
  normaliseEmail,
  recordSignIn,
} from './repositories/user-repository.js'
export type { Database } from './schema.js'
export type { DemoAccount, DemoFixture, DemoLogin, DemoOptions, DemoTenant } from './seed/demo.js'
export { findDemoLogins, isEmpty, loadDemo } from './seed/demo.js'
export { DEMO_ACCOUNTS_FILE, formatDemoAccounts, writeDemoAccounts } from './seed/demo-accounts.js'
export { SetupError } from './setup-error.js'
export { underStartupLock } from './startup-lock.js'
export { testAuditFields } from './test-audit-fields.js'
export type { TestDialect } from './test-dialects.js'
export { testDialects } from './test-dialects.js'
export { readStoredAuditChain, verifyStoredAuditChain } from './verify-audit.js'
export type { DatabaseRetry } from './wait-for-database.js'
export { DatabaseUnreachableError, START_RETRY, waitForDatabase } from './wait-for-database.js'
