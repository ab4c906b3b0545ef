import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type {
  ActionStatus,
  Colleague,
  ConferenceCadence,
  ConferenceDomain,
  Role,
} from '../../domain/index.js'
import type { Database } from '../schema.js'
import { type ParticipantScope, visibleTo } from './participant-repository.js'

/** A colleague with what their basis for participants depends on (role, organisation, team). */
export interface ColleagueRow extends Colleague {
  readonly role: Role
  readonly municipalityId: string
}

export interface ConferenceRow {
  readonly id: string
  readonly municipalityId: string
  readonly projectId: string
  readonly seriesId: string | null
  readonly cadence: ConferenceCadence | null
  readonly organisation: { readonly id: string; readonly name: string }
  readonly team: string | null
  readonly date: string
  readonly chairUserId: string | null
  readonly attendeeCount: number
  readonly caseCount: number
}

export interface AttendeeRow {
  readonly userId: string
  readonly domain: ConferenceDomain
  readonly attended: boolean
}

export interface CaseRow {
  readonly id: string
  readonly conferenceId: string
  readonly participantId: string
  readonly pseudonym: string
  readonly broughtBy: string
  readonly domain: ConferenceDomain
  readonly question: string
  readonly discussion: string
  readonly decisions: string
}

export interface ActionRow {
  readonly id: string
  readonly caseId: string
  readonly conference: { readonly id: string; readonly date: string }
  readonly participant: { readonly id: string; readonly pseudonym: string }
  readonly description: string
  readonly ownerUserId: string
  readonly dueDate: string
  readonly status: ActionStatus
}

function selectColleagues(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.name',
      'users.team',
      'users.role',
      'organisations.municipality_id as municipalityId',
      'organisations.id as organisationId',
      'organisations.name as organisationName',
      'organisations.kind as organisationKind',
    ])
    .where('users.role', 'is not', null)
}

type RawColleague = Awaited<ReturnType<ReturnType<typeof selectColleagues>['execute']>>[number]

function toColleague(row: RawColleague): ColleagueRow {
  return {
    id: row.id,
    name: row.name,
    team: row.team,
    role: row.role as Role,
    municipalityId: row.municipalityId,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      kind: row.organisationKind,
    },
  }
}

/** The municipality's colleagues who hold one of `roles`, by name. */
export async function listColleagues(
  db: Kysely<Database>,
  municipalityId: string,
  roles: readonly Role[],
): Promise<ColleagueRow[]> {
  const rows = await selectColleagues(db)
    .where('organisations.municipality_id', '=', municipalityId)
    .where('users.role', 'in', [...roles])
    .orderBy('users.name')
    .execute()
  return rows.map(toColleague)
}

/** Colleagues by id, within one municipality (others are left out). */
export async function findColleagues(
  db: Kysely<Database>,
  municipalityId: string,
  ids: readonly string[],
): Promise<Map<string, ColleagueRow>> {
  if (ids.length === 0) return new Map()
  const rows = await selectColleagues(db)
    .where('organisations.municipality_id', '=', municipalityId)
    .where('users.id', 'in', [...new Set(ids)])
    .execute()
  return new Map(rows.map((row) => [row.id, toColleague(row)]))
}

/** Which of these participants the scope has a basis for (own team, or a share in force). */
export async function participantsWithBasis(
  db: Kysely<Database>,
  scope: ParticipantScope,
  participantIds: readonly string[],
): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set()
  const rows = await db
    .selectFrom('participants')
    .select('participants.id')
    .where('participants.municipality_id', '=', scope.municipalityId)
    .where('participants.id', 'in', [...new Set(participantIds)])
    .where(visibleTo(scope))
    .execute()
  return new Set(rows.map((row) => row.id))
}

export interface NewConferences {
  readonly municipalityId: string
  readonly projectId: string
  readonly organisationId: string
  readonly team: string | null
  readonly dates: readonly string[]
  /** null for a single conference, else the series the dates make. */
  readonly cadence: ConferenceCadence | null
  readonly chairUserId: string | null
  readonly attendees: readonly AttendeeRow[]
  readonly createdBy: string | null
}

/** Plans one conference or a series of them (each with the same chair and attendees). */
export async function createConferences(
  db: Kysely<Database>,
  input: NewConferences,
): Promise<string[]> {
  let seriesId: string | null = null
  if (input.cadence !== null) {
    seriesId = randomUUID()
    await db
      .insertInto('case_conference_series')
      .values({ id: seriesId, cadence: input.cadence, created_by: input.createdBy })
      .execute()
  }
  const ids = input.dates.map(() => randomUUID())
  await db
    .insertInto('case_conferences')
    .values(
      input.dates.map((date, i) => ({
        id: ids[i] as string,
        municipality_id: input.municipalityId,
        project_id: input.projectId,
        series_id: seriesId,
        organisation_id: input.organisationId,
        team: input.team,
        date,
        chair_user_id: input.chairUserId,
        created_by: input.createdBy,
      })),
    )
    .execute()
  await addAttendees(
    db,
    ids.flatMap((conferenceId) => input.attendees.map((a) => ({ ...a, conferenceId }))),
  )
  return ids
}

/** Puts professionals on conferences' attendee lists (each once per conference). */
export async function addAttendees(
  db: Kysely<Database>,
  attendees: readonly (AttendeeRow & { readonly conferenceId: string })[],
): Promise<void> {
  if (attendees.length === 0) return
  await db
    .insertInto('case_conference_attendees')
    .values(
      attendees.map((a) => ({
        conference_id: a.conferenceId,
        user_id: a.userId,
        domain: a.domain,
        attended: a.attended,
      })),
    )
    .execute()
}

function selectConferences(db: Kysely<Database>) {
  return db
    .selectFrom('case_conferences as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('case_conference_series as s', 's.id', 'c.series_id')
    .select([
      'c.id',
      'c.municipality_id as municipalityId',
      'c.project_id as projectId',
      'c.series_id as seriesId',
      's.cadence',
      'o.id as organisationId',
      'o.name as organisationName',
      'c.team',
      'c.date',
      'c.chair_user_id as chairUserId',
      sql<number>`(select count(*)::int from case_conference_attendees a where a.conference_id = c.id)`.as(
        'attendeeCount',
      ),
      sql<number>`(select count(*)::int from case_conference_cases k where k.conference_id = c.id)`.as(
        'caseCount',
      ),
    ])
}

type RawConference = Awaited<ReturnType<ReturnType<typeof selectConferences>['execute']>>[number]

function toConference({ organisationId, organisationName, ...row }: RawConference): ConferenceRow {
  return {
    ...row,
    cadence: row.cadence as ConferenceCadence | null,
    organisation: { id: organisationId, name: organisationName },
  }
}

export async function listConferences(
  db: Kysely<Database>,
  municipalityId: string,
  filter: {
    readonly projectId?: string | undefined
    readonly from?: string | undefined
    readonly to?: string | undefined
    readonly ids?: readonly string[] | undefined
  },
): Promise<ConferenceRow[]> {
  let query = selectConferences(db).where('c.municipality_id', '=', municipalityId)
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return []
    query = query.where('c.id', 'in', [...filter.ids])
  }
  if (filter.projectId !== undefined) query = query.where('c.project_id', '=', filter.projectId)
  if (filter.from !== undefined) query = query.where('c.date', '>=', filter.from)
  if (filter.to !== undefined) query = query.where('c.date', '<=', filter.to)
  const rows = await query.orderBy('c.date').orderBy('o.name').orderBy('c.team').execute()
  return rows.map(toConference)
}

/** The conference if it belongs to the municipality, else undefined (→ 404). */
export async function findConference(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<ConferenceRow | undefined> {
  const row = await selectConferences(db)
    .where('c.municipality_id', '=', municipalityId)
    .where('c.id', '=', id)
    .executeTakeFirst()
  return row && toConference(row)
}

export async function updateConference(
  db: Kysely<Database>,
  id: string,
  changes: {
    readonly date?: string | undefined
    readonly chairUserId?: string | null | undefined
    readonly attendees?: readonly AttendeeRow[] | undefined
  },
): Promise<void> {
  const set = {
    ...(changes.date !== undefined ? { date: changes.date } : {}),
    ...(changes.chairUserId !== undefined ? { chair_user_id: changes.chairUserId } : {}),
  }
  if (Object.keys(set).length > 0)
    await db.updateTable('case_conferences').set(set).where('id', '=', id).execute()
  const attendees = changes.attendees
  if (attendees === undefined) return
  await db.deleteFrom('case_conference_attendees').where('conference_id', '=', id).execute()
  await addAttendees(
    db,
    attendees.map((a) => ({ ...a, conferenceId: id })),
  )
}

export async function listAttendees(
  db: Kysely<Database>,
  conferenceId: string,
): Promise<AttendeeRow[]> {
  const rows = await db
    .selectFrom('case_conference_attendees')
    .select(['user_id as userId', 'domain', 'attended'])
    .where('conference_id', '=', conferenceId)
    .execute()
  return rows as AttendeeRow[]
}

function selectCases(db: Kysely<Database>) {
  return db
    .selectFrom('case_conference_cases as k')
    .innerJoin('participants as p', 'p.id', 'k.participant_id')
    .select([
      'k.id',
      'k.conference_id as conferenceId',
      'k.participant_id as participantId',
      'p.pseudonym',
      'k.brought_by as broughtBy',
      'k.domain',
      'k.question',
      'k.discussion',
      'k.decisions',
    ])
}

export async function listCases(db: Kysely<Database>, conferenceId: string): Promise<CaseRow[]> {
  return (await selectCases(db)
    .where('k.conference_id', '=', conferenceId)
    .orderBy('k.position')
    .execute()) as CaseRow[]
}

/** The case with its conference, if that conference belongs to the municipality. */
export async function findCase(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<CaseRow | undefined> {
  return (await selectCases(db)
    .innerJoin('case_conferences as c', 'c.id', 'k.conference_id')
    .where('c.municipality_id', '=', municipalityId)
    .where('k.id', '=', id)
    .executeTakeFirst()) as CaseRow | undefined
}

export async function caseOnAgenda(
  db: Kysely<Database>,
  conferenceId: string,
  participantId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('case_conference_cases')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst()
  return row !== undefined
}

export interface NewCase {
  readonly conferenceId: string
  readonly participantId: string
  readonly broughtBy: string
  readonly broughtByOrganisationId: string
  readonly domain: ConferenceDomain
  readonly question: string
  /** A record made with it (the demo's past conferences); new cases start without. */
  readonly discussion?: string
  readonly decisions?: string
}

/** Puts cases at the end of their conferences' agendas, in the order given; returns their ids. */
export async function addCases(db: Kysely<Database>, cases: readonly NewCase[]): Promise<string[]> {
  if (cases.length === 0) return []
  const ids = cases.map(() => randomUUID())
  const before = new Map<string, number>()
  await db
    .insertInto('case_conference_cases')
    .values(
      cases.map((input, i) => {
        const rank = (before.get(input.conferenceId) ?? 0) + 1
        before.set(input.conferenceId, rank)
        return {
          id: ids[i] as string,
          conference_id: input.conferenceId,
          participant_id: input.participantId,
          brought_by: input.broughtBy,
          brought_by_organisation_id: input.broughtByOrganisationId,
          domain: input.domain,
          question: input.question,
          discussion: input.discussion ?? '',
          decisions: input.decisions ?? '',
          position: sql<number>`(select coalesce(max(position), 0) + ${rank} from case_conference_cases where conference_id = ${input.conferenceId})`,
          updated_by: input.broughtBy,
        }
      }),
    )
    .execute()
  return ids
}

export async function addCase(db: Kysely<Database>, input: NewCase): Promise<string> {
  return (await addCases(db, [input]))[0] as string
}

export async function updateCase(
  db: Kysely<Database>,
  id: string,
  changes: { readonly discussion?: string | undefined; readonly decisions?: string | undefined },
  userId: string,
): Promise<void> {
  await db
    .updateTable('case_conference_cases')
    .set({
      ...(changes.discussion !== undefined ? { discussion: changes.discussion } : {}),
      ...(changes.decisions !== undefined ? { decisions: changes.decisions } : {}),
      updated_at: sql`now()`,
      updated_by: userId,
    })
    .where('id', '=', id)
    .execute()
}

function selectActions(db: Kysely<Database>) {
  return db
    .selectFrom('case_conference_actions as a')
    .innerJoin('case_conference_cases as k', 'k.id', 'a.case_id')
    .innerJoin('case_conferences as c', 'c.id', 'k.conference_id')
    .innerJoin('participants as p', 'p.id', 'k.participant_id')
    .select([
      'a.id',
      'a.case_id as caseId',
      'c.id as conferenceId',
      'c.date as conferenceDate',
      'p.id as participantId',
      'p.pseudonym',
      'a.description',
      'a.owner_user_id as ownerUserId',
      'a.due_date as dueDate',
      'a.status',
    ])
}

type RawAction = Awaited<ReturnType<ReturnType<typeof selectActions>['execute']>>[number]

function toAction(row: RawAction): ActionRow {
  return {
    id: row.id,
    caseId: row.caseId,
    conference: { id: row.conferenceId, date: row.conferenceDate },
    participant: { id: row.participantId, pseudonym: row.pseudonym },
    description: row.description,
    ownerUserId: row.ownerUserId,
    dueDate: row.dueDate,
    status: row.status as ActionStatus,
  }
}

/**
 * Actions by one of three filters: those made on these cases; those still open from earlier
 * conferences of a series (they follow their case to every later conference until closed);
 * or one owner's, optionally of one status.
 */
export async function listActions(
  db: Kysely<Database>,
  filter:
    | { readonly caseIds: readonly string[] }
    | { readonly seriesId: string; readonly before: string }
    | { readonly ownerUserId: string; readonly status: ActionStatus | null },
): Promise<ActionRow[]> {
  let query = selectActions(db)
  if ('caseIds' in filter) {
    if (filter.caseIds.length === 0) return []
    query = query.where('a.case_id', 'in', [...filter.caseIds])
  } else if ('seriesId' in filter) {
    query = query
      .where('c.series_id', '=', filter.seriesId)
      .where('c.date', '<', filter.before)
      .where('a.status', '=', 'open')
  } else {
    query = query.where('a.owner_user_id', '=', filter.ownerUserId)
    if (filter.status !== null) query = query.where('a.status', '=', filter.status)
  }
  const rows = await query.orderBy('a.due_date').orderBy('c.date').orderBy('a.created_at').execute()
  return rows.map(toAction)
}

/** The action, if its conference belongs to the municipality. */
export async function findAction(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<ActionRow | undefined> {
  const row = await selectActions(db)
    .where('c.municipality_id', '=', municipalityId)
    .where('a.id', '=', id)
    .executeTakeFirst()
  return row && toAction(row)
}

export interface NewAction {
  /** The id the client made for it (an offline queue resends it); else a new one. */
  readonly id?: string | undefined
  readonly caseId: string
  readonly description: string
  readonly ownerUserId: string
  readonly ownerOrganisationId: string
  readonly dueDate: string
  readonly status?: ActionStatus
  readonly createdBy: string | null
}

function actionRow(input: NewAction, id: string) {
  return {
    id,
    case_id: input.caseId,
    description: input.description,
    owner_user_id: input.ownerUserId,
    owner_organisation_id: input.ownerOrganisationId,
    due_date: input.dueDate,
    status: input.status ?? 'open',
    created_by: input.createdBy,
  }
}

export async function addActions(
  db: Kysely<Database>,
  actions: readonly NewAction[],
): Promise<string[]> {
  if (actions.length === 0) return []
  const ids = actions.map((action) => action.id ?? randomUUID())
  await db
    .insertInto('case_conference_actions')
    .values(actions.map((input, i) => actionRow(input, ids[i] as string)))
    .execute()
  return ids
}

/** Adds one action; undefined when its client-made id is taken (nothing is written then). */
export async function addAction(
  db: Kysely<Database>,
  input: NewAction,
): Promise<string | undefined> {
  const added = await db
    .insertInto('case_conference_actions')
    .values(actionRow(input, input.id ?? randomUUID()))
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst()
  return added?.id
}

export async function updateAction(
  db: Kysely<Database>,
  id: string,
  changes: {
    readonly description?: string | undefined
    readonly dueDate?: string | undefined
    readonly status?: ActionStatus | undefined
  },
): Promise<void> {
  await db
    .updateTable('case_conference_actions')
    .set({
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.dueDate !== undefined ? { due_date: changes.dueDate } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute()
}

/** One partner (organisation and domain) in one month: conferences attended, cases brought. */
export interface PartnerMonthRow {
  readonly month: string
  readonly organisationId: string
  readonly organisationName: string
  readonly domain: ConferenceDomain
  readonly attended: number
  readonly cases: number
}

/**
 * Per month of a project's conferences: how many were held, and per partner how many it
 * attended and how many cases it brought in. The caller suppresses the case counts.
 */
export async function conferenceAttendance(
  db: Kysely<Database>,
  projectId: string,
): Promise<{
  readonly conferences: readonly { readonly month: string; readonly count: number }[]
  readonly partners: readonly PartnerMonthRow[]
}> {
  const month = sql<string>`to_char(c.date, 'YYYY-MM')`
  const conferences = await db
    .selectFrom('case_conferences as c')
    .select([month.as('month'), sql<number>`count(*)::int`.as('count')])
    .where('c.project_id', '=', projectId)
    .groupBy(month)
    .orderBy(month)
    .execute()
  const attended = db
    .selectFrom('case_conference_attendees as a')
    .innerJoin('case_conferences as c', 'c.id', 'a.conference_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select([
      month.as('month'),
      'u.organisation_id as organisationId',
      'a.domain',
      sql<number>`count(distinct c.id)::int`.as('attended'),
      sql<number>`0`.as('cases'),
    ])
    .where('c.project_id', '=', projectId)
    .where('a.attended', '=', true)
    .groupBy([month, 'u.organisation_id', 'a.domain'])
  const brought = db
    .selectFrom('case_conference_cases as k')
    .innerJoin('case_conferences as c', 'c.id', 'k.conference_id')
    .select([
      month.as('month'),
      'k.brought_by_organisation_id as organisationId',
      'k.domain',
      sql<number>`0`.as('attended'),
      sql<number>`count(*)::int`.as('cases'),
    ])
    .where('c.project_id', '=', projectId)
    .groupBy([month, 'k.brought_by_organisation_id', 'k.domain'])
  const rows = await db
    .selectFrom(attended.unionAll(brought).as('x'))
    .innerJoin('organisations as o', 'o.id', 'x.organisationId')
    .select([
      'x.month',
      'x.organisationId',
      'o.name as organisationName',
      'x.domain',
      sql<number>`sum(x.attended)::int`.as('attended'),
      sql<number>`sum(x.cases)::int`.as('cases'),
    ])
    .groupBy(['x.month', 'x.organisationId', 'o.name', 'x.domain'])
    .orderBy('x.month')
    .orderBy('o.name')
    .orderBy('x.domain')
    .execute()
  return { conferences, partners: rows as PartnerMonthRow[] }
}
