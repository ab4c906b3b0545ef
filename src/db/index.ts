export type { AuditChainVerdict, ChainHead } from './audit-chain.js'
export { hashAuditEntry, verifyAuditChain } from './audit-chain.js'
export type { CreateDbOptions, DatabaseHandle } from './create-db.js'
export { createDb, createDbFromEnv } from './create-db.js'
export { bsnHash } from './credentials/bsn-hash.js'
export { dummyPasswordHash, hashPassword, verifyPassword } from './credentials/password.js'
export { currentTotp, newTotpSecret, totpUri, verifyTotp } from './credentials/totp.js'
export type { DumpHeader } from './dump.js'
export { countRows, dumpDatabase, restoreDatabase, tablesInDependencyOrder } from './dump.js'
export type { MigrationOutcome } from './migrate.js'
export { migrateToLatest } from './migrate.js'
export type { AuditFilter, AuditViewRow } from './repositories/audit-repository.js'
export {
  appendAuditEntry,
  listAuditEntries,
  readAuditChain,
  readChainHead,
} from './repositories/audit-repository.js'
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
  createConversation,
  findConversation,
  listConversationVersions,
  listProjectConversations,
  reopenConversation,
  signOffConversation,
} from './repositories/conversation-repository.js'
export type { StoredMkbaModel } from './repositories/mkba-model-repository.js'
export { findMkbaModel, saveMkbaModel } from './repositories/mkba-model-repository.js'
export type { MunicipalityRow } from './repositories/municipality-repository.js'
export { createMunicipality, listMunicipalities } from './repositories/municipality-repository.js'
export type { OrganisationRow } from './repositories/organisation-repository.js'
export {
  createOrganisation,
  findOrganisation,
  listOrganisations,
} from './repositories/organisation-repository.js'
export type {
  AggregateDimension,
  NewParticipant,
  ParticipantChanges,
  ParticipantRow,
  ParticipantScope,
} from './repositories/participant-repository.js'
export {
  countParticipantsBy,
  createParticipant,
  enrolParticipant,
  findParticipant,
  listEnrolments,
  listParticipants,
  newPseudonym,
  updateParticipant,
} from './repositories/participant-repository.js'
export type {
  ActivePriceList,
  PriceListVersionRow,
} from './repositories/price-list-repository.js'
export {
  findActivePriceList,
  listPriceListVersions,
  saveMunicipalPriceList,
} from './repositories/price-list-repository.js'
export type { NewProject, ProjectRow } from './repositories/project-repository.js'
export {
  createProject,
  findProject,
  listProjectOrganisations,
  listProjects,
} from './repositories/project-repository.js'
export type { SessionRow } from './repositories/session-repository.js'
export {
  createSession,
  deleteSession,
  findSession,
  randomToken,
  touchSession,
} from './repositories/session-repository.js'
export type { NewUser, UserRow } from './repositories/user-repository.js'
export {
  createUser,
  findUserByEmail,
  findUserById,
  findUserByOidcSubject,
  listUsers,
  normaliseEmail,
  recordFailedLogin,
  resetFailedLogins,
} from './repositories/user-repository.js'
export type { Database } from './schema.js'
export type { DemoFixture, DemoLogin, DemoTenant } from './seed/demo.js'
export { DEMO_PASSWORD, DEMO_TOTP_SECRET, findDemoLogins, isEmpty, loadDemo } from './seed/demo.js'
export type { TestDialect } from './test-dialects.js'
export { testDialects } from './test-dialects.js'
export { verifyStoredAuditChain } from './verify-audit.js'
