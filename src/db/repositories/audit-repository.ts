import { type Kysely, sql } from 'kysely'
import type { AuditFields, ChainedAuditEntry } from '../../domain/index.js'
import { type ChainHead, hashAuditEntry } from '../audit-chain.js'
import type { Database } from '../schema.js'

/**
 * Appends one entry. Must run inside the transaction of the write it records (pass the
 * transaction): it locks the chain head row, so concurrent appends queue up instead of
 * forking the chain.
 */
export async function appendAuditEntry(db: Kysely<Database>, fields: AuditFields): Promise<number> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const seq = head.last_seq + 1
  const hash = hashAuditEntry(head.last_hash, seq, fields)
  await db
    .insertInto('audit_log')
    .values({
      seq,
      at: fields.at,
      actor_user_id: fields.actorUserId,
      actor_role: fields.actorRole,
      actor_organisation_id: fields.actorOrganisationId,
      action: fields.action,
      object_type: fields.objectType,
      object_id: fields.objectId,
      person_pseudonym: fields.personPseudonym,
      purpose: fields.purpose,
      allowed: fields.allowed,
      origin: fields.origin,
      prev_hash: head.last_hash,
      hash,
    })
    .execute()
  await db
    .updateTable('audit_chain_head')
    .set({ last_seq: seq, last_hash: hash })
    .where('id', '=', 1)
    .execute()
  return seq
}

export async function readChainHead(db: Kysely<Database>): Promise<ChainHead> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq as lastSeq', 'last_hash as lastHash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return head
}

function selectEntries(db: Kysely<Database>) {
  return db
    .selectFrom('audit_log')
    .select([
      'seq',
      'at',
      'actor_user_id as actorUserId',
      'actor_role as actorRole',
      'actor_organisation_id as actorOrganisationId',
      'action',
      'object_type as objectType',
      'object_id as objectId',
      'person_pseudonym as personPseudonym',
      'purpose',
      'allowed',
      'origin',
      'prev_hash as prevHash',
      'hash',
    ])
}

function toEntry(
  row: Awaited<ReturnType<ReturnType<typeof selectEntries>['execute']>>[number],
): ChainedAuditEntry {
  return { ...row, at: row.at.toISOString() }
}

/** The whole chain in order, in pages of `pageSize`, for verification and dumps. */
export async function* readAuditChain(
  db: Kysely<Database>,
  pageSize = 5000,
): AsyncGenerator<ChainedAuditEntry[]> {
  let after = 0
  for (;;) {
    const rows = await selectEntries(db)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute()
    if (rows.length === 0) return
    yield rows.map(toEntry)
    after = (rows.at(-1) as { seq: number }).seq
  }
}

export interface AuditFilter {
  readonly municipalityId: string
  readonly personPseudonym?: string | undefined
  readonly actorUserId?: string | undefined
  /** Days in Europe/Amsterdam (YYYY-MM-DD), both included. */
  readonly from?: string | undefined
  readonly to?: string | undefined
  /** Only entries older than this sequence number (the page before). */
  readonly beforeSeq?: number | undefined
  readonly limit?: number | undefined
}

export interface AuditViewRow extends ChainedAuditEntry {
  readonly actorName: string | null
  readonly organisationName: string | null
}

/**
 * Entries of one municipality (by the actor's organisation, or for anonymous attempts by the
 * participant's municipality), newest first.
 */
export async function listAuditEntries(
  db: Kysely<Database>,
  filter: AuditFilter,
): Promise<AuditViewRow[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .leftJoin('organisations', 'organisations.id', 'audit_log.actor_organisation_id')
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_user_id as actorUserId',
      'audit_log.actor_role as actorRole',
      'audit_log.actor_organisation_id as actorOrganisationId',
      'audit_log.action',
      'audit_log.object_type as objectType',
      'audit_log.object_id as objectId',
      'audit_log.person_pseudonym as personPseudonym',
      'audit_log.purpose',
      'audit_log.allowed',
      'audit_log.origin',
      'audit_log.prev_hash as prevHash',
      'audit_log.hash',
      'users.name as actorName',
      'organisations.name as organisationName',
    ])
    .where((eb) =>
      eb.or([
        eb('organisations.municipality_id', '=', filter.municipalityId),
        eb.exists(
          eb
            .selectFrom('participants as p')
            .select(sql`1`.as('one'))
            .whereRef('p.pseudonym', '=', 'audit_log.person_pseudonym')
            .where('p.municipality_id', '=', filter.municipalityId),
        ),
      ]),
    )
  if (filter.personPseudonym !== undefined)
    query = query.where('audit_log.person_pseudonym', '=', filter.personPseudonym)
  if (filter.actorUserId !== undefined)
    query = query.where('audit_log.actor_user_id', '=', filter.actorUserId)
  // A local day starts at its midnight in Amsterdam, so a period never shifts by the UTC offset.
  if (filter.from !== undefined)
    query = query.where(
      'audit_log.at',
      '>=',
      sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Amsterdam'`,
    )
  if (filter.to !== undefined)
    query = query.where(
      'audit_log.at',
      '<',
      sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`,
    )
  if (filter.beforeSeq !== undefined) query = query.where('audit_log.seq', '<', filter.beforeSeq)
  const rows = await query
    .orderBy('audit_log.seq', 'desc')
    .limit(filter.limit ?? 1000)
    .execute()
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }))
}
