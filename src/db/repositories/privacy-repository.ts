import { randomUUID } from 'node:crypto'
import { type Kysely, type Selectable, sql } from 'kysely'
import {
  type CorrectionRequest,
  daysLeft,
  PERSON_DATA_SOURCES,
  type PrivacyRequest,
  type PrivacyRequestKind,
  requestDeadline,
  todayInAmsterdam,
} from '../../domain/index.js'
import type { Database, ErasureTable, ParticipantRestrictionTable } from '../schema.js'
import { deleteUnitRows } from './person-data-repository.js'

function selectRequests(db: Kysely<Database>, municipalityId: string) {
  return db
    .selectFrom('privacy_requests as r')
    .innerJoin('participants as p', 'p.id', 'r.participant_id')
    .select([
      'r.id',
      'r.participant_id as participantId',
      'p.pseudonym',
      'r.kind',
      'r.received_on as receivedOn',
      'r.deadline',
      'r.extension_reason as extensionReason',
      'r.status',
      'r.closed_on as closedOn',
      'r.outcome',
    ])
    .where('p.municipality_id', '=', municipalityId)
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['execute']>>[number]

function toRequest(row: RequestRow, today: string): PrivacyRequest {
  return {
    ...row,
    kind: row.kind as PrivacyRequest['kind'],
    status: row.status as PrivacyRequest['status'],
    daysLeft: row.status === 'open' ? daysLeft(row.deadline, today) : null,
  }
}

/** Registers a request with its statutory deadline, one month after receipt (AVG art. 12(3)). */
export async function createPrivacyRequest(
  db: Kysely<Database>,
  input: {
    readonly participantId: string
    readonly kind: PrivacyRequestKind
    readonly receivedOn: string
    readonly note: string | null
    readonly registeredBy: string | null
  },
): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('privacy_requests')
    .values({
      id,
      participant_id: input.participantId,
      kind: input.kind,
      received_on: input.receivedOn,
      deadline: requestDeadline(input.receivedOn, false),
      extension_reason: null,
      note: input.note,
      closed_on: null,
      outcome: null,
      registered_by: input.registeredBy,
    })
    .execute()
  return id
}

/** One municipality's requests, open first by deadline, with the days left on `now`. */
export async function listPrivacyRequests(
  db: Kysely<Database>,
  filter: { readonly municipalityId: string; readonly openOnly: boolean; readonly now: Date },
): Promise<PrivacyRequest[]> {
  let query = selectRequests(db, filter.municipalityId)
  if (filter.openOnly) query = query.where('r.status', '=', 'open')
  const rows = await query
    .orderBy('r.status', 'desc')
    .orderBy('r.deadline')
    .orderBy('r.id')
    .execute()
  const today = todayInAmsterdam(filter.now)
  return rows.map((row) => toRequest(row, today))
}

export async function findPrivacyRequest(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
  now: Date,
): Promise<PrivacyRequest | undefined> {
  const row = await selectRequests(db, municipalityId).where('r.id', '=', id).executeTakeFirst()
  return row && toRequest(row, todayInAmsterdam(now))
}

/** Extends an open, not yet extended request by two months; false when it cannot be. */
export async function extendPrivacyRequest(
  db: Kysely<Database>,
  request: Pick<PrivacyRequest, 'id' | 'receivedOn'>,
  reason: string,
): Promise<boolean> {
  const result = await db
    .updateTable('privacy_requests')
    .set({ deadline: requestDeadline(request.receivedOn, true), extension_reason: reason })
    .where('id', '=', request.id)
    .where('status', '=', 'open')
    .where('extension_reason', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Closes an open request as granted or refused; false when it was already closed. */
export async function closePrivacyRequest(
  db: Kysely<Database>,
  id: string,
  input: {
    readonly status: 'granted' | 'refused'
    readonly outcome: string
    readonly closedOn: string
  },
): Promise<boolean> {
  const result = await db
    .updateTable('privacy_requests')
    .set({ status: input.status, outcome: input.outcome, closed_on: input.closedOn })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** The participant column each correctable field lives in. */
const CORRECTABLE_COLUMNS = {
  ageBand: 'age_band',
  householdType: 'household_type',
  district: 'district',
  ladderRung: 'ladder_rung',
  careFramework: 'care_framework',
} as const

export interface CorrectionRow {
  readonly id: string
  readonly field: string
  readonly oldValue: string | null
  readonly newValue: string | null
  readonly reason: string
  readonly correctedBy: string | null
  readonly correctedAt: string
}

/** Corrects one field of a participant, keeping the old value with who, when and why. */
export async function correctParticipant(
  db: Kysely<Database>,
  input: {
    readonly participantId: string
    readonly correction: CorrectionRequest
    readonly by: string
    readonly at: Date
  },
): Promise<CorrectionRow> {
  const column = CORRECTABLE_COLUMNS[input.correction.field]
  const before = await db
    .selectFrom('participants')
    .select(sql<string | null>`${sql.ref(column)}::text`.as('value'))
    .where('id', '=', input.participantId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  await db
    .updateTable('participants')
    .set({ [column]: input.correction.value, updated_at: input.at })
    .where('id', '=', input.participantId)
    .execute()
  const row: CorrectionRow = {
    id: randomUUID(),
    field: input.correction.field,
    oldValue: before.value,
    newValue: input.correction.value === null ? null : String(input.correction.value),
    reason: input.correction.reason,
    correctedBy: input.by,
    correctedAt: input.at.toISOString(),
  }
  await db
    .insertInto('participant_corrections')
    .values({
      id: row.id,
      participant_id: input.participantId,
      field: row.field,
      old_value: row.oldValue,
      new_value: row.newValue,
      reason: row.reason,
      corrected_by: row.correctedBy,
      corrected_at: input.at,
    })
    .execute()
  return row
}

/** Who acts on a participant's record, why and when: what a restriction or erasure records. */
export interface ParticipantAction {
  readonly participantId: string
  readonly reason: string
  readonly by: string
  readonly at: Date
}

export interface RestrictionRow {
  readonly id: string
  readonly kind: 'restriction' | 'objection'
  readonly reason: string
  readonly fromAt: string
  readonly liftedAt: string | null
  readonly liftReason: string | null
}

const RESTRICTION_COLUMNS = ['id', 'kind', 'reason', 'from_at', 'lifted_at', 'lift_reason'] as const

function toRestriction(
  row: Pick<Selectable<ParticipantRestrictionTable>, (typeof RESTRICTION_COLUMNS)[number]>,
): RestrictionRow {
  return {
    id: row.id,
    kind: row.kind as RestrictionRow['kind'],
    reason: row.reason,
    fromAt: row.from_at.toISOString(),
    liftedAt: row.lifted_at?.toISOString() ?? null,
    liftReason: row.lift_reason,
  }
}

/** Restricts use for research, or records an objection, from `at`; null when one is in force. */
export async function restrictParticipant(
  db: Kysely<Database>,
  input: ParticipantAction & { readonly kind: RestrictionRow['kind'] },
): Promise<RestrictionRow | null> {
  const inserted = await db
    .insertInto('participant_restrictions')
    .values({
      id: randomUUID(),
      participant_id: input.participantId,
      kind: input.kind,
      reason: input.reason,
      from_at: input.at,
      recorded_by: input.by,
      lift_reason: null,
      lifted_by: null,
    })
    .onConflict((oc) => oc.column('participant_id').where('lifted_at', 'is', null).doNothing())
    .returning(RESTRICTION_COLUMNS)
    .executeTakeFirst()
  return inserted ? toRestriction(inserted) : null
}

/** Lifts the restriction in force; null when there is none. */
export async function liftRestriction(
  db: Kysely<Database>,
  input: ParticipantAction,
): Promise<RestrictionRow | null> {
  const row = await db
    .updateTable('participant_restrictions')
    .set({ lifted_at: input.at, lift_reason: input.reason, lifted_by: input.by })
    .where('participant_id', '=', input.participantId)
    .where('lifted_at', 'is', null)
    .returning(RESTRICTION_COLUMNS)
    .executeTakeFirst()
  return row ? toRestriction(row) : null
}

/**
 * The SQL condition "the participant `participantId` (a column reference) is restricted or has
 * objected at `at`", for research queries to leave them out.
 */
export function restrictedAt(participantId: ReturnType<typeof sql.ref>, at: Date) {
  return sql<boolean>`exists (select 1 from participant_restrictions r
    where r.participant_id = ${participantId} and r.from_at <= ${at}
    and (r.lifted_at is null or r.lifted_at > ${at}))`
}

/** Is the participant restricted (or objecting) at `at`? */
export async function isRestricted(
  db: Kysely<Database>,
  participantId: string,
  at: Date,
): Promise<boolean> {
  const result = await sql<{ restricted: boolean }>`select ${restrictedAt(
    sql.ref('p.id'),
    at,
  )} as restricted from participants p where p.id = ${participantId}`.execute(db)
  return result.rows[0]?.restricted === true
}

/** Of these participants, those restricted or objecting at `at`. */
export async function restrictedAmong(
  db: Kysely<Database>,
  participantIds: readonly string[],
  at: Date,
): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set()
  const result = await sql<{ id: string }>`select p.id from participants p
    where p.id in (${sql.join(participantIds.map((id) => sql`${id}::uuid`))})
    and ${restrictedAt(sql.ref('p.id'), at)}`.execute(db)
  return new Set(result.rows.map((row) => row.id))
}

/** A project's enrolled participants that are restricted at `at`, for "n left out". */
export async function countRestrictedInProject(
  db: Kysely<Database>,
  projectId: string,
  at: Date,
): Promise<number> {
  const result = await sql<{ n: number }>`select count(distinct p.id)::int as n
    from participants p join enrolments e on e.participant_id = p.id
    where e.project_id = ${projectId} and ${restrictedAt(sql.ref('p.id'), at)}`.execute(db)
  return Number(result.rows[0]?.n ?? 0)
}

export interface ErasureRow {
  readonly id: string
  readonly reason: string
  readonly requestedBy: string
  readonly requestedAt: string
  readonly approvedBy: string | null
  readonly approvedAt: string | null
  readonly erased: Record<string, number> | null
}

const ERASURE_COLUMNS = [
  'id',
  'reason',
  'requested_by',
  'requested_at',
  'approved_by',
  'approved_at',
  'erased',
] as const

function toErasure(
  row: Pick<Selectable<ErasureTable>, (typeof ERASURE_COLUMNS)[number]>,
): ErasureRow {
  return {
    id: row.id,
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at.toISOString(),
    approvedBy: row.approved_by,
    approvedAt: row.approved_at?.toISOString() ?? null,
    erased: row.erased,
  }
}

/** Has the resident's latest consent been withdrawn? Erasure of consent-based data needs it. */
export async function consentWithdrawn(
  db: Kysely<Database>,
  participantId: string,
): Promise<boolean> {
  const latest = await db
    .selectFrom('consents')
    .select('status')
    .where('participant_id', '=', participantId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  return latest?.status === 'withdrawn'
}

/** Asks for an erasure; null when one is already waiting for approval. */
export async function requestErasure(
  db: Kysely<Database>,
  input: ParticipantAction,
): Promise<ErasureRow | null> {
  const inserted = await db
    .insertInto('erasures')
    .values({
      id: randomUUID(),
      participant_id: input.participantId,
      reason: input.reason,
      requested_by: input.by,
      requested_at: input.at,
      approved_by: null,
    })
    .onConflict((oc) => oc.column('participant_id').where('approved_at', 'is', null).doNothing())
    .returning(ERASURE_COLUMNS)
    .executeTakeFirst()
  return inserted ? toErasure(inserted) : null
}

export async function pendingErasure(
  db: Kysely<Database>,
  participantId: string,
): Promise<ErasureRow | undefined> {
  const row = await db
    .selectFrom('erasures')
    .select(ERASURE_COLUMNS)
    .where('participant_id', '=', participantId)
    .where('approved_at', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  return row && toErasure(row)
}

/**
 * Carries out an approved erasure: deletes the resident's consent-based rows (their table
 * conversations with their edits and versions, shares made on consent) and records the counts,
 * not the content. The consents themselves stay: they prove the withdrawal.
 */
export async function approveErasure(
  db: Kysely<Database>,
  input: {
    readonly participantId: string
    readonly erasure: ErasureRow
    readonly by: string
    readonly at: Date
  },
): Promise<ErasureRow> {
  const sources = PERSON_DATA_SOURCES.filter((source) => source.consentBased)
  const erased = await deleteUnitRows(
    db,
    'participants',
    [input.participantId],
    sources,
    (source) =>
      typeof source.consentBased === 'object'
        ? sql<boolean>`${sql.ref(source.consentBased.column)} = ${source.consentBased.equals}`
        : null,
  )
  await db
    .updateTable('erasures')
    .set({ approved_by: input.by, approved_at: input.at, erased: JSON.stringify(erased) })
    .where('id', '=', input.erasure.id)
    .execute()
  return { ...input.erasure, approvedBy: input.by, approvedAt: input.at.toISOString(), erased }
}

export interface RecipientRow {
  readonly organisation: string
  readonly team: string | null
  readonly basis: string
  readonly lawArticle: string | null
  readonly purpose: string
  readonly date: string
}

/** Who received the resident's data: every share, with the organisation's name. */
export async function listRecipients(
  db: Kysely<Database>,
  participantId: string,
): Promise<RecipientRow[]> {
  return db
    .selectFrom('shares as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      'o.name as organisation',
      's.team',
      's.basis',
      's.law_article as lawArticle',
      's.purpose',
      's.date',
    ])
    .where('s.participant_id', '=', participantId)
    .orderBy('s.date')
    .execute()
}
