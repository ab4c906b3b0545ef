import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { MinkmanPhase, OrganisationKind } from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface ProjectRow {
  readonly id: string
  readonly name: string
  readonly phase: MinkmanPhase
  readonly periodStart: string
  readonly periodEnd: string | null
  readonly targetGroup: string
  readonly theoryOfChange: string
  readonly participantCount: number
}

export interface NewProject {
  readonly municipalityId: string
  readonly name: string
  readonly phase: MinkmanPhase
  readonly periodStart: string
  readonly periodEnd?: string | null
  readonly targetGroup: string
  readonly theoryOfChange: string
  readonly organisationIds: readonly string[]
}

export async function createProject(db: Kysely<Database>, input: NewProject): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('projects')
    .values({
      id,
      municipality_id: input.municipalityId,
      name: input.name,
      phase: input.phase,
      period_start: input.periodStart,
      period_end: input.periodEnd ?? null,
      target_group: input.targetGroup,
      theory_of_change: input.theoryOfChange,
    })
    .execute()
  if (input.organisationIds.length > 0) {
    await db
      .insertInto('project_organisations')
      .values(
        input.organisationIds.map((organisationId) => ({
          project_id: id,
          organisation_id: organisationId,
        })),
      )
      .execute()
  }
  return id
}

function selectProjects(db: Kysely<Database>, municipalityId: string) {
  return db
    .selectFrom('projects')
    .select([
      'projects.id',
      'projects.name',
      'projects.phase',
      'projects.period_start as periodStart',
      'projects.period_end as periodEnd',
      'projects.target_group as targetGroup',
      'projects.theory_of_change as theoryOfChange',
      sql<number>`(select count(*)::int from enrolments e where e.project_id = projects.id)`.as(
        'participantCount',
      ),
    ])
    .where('projects.municipality_id', '=', municipalityId)
}

export async function listProjects(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<ProjectRow[]> {
  return (await selectProjects(db, municipalityId)
    .orderBy('projects.name')
    .execute()) as ProjectRow[]
}

/** The project if it belongs to the municipality, else undefined (another tenant's id → 404). */
export async function findProject(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<ProjectRow | undefined> {
  return (await selectProjects(db, municipalityId)
    .where('projects.id', '=', id)
    .executeTakeFirst()) as ProjectRow | undefined
}

export async function listProjectOrganisations(
  db: Kysely<Database>,
  projectId: string,
): Promise<{ id: string; name: string; kind: OrganisationKind }[]> {
  return (await db
    .selectFrom('project_organisations')
    .innerJoin('organisations', 'organisations.id', 'project_organisations.organisation_id')
    .select(['organisations.id', 'organisations.name', 'organisations.kind'])
    .where('project_organisations.project_id', '=', projectId)
    .orderBy('organisations.name')
    .execute()) as { id: string; name: string; kind: OrganisationKind }[]
}
