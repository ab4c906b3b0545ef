import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface StoredMkbaModel {
  readonly model: unknown
  readonly updatedAt: string
}

/** The project's MKBA model, if one was saved. */
export async function findMkbaModel(
  db: Kysely<Database>,
  projectId: string,
): Promise<StoredMkbaModel | undefined> {
  const row = await db
    .selectFrom('mkba_models')
    .select(['model', 'updated_at'])
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return row && { model: row.model, updatedAt: new Date(row.updated_at).toISOString() }
}

/** Saves (creates or replaces) the project's MKBA model. */
export async function saveMkbaModel(
  db: Kysely<Database>,
  input: { readonly projectId: string; readonly model: unknown; readonly userId: string | null },
): Promise<StoredMkbaModel> {
  const updatedAt = new Date()
  await db
    .insertInto('mkba_models')
    .values({
      project_id: input.projectId,
      model: JSON.stringify(input.model),
      updated_at: updatedAt,
      updated_by: input.userId,
    })
    .onConflict((oc) =>
      oc.column('project_id').doUpdateSet({
        model: JSON.stringify(input.model),
        updated_at: updatedAt,
        updated_by: input.userId,
      }),
    )
    .execute()
  return { model: input.model, updatedAt: updatedAt.toISOString() }
}
