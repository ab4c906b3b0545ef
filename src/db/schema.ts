import type { ColumnType, Generated } from 'kysely'

/** Timestamps come back as Date, go in as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>
/** Dates (`date` columns) are returned as `yyyy-mm-dd` strings: see create-db.ts. */
type IsoDateColumn = string
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface MunicipalityTable {
  id: string
  name: string
  created_at: GeneratedTimestamp
}

export interface OrganisationTable {
  id: string
  municipality_id: string
  name: string
  kind: string
  created_at: GeneratedTimestamp
}

export interface UserTable {
  id: string
  email: string
  name: string
  password_hash: string | null
  totp_secret: string | null
  organisation_id: string | null
  role: string | null
  team: string | null
  oidc_issuer: string | null
  oidc_subject: string | null
  /** The last TOTP time step (30 s since the epoch) accepted: older or equal steps are replays. */
  totp_last_step: ColumnType<string | null, string | number | null, string | number | null>
  created_at: GeneratedTimestamp
}

export interface SessionTable {
  id_hash: string
  user_id: string
  csrf_token: string
  created_at: Timestamp
  last_seen_at: Timestamp
}

export interface OidcPendingTable {
  state: string
  nonce: string
  code_verifier: string
  created_at: Timestamp
}

export interface ProjectTable {
  id: string
  municipality_id: string
  name: string
  period_start: IsoDateColumn
  period_end: IsoDateColumn | null
  target_group: string
  theory_of_change: string
  phase: string
  created_at: GeneratedTimestamp
}

export interface ProjectOrganisationTable {
  project_id: string
  organisation_id: string
}

export interface ParticipantTable {
  id: string
  municipality_id: string
  pseudonym: string
  bsn_hmac: string | null
  organisation_id: string
  team: string
  age_band: string | null
  household_type: string | null
  district: string | null
  ladder_rung: number | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface EnrolmentTable {
  id: string
  participant_id: string
  project_id: string
  start_date: IsoDateColumn
  end_date: IsoDateColumn | null
  end_reason: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ProjectPhaseChangeTable {
  id: string
  project_id: string
  phase: string
  date: IsoDateColumn
  /** null for the phase the project started in. */
  reason: string | null
  changed_by: string | null
  changed_at: GeneratedTimestamp
}

export interface ConsentTable {
  id: string
  participant_id: string
  purpose: string
  partner_organisation_id: string
  status: string
  date: IsoDateColumn
  recorded_by: string | null
  created_at: GeneratedTimestamp
}

export interface ShareTable {
  id: string
  participant_id: string
  organisation_id: string
  team: string | null
  basis: string
  law_article: string | null
  consent_id: string | null
  scope: string
  purpose: string
  date: IsoDateColumn
  created_by: string | null
  created_at: GeneratedTimestamp
}

export interface AuditLogTable {
  seq: number
  at: Timestamp
  actor_user_id: string | null
  actor_role: string | null
  actor_organisation_id: string | null
  action: string
  object_type: string
  object_id: string | null
  person_pseudonym: string | null
  purpose: string
  allowed: boolean
  origin: string | null
  prev_hash: string
  hash: string
}

export interface AuditChainHeadTable {
  id: number
  last_seq: number
  last_hash: string
}

export interface SettingTable {
  key: string
  value: string
}

export interface MkbaModelTable {
  project_id: string
  /** The model in the file format of `effectwijzer mkba` (JSON). */
  model: unknown
  updated_at: GeneratedTimestamp
  updated_by: string | null
}

export interface MkbaModelVersionTable {
  project_id: string
  version: number
  model: unknown
  saved_at: GeneratedTimestamp
  saved_by: string | null
  /** The version this one restored, when it was a restore. */
  restored_from: number | null
}

export interface EffectAnalysisTable {
  id: string
  project_id: string
  /** 1, 2, … per project: every run on new data or a new spec is a new version. */
  version: number
  name: string
  /** The study specification (the CLI's spec file), as validated. */
  spec: unknown
  status: 'queued' | 'running' | 'done' | 'failed'
  progress: number
  /** Exactly the CLI's results.json (JSON), when done. */
  results: unknown | null
  /** The run's refusal with its issues (row, column) in Dutch and English, when failed. */
  error: unknown | null
  data_format: 'csv' | 'xlsx'
  /** The fingerprint of the uploaded file, null until the worker has read it. */
  data_sha256: string | null
  data_bytes: number | string | null
  data_rows: number | null
  /** The column whose BSNs were replaced by their keyed hash before the run (never stored). */
  bsn_column: string | null
  uploaded_at: Date | string
  uploaded_by: string | null
  engine_version: string
  finished_at: Date | string | null
}

export interface ConversationTable {
  id: string
  project_id: string
  participant_id: string
  measurement: string
  /** The TableConversation (domain/conversation) as JSON. */
  document: unknown
  /** Per target (`card:<id>`, `session`, …) the id of the last edit applied to it. */
  heads: ColumnType<Record<string, string>, string | undefined, string>
  status: string
  version: Generated<number>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  updated_by: string | null
  /** Set when archived (started by mistake): kept, hidden from every list. */
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  archived_by: ColumnType<string | null, string | null | undefined, string | null>
  archive_reason: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ConversationEditTable {
  id: string
  conversation_id: string
  seq: Generated<string>
  status: string
  edit: unknown
  by: string | null
  at: GeneratedTimestamp
}

export interface ConversationVersionTable {
  conversation_id: string
  version: number
  document: unknown
  result: unknown
  signed_off_by: string
  signed_off_at: Timestamp
  note: string | null
  reopened_by: string | null
  reopened_at: Timestamp | null
  reopen_reason: string | null
}

export interface PriceListVersionTable {
  id: string
  municipality_id: string
  version: string
  /** The PriceList (domain/price-list) as JSON. */
  list: unknown
  note: string | null
  created_at: GeneratedTimestamp
  created_by: string | null
}

/** Failed sign-ins per account and source (a keyed hash of both), with the backoff they earned. */
export interface SignInAttemptTable {
  attempt_key: string
  failures: number
  blocked_until: Timestamp | null
  last_attempt_at: Timestamp
}

/** The per-IP request limiter's fixed windows, shared by every app process. */
export interface RateLimitHitTable {
  key: string
  window_start: Timestamp
  hits: number
}

export interface Database {
  municipalities: MunicipalityTable
  organisations: OrganisationTable
  users: UserTable
  sessions: SessionTable
  oidc_pending: OidcPendingTable
  projects: ProjectTable
  project_organisations: ProjectOrganisationTable
  project_phase_changes: ProjectPhaseChangeTable
  participants: ParticipantTable
  enrolments: EnrolmentTable
  consents: ConsentTable
  shares: ShareTable
  audit_log: AuditLogTable
  audit_chain_head: AuditChainHeadTable
  settings: SettingTable
  mkba_models: MkbaModelTable
  mkba_model_versions: MkbaModelVersionTable
  effect_analyses: EffectAnalysisTable
  conversations: ConversationTable
  conversation_edits: ConversationEditTable
  conversation_versions: ConversationVersionTable
  price_list_versions: PriceListVersionTable
  sign_in_attempts: SignInAttemptTable
  rate_limit_hits: RateLimitHitTable
}
