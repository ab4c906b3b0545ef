import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  applyEdit,
  ConflictError,
  type ConversationEdit,
  type LiveConversation,
  type TableConversation,
} from '../../domain/index.js'
import type { Database } from '../schema.js'
import { type ParticipantScope, visibleTo } from './participant-repository.js'

export type ConversationStatus = 'open' | 'signed-off'

export interface ConversationRow extends LiveConversation {
  readonly id: string
  readonly projectId: string
  readonly participantId: string
  readonly pseudonym: string
  readonly measurement: string
  readonly status: ConversationStatus
  /** How many times the case was signed off (the latest locked version's number). */
  readonly version: number
  readonly updatedAt: string
  readonly archivedAt: string | null
}

export interface EditResult {
  readonly id: string
  readonly status: 'applied' | 'duplicate' | 'conflict'
  readonly current?: unknown
  readonly currentHead?: string | null
}

const LOCKED = {
  nl: 'Dit tafelgesprek is afgetekend en daarmee vergrendeld. Een controller kan het heropenen.',
  en: 'This table conversation has been signed off and is locked. A controller can reopen it.',
}

const ARCHIVED = {
  nl: 'Dit tafelgesprek is gearchiveerd en kan niet meer worden gewijzigd.',
  en: 'This table conversation has been archived and can no longer be changed.',
}

function selectConversations(db: Kysely<Database>) {
  return db
    .selectFrom('conversations as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .innerJoin('projects as pr', 'pr.id', 'c.project_id')
    .select([
      'c.id',
      'c.project_id',
      'c.participant_id',
      'p.pseudonym',
      'c.measurement',
      'c.document',
      'c.heads',
      'c.status',
      'c.version',
      'c.updated_at',
      'c.archived_at',
    ])
}

type SelectedRow = Awaited<
  ReturnType<ReturnType<typeof selectConversations>['executeTakeFirstOrThrow']>
>

function toRow(row: SelectedRow): ConversationRow {
  return {
    id: row.id,
    projectId: row.project_id,
    participantId: row.participant_id,
    pseudonym: row.pseudonym,
    measurement: row.measurement,
    status: row.status as ConversationStatus,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    archivedAt: row.archived_at === null ? null : new Date(row.archived_at).toISOString(),
    conversation: row.document as TableConversation,
    heads: row.heads,
  }
}

/** A conversation of the municipality (its project's), or undefined (→ 404). */
export async function findConversation(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  const row = await selectConversations(db)
    .where('c.id', '=', id)
    .where('pr.municipality_id', '=', municipalityId)
    .executeTakeFirst()
  return row && toRow(row)
}

/** The project's conversations whose participant the scope may see, oldest case first. */
export async function listProjectConversations(
  db: Kysely<Database>,
  scope: ParticipantScope,
  projectId: string,
): Promise<ConversationRow[]> {
  const rows = await selectConversations(db)
    .where('c.project_id', '=', projectId)
    .where('pr.municipality_id', '=', scope.municipalityId)
    .where('c.archived_at', 'is', null)
    .where((eb) =>
      eb(
        'c.participant_id',
        'in',
        eb
          .selectFrom('participants')
          .select('participants.id')
          .where('participants.municipality_id', '=', scope.municipalityId)
          .where(visibleTo(scope)),
      ),
    )
    .orderBy('p.pseudonym')
    .orderBy('c.measurement')
    .execute()
  return rows.map(toRow)
}

export async function createConversation(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly participantId: string
    readonly document: TableConversation
    readonly userId: string | null
  },
): Promise<string> {
  const taken = await db
    .selectFrom('conversations')
    .select('id')
    .where('project_id', '=', input.projectId)
    .where('participant_id', '=', input.participantId)
    .where('measurement', '=', input.document.measurement)
    .where('archived_at', 'is', null)
    .executeTakeFirst()
  if (taken) {
    throw new ConflictError({
      nl: `Deze casus heeft al een tafelgesprek voor meetmoment ${input.document.measurement}.`,
      en: `This case already has a table conversation for measurement ${input.document.measurement}.`,
    })
  }
  const id = randomUUID()
  await db
    .insertInto('conversations')
    .values({
      id,
      project_id: input.projectId,
      participant_id: input.participantId,
      measurement: input.document.measurement,
      document: JSON.stringify(input.document),
      status: 'open',
      updated_by: input.userId,
    })
    .execute()
  return id
}

/**
 * Applies a batch of edits in order, in the caller's transaction, holding the row lock so that
 * concurrent batches serialise. An edit seen before is a `duplicate` (a re-sent batch); an edit
 * whose base is no longer the target's last edit is a `conflict` and is stored as such, so the
 * text of a refused edit is never lost. A signed-off conversation refuses every edit.
 */
export async function applyConversationEdits(
  db: Kysely<Database>,
  id: string,
  edits: readonly ConversationEdit[],
  userId: string | null,
): Promise<EditResult[]> {
  const row = await db
    .selectFrom('conversations')
    .select(['document', 'heads', 'status', 'archived_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow()
  if (row.archived_at !== null) throw new ConflictError(ARCHIVED)
  if (row.status === 'signed-off') throw new ConflictError(LOCKED)
  const seen = new Set(
    (
      await db
        .selectFrom('conversation_edits')
        .select('id')
        .where(
          'id',
          'in',
          edits.map((e) => e.id),
        )
        .execute()
    ).map((e) => e.id),
  )
  let live: LiveConversation = {
    conversation: row.document as TableConversation,
    heads: row.heads,
  }
  const results: EditResult[] = []
  const stored: Array<{ id: string; status: 'applied' | 'conflict'; edit: string }> = []
  for (const edit of edits) {
    if (seen.has(edit.id)) {
      results.push({ id: edit.id, status: 'duplicate' })
      continue
    }
    seen.add(edit.id)
    const outcome = applyEdit(live, edit)
    if (outcome.status === 'applied') {
      live = outcome.live
      results.push({ id: edit.id, status: 'applied' })
    } else {
      results.push({
        id: edit.id,
        status: 'conflict',
        current: outcome.current,
        currentHead: outcome.currentHead,
      })
    }
    stored.push({ id: edit.id, status: outcome.status, edit: JSON.stringify(edit) })
  }
  if (stored.length > 0) {
    await db
      .insertInto('conversation_edits')
      .values(stored.map((s) => ({ ...s, conversation_id: id, by: userId })))
      .execute()
  }
  if (stored.some((s) => s.status === 'applied')) {
    await db
      .updateTable('conversations')
      .set({
        document: JSON.stringify(live.conversation),
        heads: JSON.stringify(live.heads),
        updated_at: new Date(),
        updated_by: userId,
      })
      .where('id', '=', id)
      .execute()
  }
  return results
}

/**
 * Archives a conversation started by mistake: kept with who, when and why, hidden from every
 * list (and so from the business case). A signed-off case is refused: it is evidence, and a
 * controller reopens it first.
 */
export async function archiveConversation(
  db: Kysely<Database>,
  input: {
    readonly id: string
    readonly userId: string
    readonly reason: string
    readonly at: Date
  },
): Promise<void> {
  const row = await db
    .selectFrom('conversations')
    .select(['status', 'archived_at'])
    .where('id', '=', input.id)
    .forUpdate()
    .executeTakeFirstOrThrow()
  if (row.archived_at !== null) throw new ConflictError(ARCHIVED)
  if (row.status === 'signed-off') {
    throw new ConflictError({
      nl: 'Een afgetekend tafelgesprek kan niet worden gearchiveerd; een controller kan het eerst heropenen.',
      en: 'A signed-off table conversation cannot be archived; a controller can reopen it first.',
    })
  }
  await db
    .updateTable('conversations')
    .set({ archived_at: input.at, archived_by: input.userId, archive_reason: input.reason })
    .where('id', '=', input.id)
    .execute()
}

/**
 * Signs a conversation off: stores the document and its business-case result as a new locked
 * version and locks the conversation until a controller reopens it.
 */
export async function signOffConversation(
  db: Kysely<Database>,
  input: {
    readonly id: string
    readonly result: unknown
    readonly userId: string
    readonly note: string | null
    readonly at: Date
  },
): Promise<number> {
  const row = await db
    .selectFrom('conversations')
    .select(['document', 'status', 'version', 'archived_at'])
    .where('id', '=', input.id)
    .forUpdate()
    .executeTakeFirstOrThrow()
  if (row.archived_at !== null) throw new ConflictError(ARCHIVED)
  if (row.status === 'signed-off') throw new ConflictError(LOCKED)
  const version = row.version + 1
  await db
    .insertInto('conversation_versions')
    .values({
      conversation_id: input.id,
      version,
      document: JSON.stringify(row.document),
      result: JSON.stringify(input.result),
      signed_off_by: input.userId,
      signed_off_at: input.at,
      note: input.note,
    })
    .execute()
  await db
    .updateTable('conversations')
    .set({ status: 'signed-off', version, updated_at: input.at, updated_by: input.userId })
    .where('id', '=', input.id)
    .execute()
  return version
}

/**
 * Reopens a signed-off conversation for editing, recording who did so and why on the latest
 * version; the signed-off versions themselves stay as they were.
 */
export async function reopenConversation(
  db: Kysely<Database>,
  input: {
    readonly id: string
    readonly userId: string
    readonly reason: string
    readonly at: Date
  },
): Promise<void> {
  const updated = await db
    .updateTable('conversations')
    .set({ status: 'open', updated_at: input.at, updated_by: input.userId })
    .where('id', '=', input.id)
    .where('status', '=', 'signed-off')
    .returning('version')
    .executeTakeFirst()
  if (!updated) {
    throw new ConflictError({
      nl: 'Dit tafelgesprek is niet afgetekend.',
      en: 'This table conversation is not signed off.',
    })
  }
  await db
    .updateTable('conversation_versions')
    .set({ reopened_by: input.userId, reopened_at: input.at, reopen_reason: input.reason })
    .where('conversation_id', '=', input.id)
    .where('version', '=', updated.version)
    .execute()
}

export interface ConversationVersionRow {
  readonly version: number
  readonly signedOffBy: string
  readonly signedOffAt: string
  readonly note: string | null
  readonly reopenReason: string | null
  readonly reopenedAt: string | null
}

export async function listConversationVersions(
  db: Kysely<Database>,
  id: string,
): Promise<ConversationVersionRow[]> {
  const rows = await db
    .selectFrom('conversation_versions as v')
    .innerJoin('users as u', 'u.id', 'v.signed_off_by')
    .select([
      'v.version',
      'u.name',
      'v.signed_off_at',
      'v.note',
      'v.reopen_reason',
      'v.reopened_at',
    ])
    .where('v.conversation_id', '=', id)
    .orderBy('v.version')
    .execute()
  return rows.map((r) => ({
    version: r.version,
    signedOffBy: r.name,
    signedOffAt: new Date(r.signed_off_at).toISOString(),
    note: r.note,
    reopenReason: r.reopen_reason,
    reopenedAt: r.reopened_at === null ? null : new Date(r.reopened_at).toISOString(),
  }))
}
