import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { CapacityContract, CapacityVacancy } from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface ContractInput {
  readonly hoursPerWeek: number
  readonly startDate: string
  readonly endDate: string | null
}

export interface VacancyInput extends ContractInput {}

/** A user's contracts, oldest first. */
export async function listUserContracts(
  db: Kysely<Database>,
  userId: string,
): Promise<ContractInput[]> {
  return db
    .selectFrom('user_contracts')
    .select(['hours_per_week as hoursPerWeek', 'start_date as startDate', 'end_date as endDate'])
    .where('user_id', '=', userId)
    .orderBy('start_date')
    .execute()
}

/**
 * Replaces a user's contracts with the administrator's list; each is in the user's organisation
 * and team as they are now (a move to another team is a new account record).
 */
export async function replaceUserContracts(
  db: Kysely<Database>,
  user: { id: string; organisationId: string; team: string | null },
  contracts: readonly ContractInput[],
): Promise<void> {
  await db.deleteFrom('user_contracts').where('user_id', '=', user.id).execute()
  if (contracts.length === 0) return
  await db
    .insertInto('user_contracts')
    .values(
      contracts.map((c) => ({
        id: randomUUID(),
        user_id: user.id,
        organisation_id: user.organisationId,
        team: user.team,
        hours_per_week: c.hoursPerWeek,
        start_date: c.startDate,
        end_date: c.endDate,
      })),
    )
    .execute()
}

export async function listVacancies(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom('vacancies')
    .select([
      'team',
      'hours_per_week as hoursPerWeek',
      'opened_on as openedOn',
      'filled_on as filledOn',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy('opened_on')
    .execute()
}

export async function replaceVacancies(
  db: Kysely<Database>,
  organisationId: string,
  vacancies: readonly {
    team: string | null
    hoursPerWeek: number
    openedOn: string
    filledOn: string | null
  }[],
): Promise<void> {
  await db.deleteFrom('vacancies').where('organisation_id', '=', organisationId).execute()
  if (vacancies.length === 0) return
  await db
    .insertInto('vacancies')
    .values(
      vacancies.map((v) => ({
        id: randomUUID(),
        organisation_id: organisationId,
        team: v.team,
        hours_per_week: v.hoursPerWeek,
        opened_on: v.openedOn,
        filled_on: v.filledOn,
      })),
    )
    .execute()
}

/** The contracts of the municipality's users in the project's organisations, for the monitor. */
export async function capacityContracts(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<CapacityContract[]> {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('user_contracts')
    .select([
      'organisation_id as organisationId',
      'team',
      'hours_per_week as hoursPerWeek',
      'start_date as startDate',
      'end_date as endDate',
    ])
    .where('organisation_id', 'in', organisationIds)
    .execute()
}

export async function capacityVacancies(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<CapacityVacancy[]> {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('vacancies')
    .select([
      'organisation_id as organisationId',
      'team',
      'hours_per_week as hoursPerWeek',
      'opened_on as openedOn',
      'filled_on as filledOn',
    ])
    .where('organisation_id', 'in', organisationIds)
    .execute()
}

export async function findCapacityThreshold(
  db: Kysely<Database>,
  projectId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('capacity_settings')
    .select('max_cases_per_fte')
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return row?.max_cases_per_fte
}

export async function saveCapacityThreshold(
  db: Kysely<Database>,
  projectId: string,
  maxCasesPerFte: number,
): Promise<void> {
  await db
    .insertInto('capacity_settings')
    .values({ project_id: projectId, max_cases_per_fte: maxCasesPerFte })
    .onConflict((oc) => oc.column('project_id').doUpdateSet({ max_cases_per_fte: maxCasesPerFte }))
    .execute()
}

/** The project's enrolments with their case's organisation and team, for the monitor. */
export async function capacityEnrolments(db: Kysely<Database>, projectId: string) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participant_id')
    .select([
      'p.id as participantId',
      'p.organisation_id as organisationId',
      'p.team',
      'e.start_date as startDate',
      'e.end_date as endDate',
    ])
    .where('e.project_id', '=', projectId)
    .execute()
}

/** The project's case conferences held up to `today`, per team, with the attendees present. */
export async function capacityConferences(db: Kysely<Database>, projectId: string, today: string) {
  const rows = await db
    .selectFrom('case_conferences as c')
    .leftJoin('case_conference_attendees as a', (join) =>
      join.onRef('a.conference_id', '=', 'c.id').on('a.attended', '=', true),
    )
    .select(['c.organisation_id as organisationId', 'c.team', 'c.date'])
    .select((eb) => eb.fn.count<number>('a.user_id').as('present'))
    .where('c.project_id', '=', projectId)
    .where('c.date', '<=', today)
    .groupBy(['c.id', 'c.organisation_id', 'c.team', 'c.date'])
    .execute()
  return rows.map((r) => ({ ...r, present: Number(r.present) }))
}
