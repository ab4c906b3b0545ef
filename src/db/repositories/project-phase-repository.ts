import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { MinkmanPhase } from '../../domain/index.js'
import type { Database } from '../schema.js'
import type { PhaseChangeRow } from './project-repository.js'

export interface OrganisationPhaseChangeRow extends PhaseChangeRow {
  readonly organisationId: string
}

/** The organisations' own phase changes of a project, per organisation in date order. */
export async function listOrganisationPhaseChanges(
  db: Kysely<Database>,
  projectId: string,
): Promise<OrganisationPhaseChangeRow[]> {
  return (await db
    .selectFrom('project_phase_changes as c')
    .leftJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.organisation_id as organisationId', 'c.phase', 'c.date', 'c.reason'])
    .select('u.name as changedBy')
    .where('c.project_id', '=', projectId)
    .where('c.organisation_id', 'is not', null)
    .orderBy('c.organisation_id')
    .orderBy('c.date')
    .orderBy('c.changed_at')
    .execute()) as OrganisationPhaseChangeRow[]
}

/** Records that a participating organisation entered a phase on a date, and why. */
export async function addOrganisationPhaseChange(
  db: Kysely<Database>,
  change: {
    readonly projectId: string
    readonly organisationId: string
    readonly phase: MinkmanPhase
    readonly date: string
    readonly reason: string
    readonly userId: string
  },
): Promise<void> {
  await db
    .insertInto('project_phase_changes')
    .values({
      id: randomUUID(),
      project_id: change.projectId,
      organisation_id: change.organisationId,
      phase: change.phase,
      date: change.date,
      reason: change.reason,
      changed_by: change.userId,
    })
    .execute()
}

export interface ChecklistTickRow {
  readonly item: string
  readonly date: string
  readonly by: string | null
}

/** The checklist items ticked done for the project, with when and by whom. */
export async function listChecklistTicks(
  db: Kysely<Database>,
  projectId: string,
): Promise<ChecklistTickRow[]> {
  return (await db
    .selectFrom('project_checklist_items as t')
    .leftJoin('users as u', 'u.id', 't.done_by')
    .select(['t.item', 't.done_on as date', 'u.name as by'])
    .where('t.project_id', '=', projectId)
    .execute()) as ChecklistTickRow[]
}

/** Ticks an item done on a date (a second tick replaces the first's date and who). */
export async function tickChecklistItem(
  db: Kysely<Database>,
  tick: { projectId: string; item: string; date: string; userId: string },
): Promise<void> {
  const values = { done_on: tick.date, done_by: tick.userId, recorded_at: new Date() }
  await db
    .insertInto('project_checklist_items')
    .values({ project_id: tick.projectId, item: tick.item, ...values })
    .onConflict((oc) => oc.columns(['project_id', 'item']).doUpdateSet(values))
    .execute()
}

/** Takes a tick back: the item is open again. */
export async function untickChecklistItem(
  db: Kysely<Database>,
  projectId: string,
  item: string,
): Promise<void> {
  await db
    .deleteFrom('project_checklist_items')
    .where('project_id', '=', projectId)
    .where('item', '=', item)
    .execute()
}
