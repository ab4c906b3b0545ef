import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { BudgetDomain, BudgetPot, DomainYearSpends, LedgerRow } from '../../domain/index.js'
import type { Database } from '../schema.js'

/** The project's pot, if it has one. */
export async function findBudgetPot(
  db: Kysely<Database>,
  projectId: string,
): Promise<BudgetPot | undefined> {
  const row = await db
    .selectFrom('budget_pots')
    .selectAll()
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return (
    row && {
      amountCents: Number(row.amount_cents),
      periodStart: row.period_start,
      periodEnd: row.period_end,
      approvalThresholdCents: Number(row.approval_threshold_cents),
    }
  )
}

export async function saveBudgetPot(
  db: Kysely<Database>,
  projectId: string,
  pot: BudgetPot,
  userId: string,
): Promise<void> {
  const values = {
    amount_cents: pot.amountCents,
    period_start: pot.periodStart,
    period_end: pot.periodEnd,
    approval_threshold_cents: pot.approvalThresholdCents,
    updated_by: userId,
    updated_at: new Date(),
  }
  await db
    .insertInto('budget_pots')
    .values({ project_id: projectId, ...values })
    .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
    .execute()
}

export interface NewLedgerRow {
  readonly projectId: string
  readonly participantId: string
  readonly amountCents: number
  readonly date: string
  readonly purpose: string
  readonly goal: string
  readonly replacesDomain: BudgetDomain | null
  readonly recordedBy: string
  readonly approvedBy: string | null
  readonly corrects: string | null
}

/**
 * Appends a row to the ledger (the only write it takes) and returns its id. The pot's row is
 * locked while the next number is taken, so two appends at once get two numbers.
 */
export async function appendLedgerRow(db: Kysely<Database>, row: NewLedgerRow): Promise<string> {
  const id = randomUUID()
  await db
    .selectFrom('budget_pots')
    .select('project_id')
    .where('project_id', '=', row.projectId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const last = await db
    .selectFrom('budget_ledger')
    .select(sql<number | null>`max(seq)`.as('seq'))
    .where('project_id', '=', row.projectId)
    .executeTakeFirstOrThrow()
  await db
    .insertInto('budget_ledger')
    .values({
      id,
      seq: Number(last.seq ?? 0) + 1,
      project_id: row.projectId,
      participant_id: row.participantId,
      amount_cents: row.amountCents,
      date: row.date,
      purpose: row.purpose,
      goal: row.goal,
      replaces_domain: row.replacesDomain,
      recorded_by: row.recordedBy,
      approved_by: row.approvedBy,
      corrects: row.corrects,
    })
    .execute()
  return id
}

/** The project's ledger in order, with pseudonyms and the names of who recorded and approved. */
export async function listLedger(db: Kysely<Database>, projectId: string): Promise<LedgerRow[]> {
  const rows = await db
    .selectFrom('budget_ledger as b')
    .innerJoin('participants as p', 'p.id', 'b.participant_id')
    .innerJoin('users as r', 'r.id', 'b.recorded_by')
    .leftJoin('users as a', 'a.id', 'b.approved_by')
    .select([
      'b.id',
      'b.seq',
      'b.participant_id as participantId',
      'p.pseudonym',
      'b.amount_cents as amountCents',
      'b.date',
      'b.purpose',
      'b.goal',
      'b.replaces_domain as replacesDomain',
      'r.name as recordedBy',
      'a.name as approvedBy',
      'b.corrects',
      'b.recorded_at as recordedAt',
    ])
    .where('b.project_id', '=', projectId)
    .orderBy('b.seq')
    .execute()
  return rows.map((r) => ({
    ...r,
    seq: Number(r.seq),
    amountCents: Number(r.amountCents),
    replacesDomain: r.replacesDomain as BudgetDomain | null,
    recordedAt: new Date(r.recordedAt).toISOString(),
  }))
}

/** One ledger row of the project (for a correction), or undefined. */
export async function findLedgerRow(db: Kysely<Database>, projectId: string, id: string) {
  return (await listLedger(db, projectId)).find((r) => r.id === id)
}

/** Spends per domain and year, corrections included (they carry their spend's domain). */
export async function domainYearSpends(
  db: Kysely<Database>,
  projectId: string,
): Promise<DomainYearSpends[]> {
  const rows = await db
    .selectFrom('budget_ledger')
    .select([
      'replaces_domain as domain',
      sql<number>`extract(year from date)::int`.as('year'),
      sql<string>`sum(amount_cents)`.as('cents'),
      sql<string>`count(*) filter (where corrects is null)`.as('entries'),
    ])
    .where('project_id', '=', projectId)
    .groupBy(['replaces_domain', sql`extract(year from date)`])
    .orderBy('year')
    .orderBy('replaces_domain')
    .execute()
  return rows.map((r) => ({
    domain: r.domain as BudgetDomain | null,
    year: Number(r.year),
    cents: Number(r.cents),
    entries: Number(r.entries),
  }))
}
