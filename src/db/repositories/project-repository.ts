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
  /** Who made it (null: the demo seed). */
  readonly userId?: string | null
}

/** The fields of a project an edit may change; absent fields stay as they are. */
export interface ProjectChanges {
  readonly name?: string | undefined
  readonly periodStart?: string | undefined
  readonly periodEnd?: string | null | undefined
  readonly targetGroup?: string | undefined
  readonly theoryOfChange?: string | undefined
  readonly organisationIds?: readonly string[] | undefined
  /** A new phase, with the date it took effect and why. */
  readonly phaseChange?:
    | { readonly phase: MinkmanPhase; readonly date: string; readonly reason: string }
    | undefined
}

export interface PhaseChangeRow {
  readonly phase: MinkmanPhase
  readonly date: string
  readonly reason: string | null
  readonly changedBy: string | null
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
  await addOrganisations(db, id, input.organisationIds)
  await addPhaseChange(db, id, {
    phase: input.phase,
    date: input.periodStart,
    reason: null,
    userId: input.userId ?? null,
  })
  return id
}

async function addOrganisations(
  db: Kysely<Database>,
  projectId: string,
  organisationIds: readonly string[],
): Promise<void> {
  if (organisationIds.length === 0) return
  await db
    .insertInto('project_organisations')
    .values(
      [...new Set(organisationIds)].map((organisationId) => ({
        project_id: projectId,
        organisation_id: organisationId,
      })),
    )
    .execute()
}

async function addPhaseChange(
  db: Kysely<Database>,
  projectId: string,
  change: { phase: MinkmanPhase; date: string; reason: string | null; userId: string | null },
): Promise<void> {
  await db
    .insertInto('project_phase_changes')
    .values({
      id: randomUUID(),
      project_id: projectId,
      phase: change.phase,
      date: change.date,
      reason: change.reason,
      changed_by: change.userId,
    })
    .execute()
}

/** Applies an edit; a phase change is also recorded in the project's phase history. */
export async function updateProject(
  db: Kysely<Database>,
  id: string,
  changes: ProjectChanges,
  userId: string,
): Promise<void> {
  const columns = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.periodStart !== undefined ? { period_start: changes.periodStart } : {}),
    ...(changes.periodEnd !== undefined ? { period_end: changes.periodEnd } : {}),
    ...(changes.targetGroup !== undefined ? { target_group: changes.targetGroup } : {}),
    ...(changes.theoryOfChange !== undefined ? { theory_of_change: changes.theoryOfChange } : {}),
    ...(changes.phaseChange !== undefined ? { phase: changes.phaseChange.phase } : {}),
  }
  if (Object.keys(columns).length > 0)
    await db.updateTable('projects').set(columns).where('id', '=', id).execute()
  if (changes.organisationIds !== undefined) {
    await db.deleteFrom('project_organisations').where('project_id', '=', id).execute()
    await addOrganisations(db, id, changes.organisationIds)
  }
  if (changes.phaseChange !== undefined)
    await addPhaseChange(db, id, { ...changes.phaseChange, userId })
}

/**
 * The whole project's phases in the order they took effect, each with its date and reason (an
 * organisation's own phases are in project-phase-repository).
 */
export async function listPhaseHistory(
  db: Kysely<Database>,
  projectId: string,
): Promise<PhaseChangeRow[]> {
  return (await db
    .selectFrom('project_phase_changes as c')
    .leftJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.phase', 'c.date', 'c.reason', 'u.name as changedBy'])
    .where('c.project_id', '=', projectId)
    .where('c.organisation_id', 'is', null)
    .orderBy('c.date')
    .orderBy('c.changed_at')
    .execute()) as PhaseChangeRow[]
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
