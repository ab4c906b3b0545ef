import type { ColumnType, Generated } from 'kysely'

/** Timestamps come back as Date, go in as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>
/** Dates (`date` columns) are returned as `yyyy-mm-dd` strings: see create-db.ts. */
type IsoDateColumn = string
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface MunicipalityTable {
  id: string
  name: string
  /** Professionals' names in a resident's inspection package (else role and organisation). */
  inspection_staff_names: ColumnType<boolean, boolean | undefined, boolean>
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
  /** Offboarded: no sign-in, no session; the row stays so the audit log keeps its names. */
  deactivated_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  last_sign_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>
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

/** An administrator's written decision that a role signs in without a second factor. */
export interface MfaExemptionTable {
  id: string
  municipality_id: string
  role: string
  reason: string
  decided_by: string
  decided_at: Timestamp
  revoked_by: LaterId
  revoked_at: LaterTimestamp
}

/** A TOTP secret offered at a first sign-in, sealed, until a valid code for it arrives. */
export interface MfaEnrolmentTable {
  user_id: string
  sealed_secret: string
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
  /** The law the resident's file falls under: it sets the retention period. */
  care_framework: ColumnType<string, string | undefined, string>
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
  /** The participating organisation the change is about; null for the whole project. */
  organisation_id: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ProjectChecklistItemTable {
  project_id: string
  /** An item id of src/domain/project/checklist.ts. */
  item: string
  done_on: IsoDateColumn
  done_by: string | null
  recorded_at: GeneratedTimestamp
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
  /** The entry's number, from a sequence at insert (gaps where a transaction rolled back). */
  seq: Generated<number>
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
  /** The entry's place in the hash chain and its hashes: null until the sealer chains it. */
  chain_seq: number | null
  prev_hash: string | null
  hash: string | null
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

/** A project's pilot design (one per project). */
export interface ProjectPilotDesignTable {
  project_id: string
  /** The design as src/domain/pilot-design's schema parsed it (JSON). */
  design: ColumnType<unknown, string, string>
  saved_at: Timestamp
  saved_by: string | null
}

/** A project's startfoto questionnaire, once adapted (else the shipped template applies). */
export interface StartfotoTemplateTable {
  project_id: string
  /** As src/domain/startfoto's template schema parsed it (JSON). */
  template: ColumnType<unknown, string, string>
  saved_at: Timestamp
  saved_by: string | null
}

/** A round of the startfoto: the first is the baseline, later ones show change. */
export interface StartfotoRoundTable {
  id: string
  project_id: string
  number: number
  opened_on: IsoDateColumn
  closed_on: IsoDateColumn | null
}

/** One organisation's link to a round: only the SHA-256 of its token is kept. */
export interface StartfotoLinkTable {
  id: string
  round_id: string
  organisation_id: string
  token_hash: string
}

/** One anonymous response: its link (so its organisation and round) and the day, nothing more. */
export interface StartfotoResponseTable {
  id: string
  link_id: string
  answered_on: IsoDateColumn
  ratings: ColumnType<unknown, string, string>
  texts: ColumnType<unknown, string, string>
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
  /** Where the pilot group came from: the extract's group column, or the project's enrolments. */
  group_from: ColumnType<'column' | 'enrolments', 'column' | 'enrolments' | undefined>
  /** Rows left out for a restriction or objection at the run; null without a BSN column. */
  left_out_restricted: number | null
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

export interface PlanVersionTable {
  participant_id: string
  version: number
  /** The Plan (domain/plan) as JSON. */
  plan: unknown
  saved_at: GeneratedTimestamp
  saved_by: string | null
}

export interface FollowUpTable {
  id: string
  participant_id: string
  project_id: string | null
  outflow: string
  ended_on: IsoDateColumn
  due_date: IsoDateColumn
  owner_id: string
  organisation_id: string
  team: string | null
  outcome: string | null
  note: string | null
  checked_on: IsoDateColumn | null
  checked_by: string | null
  cancelled: ColumnType<boolean, boolean | undefined, boolean>
  created_by: string | null
  created_at: GeneratedTimestamp
}

export interface CaseConferenceSeriesTable {
  id: string
  cadence: string
  created_by: string | null
  created_at: GeneratedTimestamp
}

export interface OutcomeMeasurementTable {
  id: string
  participant_id: string
  project_id: string | null
  date: IsoDateColumn
  moment: string | null
  ladder_rung: number | null
  /** ZRM score (1–5) per domain. */
  zrm: ColumnType<Record<string, number>, string, string>
  trust_self: number | null
  trust_professionals: number | null
  trust_municipality: number | null
  /** Progress (1–10) per goal id of the plan. */
  goal_progress: ColumnType<Record<string, number>, string, string>
  recorded_by: string | null
  created_at: GeneratedTimestamp
}

export interface CaseConferenceTable {
  id: string
  municipality_id: string
  project_id: string
  series_id: string | null
  /** The team that holds the conference: its organisation and (optional) team name. */
  organisation_id: string
  team: string | null
  date: IsoDateColumn
  chair_user_id: string | null
  created_by: string | null
  created_at: GeneratedTimestamp
}

export interface CaseConferenceAttendeeTable {
  conference_id: string
  user_id: string
  domain: string
  attended: ColumnType<boolean, boolean | undefined, boolean>
}

export interface CaseConferenceCaseTable {
  id: string
  conference_id: string
  participant_id: string
  brought_by: string
  brought_by_organisation_id: string
  domain: string
  question: string
  discussion: ColumnType<string, string | undefined, string>
  decisions: ColumnType<string, string | undefined, string>
  position: number
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  updated_by: string | null
}

export interface CaseConferenceActionTable {
  id: string
  case_id: string
  description: string
  owner_user_id: string
  owner_organisation_id: string
  due_date: IsoDateColumn
  status: string
  created_by: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** One contact of a professional with a case; the id is the client's (an offline queue resends it). */
export interface TimeEntryTable {
  id: string
  project_id: string
  participant_id: string
  user_id: string
  organisation_id: string
  team: string | null
  kind: string
  minutes: number
  date: IsoDateColumn
  own_organisation: boolean
  source: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** bigint columns come back as strings: the repositories convert them once. */
type Bigint = ColumnType<string, number, number>

export interface BudgetPotTable {
  project_id: string
  amount_cents: Bigint
  period_start: IsoDateColumn
  period_end: IsoDateColumn
  approval_threshold_cents: Bigint
  updated_by: string | null
  updated_at: GeneratedTimestamp
}

/** Append-only (triggers refuse UPDATE, DELETE and TRUNCATE). */
export interface BudgetLedgerTable {
  id: string
  seq: number
  project_id: string
  participant_id: string
  amount_cents: Bigint
  date: IsoDateColumn
  purpose: string
  goal: string
  replaces_domain: string | null
  recorded_by: string
  approved_by: string | null
  corrects: string | null
  recorded_at: GeneratedTimestamp
}

export interface UserContractTable {
  id: string
  user_id: string
  organisation_id: string
  team: string | null
  hours_per_week: number
  start_date: IsoDateColumn
  end_date: IsoDateColumn | null
}

export interface VacancyTable {
  id: string
  organisation_id: string
  team: string | null
  hours_per_week: number
  opened_on: IsoDateColumn
  filled_on: IsoDateColumn | null
}

export interface CapacitySettingsTable {
  project_id: string
  max_cases_per_fte: number
}

export interface PrivacyRequestTable {
  id: string
  participant_id: string
  kind: string
  received_on: IsoDateColumn
  /** One month after receipt, three once extended (AVG art. 12(3)). */
  deadline: IsoDateColumn
  extension_reason: string | null
  note: string | null
  status: ColumnType<string, string | undefined, string>
  closed_on: IsoDateColumn | null
  outcome: string | null
  registered_by: string | null
  created_at: GeneratedTimestamp
}

export interface ParticipantCorrectionTable {
  id: string
  participant_id: string
  field: string
  old_value: string | null
  new_value: string | null
  reason: string
  corrected_by: string | null
  corrected_at: Timestamp
}

export interface ParticipantRestrictionTable {
  id: string
  participant_id: string
  kind: string
  reason: string
  from_at: Timestamp
  recorded_by: string | null
  lifted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  lift_reason: string | null
  lifted_by: string | null
}

export interface ErasureTable {
  id: string
  participant_id: string
  reason: string
  requested_by: string
  requested_at: Timestamp
  approved_by: string | null
  approved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** Rows erased per table (counts only). */
  erased: ColumnType<Record<string, number> | null, string | null | undefined, string | null>
}

export interface RetentionRuleTable {
  municipality_id: string
  kind: string
  years: number
  start_event: string
  source_nl: string
  source_en: string
  updated_by: string | null
  updated_at: GeneratedTimestamp
}

export interface RetentionCheckTable {
  municipality_id: string
  checked_at: Timestamp
  due_files: number
}

export interface DestructionStatementTable {
  id: string
  municipality_id: string
  at: Timestamp
  reference_date: IsoDateColumn
  rule: string
  approved_by: string
  items: ColumnType<unknown, string, string>
}

/** Set later than the row is made (retired, merged, removed): left out on insert. */
type LaterTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>
type LaterId = ColumnType<string | null, string | null | undefined, string | null>

export interface FindingThemeTable {
  id: string
  project_id: string
  /** The starter theme's key (src/domain/findings STARTER_THEMES); null for an added theme. */
  key: string | null
  label_nl: string
  label_en: string
  position: number
  retired_at: LaterTimestamp
  merged_into: LaterId
  created_at: GeneratedTimestamp
}

export interface FindingTable {
  id: string
  project_id: string
  text: string
  source: string
  date: IsoDateColumn
  organisation_id: string | null
  /** The theme ids it is coded with, as a JSON list. */
  theme_ids: ColumnType<string[], string, string>
  quote: boolean
  conversation_id: string | null
  created_by: string | null
  created_at: GeneratedTimestamp
  updated_by: LaterId
  updated_at: GeneratedTimestamp
  removed_by: LaterId
  removed_at: LaterTimestamp
}

export interface FindingLessonTable {
  id: string
  project_id: string
  phase: string
  kind: string
  text: string
  /** The findings it rests on, as a JSON list of ids. */
  finding_ids: ColumnType<string[], string, string>
  created_by: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  removed_by: LaterId
  removed_at: LaterTimestamp
}

export interface Database {
  municipalities: MunicipalityTable
  organisations: OrganisationTable
  users: UserTable
  sessions: SessionTable
  oidc_pending: OidcPendingTable
  mfa_exemptions: MfaExemptionTable
  mfa_enrolments: MfaEnrolmentTable
  projects: ProjectTable
  project_organisations: ProjectOrganisationTable
  project_phase_changes: ProjectPhaseChangeTable
  project_checklist_items: ProjectChecklistItemTable
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
  project_pilot_designs: ProjectPilotDesignTable
  startfoto_templates: StartfotoTemplateTable
  startfoto_rounds: StartfotoRoundTable
  startfoto_links: StartfotoLinkTable
  startfoto_responses: StartfotoResponseTable
  conversations: ConversationTable
  conversation_edits: ConversationEditTable
  conversation_versions: ConversationVersionTable
  price_list_versions: PriceListVersionTable
  sign_in_attempts: SignInAttemptTable
  rate_limit_hits: RateLimitHitTable
  plan_versions: PlanVersionTable
  follow_ups: FollowUpTable
  outcome_measurements: OutcomeMeasurementTable
  case_conference_series: CaseConferenceSeriesTable
  case_conferences: CaseConferenceTable
  case_conference_attendees: CaseConferenceAttendeeTable
  case_conference_cases: CaseConferenceCaseTable
  case_conference_actions: CaseConferenceActionTable
  time_entries: TimeEntryTable
  budget_pots: BudgetPotTable
  budget_ledger: BudgetLedgerTable
  user_contracts: UserContractTable
  vacancies: VacancyTable
  capacity_settings: CapacitySettingsTable
  privacy_requests: PrivacyRequestTable
  participant_corrections: ParticipantCorrectionTable
  participant_restrictions: ParticipantRestrictionTable
  erasures: ErasureTable
  retention_rules: RetentionRuleTable
  retention_checks: RetentionCheckTable
  destruction_statements: DestructionStatementTable
  finding_themes: FindingThemeTable
  findings: FindingTable
  finding_lessons: FindingLessonTable
}
