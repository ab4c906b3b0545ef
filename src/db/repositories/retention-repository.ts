import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  CARE_FRAMEWORKS,
  type CareFramework,
  type DestructionStatement,
  type RetentionKind,
  type RetentionRule,
  retentionDueDate,
  retentionTable,
  todayInAmsterdam,
} from '../../domain/index.js'
import type { Database } from '../schema.js'
import { appendAuditEntry } from './audit-repository.js'
import { countUnitRows, deleteUnitRows, type PersonDataUnit } from './person-data-repository.js'

/** The municipality's retention table: the shipped rules with its own rows in their place. */
export async function loadRetentionRules(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<readonly RetentionRule[]> {
  const own = await db
    .selectFrom('retention_rules')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .execute()
  return retentionTable(
    own.map((row) => ({
      kind: row.kind as RetentionKind,
      years: row.years,
      startEvent: row.start_event as RetentionRule['startEvent'],
      source: { nl: row.source_nl, en: row.source_en },
    })),
  )
}

/** Sets a municipality's own rule for a kind (its period and where that comes from). */
export async function saveRetentionRule(
  db: Kysely<Database>,
  input: {
    readonly municipalityId: string
    readonly rule: RetentionRule
    readonly by: string | null
  },
): Promise<void> {
  const values = {
    years: input.rule.years,
    start_event: input.rule.startEvent,
    source_nl: input.rule.source.nl,
    source_en: input.rule.source.en,
    updated_by: input.by,
    updated_at: new Date(),
  }
  await db
    .insertInto('retention_rules')
    .values({ municipality_id: input.municipalityId, kind: input.rule.kind, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'kind']).doUpdateSet(values))
    .execute()
}

/** What one kind has due: the units (files or conversations) and their rows per table. */
export interface DueKind {
  readonly kind: RetentionKind
  readonly unit: PersonDataUnit
  readonly ids: readonly string[]
  readonly rows: Record<string, number>
  readonly rule: RetentionRule
}

/** The end of the last project a resident's research records belong to (null: one runs on). */
export async function researchEnd(
  db: Kysely<Database>,
  participantId: string,
): Promise<string | null> {
  const rows = await db
    .selectFrom('conversations as c')
    .innerJoin('projects as pr', 'pr.id', 'c.project_id')
    .select('pr.period_end as periodEnd')
    .where('c.participant_id', '=', participantId)
    .execute()
  if (rows.length === 0 || rows.some((row) => row.periodEnd === null)) return null
  return rows
    .map((row) => row.periodEnd as string)
    .sort()
    .at(-1) as string
}

export function ruleOf(rules: readonly RetentionRule[], kind: RetentionKind): RetentionRule {
  return rules.find((rule) => rule.kind === kind) as RetentionRule
}

/**
 * The day each resident's file closed: the end of their last enrolment, or the day they were
 * registered when never enrolled; null while an enrolment is open.
 */
export async function fileClosings(
  db: Kysely<Database>,
  municipalityId: string,
  participantId?: string,
): Promise<{ id: string; framework: CareFramework; closedOn: string | null }[]> {
  let query = db
    .selectFrom('participants as p')
    .leftJoin('enrolments as e', 'e.participant_id', 'p.id')
    .select((eb) => [
      'p.id',
      'p.care_framework as framework',
      'p.created_at as createdAt',
      eb.fn.count<string>('e.id').as('enrolments'),
      eb.fn.count<string>('e.end_date').as('ended'),
      eb.fn.max('e.end_date').as('lastEnd'),
    ])
    .where('p.municipality_id', '=', municipalityId)
  if (participantId !== undefined) query = query.where('p.id', '=', participantId)
  const rows = await query
    .groupBy(['p.id', 'p.care_framework', 'p.created_at'])
    .orderBy('p.id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    framework: row.framework as CareFramework,
    closedOn:
      Number(row.enrolments) === 0
        ? todayInAmsterdam(row.createdAt)
        : Number(row.ended) === Number(row.enrolments)
          ? (row.lastEnd as string)
          : null,
  }))
}

/**
 * Everything of one municipality whose retention period has passed on `today`: resident files
 * per law (closed long enough ago) and research records (table conversations of projects that
 * ended long enough ago, of residents whose file is not due itself).
 */
export async function findDue(
  db: Kysely<Database>,
  municipalityId: string,
  today: string,
): Promise<DueKind[]> {
  const rules = await loadRetentionRules(db, municipalityId)
  const due: DueKind[] = []
  const dueFiles = new Set<string>()
  const files = await fileClosings(db, municipalityId)
  for (const framework of CARE_FRAMEWORKS) {
    const rule = ruleOf(rules, framework)
    const ids = files
      .filter((file) => file.framework === framework)
      .filter((file) => {
        const date = retentionDueDate(rule, file.closedOn)
        return date !== null && date <= today
      })
      .map((file) => file.id)
    for (const id of ids) dueFiles.add(id)
    if (ids.length > 0)
      due.push({
        kind: framework,
        unit: 'participants',
        ids,
        rule,
        rows: await countUnitRows(db, 'participants', ids),
      })
  }
  const research = ruleOf(rules, 'research')
  const conversations = await db
    .selectFrom('conversations as c')
    .innerJoin('projects as pr', 'pr.id', 'c.project_id')
    .select(['c.id', 'c.participant_id as participantId', 'pr.period_end as periodEnd'])
    .where('pr.municipality_id', '=', municipalityId)
    .orderBy('c.id')
    .execute()
  const researchIds = conversations
    .filter((row) => !dueFiles.has(row.participantId))
    .filter((row) => {
      const date = retentionDueDate(research, row.periodEnd)
      return date !== null && date <= today
    })
    .map((row) => row.id)
  if (researchIds.length > 0)
    due.push({
      kind: 'research',
      unit: 'conversations',
      ids: researchIds,
      rule: research,
      rows: await countUnitRows(db, 'conversations', researchIds),
    })
  return due
}

function ruleText(rule: RetentionRule): string {
  return `${rule.kind}: ${rule.years} years from ${rule.startEvent} (${rule.source.en})`
}

/**
 * Destroys what is due (research records first, then whole files), records the destruction
 * statement — per kind how many files and rows, under which rule, approved by whom — and an
 * audit entry that names the statement, not what was destroyed. Run it in one transaction.
 * Returns null when nothing was due.
 */
export async function destroyDue(
  db: Kysely<Database>,
  input: {
    readonly municipalityId: string
    readonly due: readonly DueKind[]
    readonly approvedBy: {
      readonly id: string
      readonly name: string
      readonly role: string
      readonly organisationId: string
    }
    readonly referenceDate: string
    readonly at: Date
    /** Where the approval came from (the CLI, or the caller's address). */
    readonly origin: string
  },
): Promise<DestructionStatement | null> {
  if (input.due.length === 0) return null
  const ordered = [...input.due].sort((a, b) =>
    a.unit === b.unit ? 0 : a.unit === 'conversations' ? -1 : 1,
  )
  const items: DestructionStatement['items'] = []
  for (const kind of ordered) {
    const rows = await deleteUnitRows(db, kind.unit, kind.ids)
    items.push({ kind: kind.kind, files: kind.ids.length, rows, rule: ruleText(kind.rule) })
  }
  const statement: DestructionStatement = {
    id: randomUUID(),
    at: input.at.toISOString(),
    referenceDate: input.referenceDate,
    rule: RULE,
    approvedBy: input.approvedBy.name,
    items,
  }
  await db
    .insertInto('destruction_statements')
    .values({
      id: statement.id,
      municipality_id: input.municipalityId,
      at: input.at,
      reference_date: input.referenceDate,
      rule: statement.rule,
      approved_by: input.approvedBy.id,
      items: JSON.stringify(items),
    })
    .execute()
  await appendAuditEntry(db, {
    at: input.at.toISOString(),
    actorUserId: input.approvedBy.id,
    actorRole: input.approvedBy.role,
    actorOrganisationId: input.approvedBy.organisationId,
    action: 'retention destroy',
    objectType: 'destruction-statement',
    objectId: statement.id,
    personPseudonym: null,
    purpose: 'data-subject-rights',
    allowed: true,
    origin: input.origin,
  })
  return statement
}

/** What a destruction statement cites: the Archiefwet's duty to destroy on time, and the table. */
const RULE =
  "Archiefwet 1995 art. 3 and 5 (destruction per the selection list), Jeugdwet art. 7.3.9; the municipality's retention table"

/**
 * The daily check: for every municipality, counts what is due on `now`'s date and records it
 * for the privacy officer. It never destroys: that takes their approval (retention run).
 */
export async function checkRetention(
  db: Kysely<Database>,
  now: Date,
): Promise<{ municipalityId: string; dueFiles: number }[]> {
  const today = todayInAmsterdam(now)
  const municipalities = await db.selectFrom('municipalities').select('id').orderBy('id').execute()
  const checked = []
  for (const { id } of municipalities) {
    const due = await findDue(db, id, today)
    const dueFiles = due.reduce((sum, kind) => sum + kind.ids.length, 0)
    await recordRetentionCheck(db, { municipalityId: id, at: now, dueFiles })
    checked.push({ municipalityId: id, dueFiles })
  }
  return checked
}

export async function listDestructionStatements(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<DestructionStatement[]> {
  const rows = await db
    .selectFrom('destruction_statements as d')
    .innerJoin('users as u', 'u.id', 'd.approved_by')
    .select(['d.id', 'd.at', 'd.reference_date', 'd.rule', 'u.name', 'd.items'])
    .where('d.municipality_id', '=', municipalityId)
    .orderBy('d.at', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    referenceDate: row.reference_date,
    rule: row.rule,
    approvedBy: row.name,
    items: row.items as DestructionStatement['items'],
  }))
}

/** Records the daily check: when it ran and how many files and records were due. */
export async function recordRetentionCheck(
  db: Kysely<Database>,
  input: { readonly municipalityId: string; readonly at: Date; readonly dueFiles: number },
): Promise<void> {
  const values = { checked_at: input.at, due_files: input.dueFiles }
  await db
    .insertInto('retention_checks')
    .values({ municipality_id: input.municipalityId, ...values })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(values))
    .execute()
}

export async function lastRetentionCheck(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<{ at: string; dueFiles: number } | null> {
  const row = await db
    .selectFrom('retention_checks')
    .select(['checked_at', 'due_files'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst()
  return row ? { at: row.checked_at.toISOString(), dueFiles: row.due_files } : null
}
