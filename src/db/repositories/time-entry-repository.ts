import { type Kysely, sql } from 'kysely'
import {
  INFORMAL_KINDS,
  type MinuteTotals,
  type OrganisationYearMinutes,
  type TimeEntry,
  type TimeKind,
} from '../../domain/index.js'
import type { Database } from '../schema.js'
import { type ParticipantScope, visibleTo } from './participant-repository.js'

export interface StoredTimeEntry {
  readonly id: string
  readonly projectId: string
  readonly participantId: string
  readonly userId: string
  readonly organisationId: string
  readonly team: string | null
  readonly kind: TimeKind
  readonly minutes: number
  readonly date: string
  readonly ownOrganisation: boolean
  readonly source: 'app' | 'import'
}

export type UpsertOutcome =
  | { readonly outcome: 'created' | 'updated' | 'unchanged' }
  /** The id belongs to another professional's entry or another project. */
  | { readonly outcome: 'not-own' }

/**
 * Stores an entry under its client-made id: new → inserted; the same professional's entry →
 * corrected (or left as it is when nothing changed, a resent queue); anyone else's → refused.
 * The row is locked while it is compared, so two sends of one entry at once store it once.
 */
export async function upsertTimeEntry(
  db: Kysely<Database>,
  entry: StoredTimeEntry,
): Promise<UpsertOutcome> {
  const existing = await db
    .selectFrom('time_entries')
    .selectAll()
    .where('id', '=', entry.id)
    .forUpdate()
    .executeTakeFirst()
  const values = {
    participant_id: entry.participantId,
    kind: entry.kind,
    minutes: entry.minutes,
    date: entry.date,
    own_organisation: entry.ownOrganisation,
  }
  if (!existing) {
    const inserted = await db
      .insertInto('time_entries')
      .values({
        id: entry.id,
        project_id: entry.projectId,
        user_id: entry.userId,
        organisation_id: entry.organisationId,
        team: entry.team,
        source: entry.source,
        ...values,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst()
    // a concurrent first send won the insert: compare against what it stored
    if (inserted.numInsertedOrUpdatedRows === 0n) return upsertTimeEntry(db, entry)
    return { outcome: 'created' }
  }
  if (existing.user_id !== entry.userId || existing.project_id !== entry.projectId)
    return { outcome: 'not-own' }
  const same =
    existing.participant_id === values.participant_id &&
    existing.kind === values.kind &&
    existing.minutes === values.minutes &&
    existing.date === values.date &&
    existing.own_organisation === values.own_organisation
  if (same) return { outcome: 'unchanged' }
  await db
    .updateTable('time_entries')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', entry.id)
    .execute()
  return { outcome: 'updated' }
}

function selectEntries(db: Kysely<Database>) {
  return db
    .selectFrom('time_entries as t')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .select([
      't.id',
      't.participant_id as participantId',
      'p.pseudonym',
      't.kind',
      't.minutes',
      't.date',
      't.own_organisation as ownOrganisation',
    ])
}

export async function findTimeEntry(db: Kysely<Database>, id: string): Promise<TimeEntry> {
  const row = await selectEntries(db).where('t.id', '=', id).executeTakeFirstOrThrow()
  return { ...row, kind: row.kind as TimeKind }
}

/** One professional's entries of a project in a period, most recent first. */
export async function listOwnTimeEntries(
  db: Kysely<Database>,
  filter: { userId: string; projectId: string; from: string; to: string },
): Promise<TimeEntry[]> {
  const rows = await selectEntries(db)
    .where('t.user_id', '=', filter.userId)
    .where('t.project_id', '=', filter.projectId)
    .where('t.date', '>=', filter.from)
    .where('t.date', '<=', filter.to)
    .orderBy('t.date', 'desc')
    .orderBy('t.created_at', 'desc')
    .execute()
  return rows.map((r) => ({ ...r, kind: r.kind as TimeKind }))
}

const informal = sql<boolean>`t.kind in (${sql.join(INFORMAL_KINDS.map((k) => sql.lit(k)))})`

/** Sums as MinuteTotals: own-organisation time apart, the rest formal or informal by kind. */
const totalColumns = [
  sql<string>`coalesce(sum(t.minutes) filter (where not t.own_organisation and not ${informal}), 0)`.as(
    'formal',
  ),
  sql<string>`coalesce(sum(t.minutes) filter (where not t.own_organisation and ${informal}), 0)`.as(
    'informal',
  ),
  sql<string>`coalesce(sum(t.minutes) filter (where t.own_organisation), 0)`.as('ownOrganisation'),
  sql<string>`count(*)`.as('entries'),
] as const

const toTotals = (r: {
  formal: string
  informal: string
  ownOrganisation: string
  entries: string
}): MinuteTotals => ({
  formal: Number(r.formal),
  informal: Number(r.informal),
  ownOrganisation: Number(r.ownOrganisation),
  entries: Number(r.entries),
})

/** The totals of a team (organisation and team name) in a project over a period. */
export async function teamMinuteTotals(
  db: Kysely<Database>,
  filter: {
    projectId: string
    organisationId: string
    team: string | null
    from: string
    to: string
  },
): Promise<MinuteTotals> {
  let query = db
    .selectFrom('time_entries as t')
    .select(totalColumns)
    .where('t.project_id', '=', filter.projectId)
    .where('t.organisation_id', '=', filter.organisationId)
    .where('t.date', '>=', filter.from)
    .where('t.date', '<=', filter.to)
  query =
    filter.team === null
      ? query.where('t.team', 'is', null)
      : query.where('t.team', '=', filter.team)
  return toTotals(await query.executeTakeFirstOrThrow())
}

/** The project's minutes per organisation and year: what the costs are computed from. */
export async function organisationYearMinutes(
  db: Kysely<Database>,
  projectId: string,
): Promise<OrganisationYearMinutes[]> {
  const rows = await db
    .selectFrom('time_entries as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select([
      'o.id as organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
      sql<number>`extract(year from t.date)::int`.as('year'),
      ...totalColumns,
    ])
    .where('t.project_id', '=', projectId)
    .groupBy(['o.id', 'o.name', 'o.kind', sql`extract(year from t.date)`])
    .orderBy('o.name')
    .orderBy('year')
    .execute()
  return rows.map((r) => ({
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    organisationKind: r.organisationKind,
    year: Number(r.year),
    ...toTotals(r),
  }))
}

/**
 * The project's cases the scope may see that are still enrolled, with the professional's last
 * entry for each: the dialog lists the recent ones first.
 */
export async function recentTimeCases(
  db: Kysely<Database>,
  scope: ParticipantScope,
  filter: { projectId: string; userId: string },
): Promise<{ participantId: string; pseudonym: string; lastEntry: string | null }[]> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('participants', 'participants.id', 'e.participant_id')
    .select([
      'participants.id as participantId',
      'participants.pseudonym',
      (eb) =>
        eb
          .selectFrom('time_entries as t')
          .select(sql<string | null>`max(t.date)::text`.as('last'))
          .whereRef('t.participant_id', '=', 'participants.id')
          .where('t.project_id', '=', filter.projectId)
          .where('t.user_id', '=', filter.userId)
          .as('lastEntry'),
    ])
    .where('e.project_id', '=', filter.projectId)
    .where('e.end_date', 'is', null)
    .where('participants.municipality_id', '=', scope.municipalityId)
    .where(visibleTo(scope))
    .orderBy(sql`3 desc nulls last`)
    .orderBy('participants.pseudonym')
    .execute()
}

/** Every entry of a project, for the export and the capacity monitor (team of the recorder). */
export async function listProjectTimeEntries(db: Kysely<Database>, projectId: string) {
  return db
    .selectFrom('time_entries as t')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([
      'p.pseudonym',
      'u.email',
      't.organisation_id as organisationId',
      't.team',
      't.date',
      't.kind',
      't.minutes',
      't.own_organisation as ownOrganisation',
    ])
    .where('t.project_id', '=', projectId)
    .orderBy('t.date')
    .orderBy('p.pseudonym')
    .execute()
}

/** The date of each case's first recorded contact in the project. */
export async function firstContacts(
  db: Kysely<Database>,
  projectId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('time_entries')
    .select(['participant_id', sql<string>`min(date)::text`.as('first')])
    .where('project_id', '=', projectId)
    .groupBy('participant_id')
    .execute()
  return new Map(rows.map((r) => [r.participant_id, r.first]))
}
