import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface StoredPilotDesign {
  /** As src/domain/pilot-design's schema parsed it when saved. */
  readonly design: unknown
  readonly savedAt: Date
}

/** The project's pilot design, if one was saved. */
export async function findPilotDesign(
  db: Kysely<Database>,
  projectId: string,
): Promise<StoredPilotDesign | undefined> {
  const row = await db
    .selectFrom('project_pilot_designs')
    .select(['design', 'saved_at'])
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return row && { design: row.design, savedAt: row.saved_at }
}

/** Saves (or replaces) the project's pilot design. */
export async function savePilotDesign(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly design: unknown
    readonly savedAt: Date
    readonly savedBy: string
  },
): Promise<void> {
  const values = {
    design: JSON.stringify(input.design),
    saved_at: input.savedAt,
    saved_by: input.savedBy,
  }
  await db
    .insertInto('project_pilot_designs')
    .values({ project_id: input.projectId, ...values })
    .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
    .execute()
}
