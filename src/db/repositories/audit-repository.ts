import { type Kysely, sql } from 'kysely'
import type { AuditFields, ChainedAuditEntry } from '../../domain/index.js'
import { type ChainHead, hashAuditEntry } from '../audit-chain.js'
import type { Database } from '../schema.js'

/**
 * Appends one entry. Run it inside the transaction of the write it records (pass the
 * transaction), so the entry and the write commit or roll back together. It is a plain insert
 * that waits on nothing: the entry takes its number from a sequence and is chained later, in
 * commit order, by sealAuditEntries. Returns the entry's number.
 */
export async function appendAuditEntry(db: Kysely<Database>, fields: AuditFields): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
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
      chain_seq: null,
      prev_hash: null,
      hash: null,
    })
    .returning('seq')
    .executeTakeFirstOrThrow()
  return row.seq
}

/** What one sealing round did: the chain head after it, and how many entries it chained. */
export interface SealOutcome {
  readonly head: ChainHead
  readonly sealed: number
}

/**
 * Chains the committed entries that are not chained yet, oldest number first, up to `limit`:
 * each gets the next chain position, its predecessor's hash and its own, and the head moves.
 * Entries committed later with a lower number are chained in a later round, so the chain's
 * order is the order in which entries became visible. Only one sealer works at a time: one that
 * finds the head locked by another returns `undefined` at once instead of queueing.
 */
export async function sealAuditEntries(
  db: Kysely<Database>,
  limit = 5000,
): Promise<SealOutcome | undefined> {
  const seal = async (trx: Kysely<Database>): Promise<SealOutcome | undefined> => {
    const locked = await trx
      .selectFrom('audit_chain_head')
      .select(['last_seq as lastSeq', 'last_hash as lastHash'])
      .where('id', '=', 1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst()
    if (!locked) return undefined
    const pending = await selectFields(trx)
      .where('chain_seq', 'is', null)
      .orderBy('seq')
      .limit(limit)
      .execute()
    if (pending.length === 0) return { head: locked, sealed: 0 }
    let head: ChainHead = locked
    const seals = pending.map((row) => {
      const chainSeq = head.lastSeq + 1
      const hash = hashAuditEntry(head.lastHash, chainSeq, toFields(row))
      const seal = sql`(${row.seq}::integer, ${chainSeq}::integer, ${head.lastHash}, ${hash})`
      head = { lastSeq: chainSeq, lastHash: hash }
      return seal
    })
    // one statement for the whole round: a round trip per entry would make the sealer the
    // bottleneck it replaces
    await sql`update audit_log set chain_seq = v.chain_seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(seals)}) as v(seq, chain_seq, prev_hash, hash)
      where audit_log.seq = v.seq`.execute(trx)
    await trx
      .updateTable('audit_chain_head')
      .set({ last_seq: head.lastSeq, last_hash: head.lastHash })
      .where('id', '=', 1)
      .execute()
    return { head, sealed: pending.length }
  }
  return db.isTransaction ? seal(db) : db.transaction().execute(seal)
}

/** Chains every pending entry (rounds of sealAuditEntries until none is left or another sealer works). */
export async function sealAllAuditEntries(db: Kysely<Database>): Promise<SealOutcome | undefined> {
  let total = 0
  for (;;) {
    const round = await sealAuditEntries(db)
    if (!round) return undefined
    total += round.sealed
    if (round.sealed === 0) return { head: round.head, sealed: total }
  }
}

/**
 * Makes new entries' numbers continue after the highest stored one (a restore inserts entries
 * with their numbers, which the sequence does not see).
 */
export async function continueAuditNumbers(db: Kysely<Database>): Promise<void> {
  await sql`select setval('audit_entry_numbers', coalesce(max(seq), 0) + 1, false) from audit_log`.execute(
    db,
  )
}

/** How many entries the log holds, chained or not (tests count what a request wrote). */
export async function countAuditEntries(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function readChainHead(db: Kysely<Database>): Promise<ChainHead> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq as lastSeq', 'last_hash as lastHash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return head
}

/** An entry's hashed fields, as AuditFields names them (the chain and the sealer read these). */
const FIELD_COLUMNS = [
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
] as const

function selectFields(db: Kysely<Database>) {
  return db.selectFrom('audit_log').select(['seq', ...FIELD_COLUMNS])
}

function toFields(
  row: Awaited<ReturnType<ReturnType<typeof selectFields>['execute']>>[number],
): AuditFields & { readonly seq: number } {
  return { ...row, at: row.at.toISOString() }
}

/**
 * The chained entries in chain order, in pages of `pageSize`, for verification (each entry's
 * `seq` is its chain position). Entries not sealed yet are not part of the chain.
 */
export async function* readAuditChain(
  db: Kysely<Database>,
  pageSize = 5000,
): AsyncGenerator<ChainedAuditEntry[]> {
  let after = 0
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['chain_seq as seq', ...FIELD_COLUMNS, 'prev_hash as prevHash', 'hash'])
      .where('chain_seq', '>', after)
      .orderBy('chain_seq')
      .limit(pageSize)
      .execute()
    if (rows.length === 0) return
    yield rows.map((row) => ({
      ...row,
      seq: row.seq as number,
      prevHash: row.prevHash as string,
      hash: row.hash as string,
      at: row.at.toISOString(),
    }))
    after = rows.at(-1)?.seq as number
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

export interface AuditViewRow extends AuditFields {
  readonly seq: number
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
