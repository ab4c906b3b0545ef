import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

export interface StoredMkbaModel {
  readonly model: unknown
  readonly updatedAt: string
  /** The version number of this save (1, 2, …). */
  readonly version: number
}

export interface MkbaModelVersion {
  readonly version: number
  readonly savedAt: string
  readonly savedBy: { readonly name: string; readonly role: string | null } | null
  readonly restoredFrom: number | null
}

/** The project's MKBA model, if one was saved. */
export async function findMkbaModel(
  db: Kysely<Database>,
  projectId: string,
): Promise<StoredMkbaModel | undefined> {
  const row = await db
    .selectFrom('mkba_models')
    .select(['model', 'updated_at'])
    .select((eb) =>
      eb
        .selectFrom('mkba_model_versions')
        .select(sql<number>`coalesce(max(version), 0)`.as('v'))
        .where('mkba_model_versions.project_id', '=', projectId)
        .as('version'),
    )
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return (
    row && {
      model: row.model,
      updatedAt: new Date(row.updated_at).toISOString(),
      version: Number(row.version ?? 0),
    }
  )
}

/**
 * Saves the project's MKBA model as its working copy and as the next numbered version, in the
 * caller's transaction. The upsert locks the working-copy row until that transaction ends, so
 * a second save at once waits and then takes the next number (the primary key would refuse
 * the same number twice).
 */
export async function saveMkbaModel(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly model: unknown
    readonly userId: string | null
    readonly restoredFrom?: number
  },
): Promise<StoredMkbaModel> {
  const updatedAt = new Date()
  const model = JSON.stringify(input.model)
  await db
    .insertInto('mkba_models')
    .values({
      project_id: input.projectId,
      model,
      updated_at: updatedAt,
      updated_by: input.userId,
    })
    .onConflict((oc) =>
      oc
        .column('project_id')
        .doUpdateSet({ model, updated_at: updatedAt, updated_by: input.userId }),
    )
    .execute()
  const last = await db
    .selectFrom('mkba_model_versions')
    .select(sql<number>`coalesce(max(version), 0)`.as('v'))
    .where('project_id', '=', input.projectId)
    .executeTakeFirstOrThrow()
  const version = Number(last.v) + 1
  await db
    .insertInto('mkba_model_versions')
    .values({
      project_id: input.projectId,
      version,
      model,
      saved_at: updatedAt,
      saved_by: input.userId,
      restored_from: input.restoredFrom ?? null,
    })
    .execute()
  return { model: input.model, updatedAt: updatedAt.toISOString(), version }
}

const versionRows = (db: Kysely<Database>, projectId: string) =>
  db
    .selectFrom('mkba_model_versions as v')
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.saved_at', 'v.restored_from', 'u.name', 'u.role'])
    .where('v.project_id', '=', projectId)

const toVersion = (r: {
  version: number
  saved_at: Date
  restored_from: number | null
  name: string | null
  role: string | null
}): MkbaModelVersion => ({
  version: r.version,
  savedAt: new Date(r.saved_at).toISOString(),
  savedBy: r.name === null ? null : { name: r.name, role: r.role },
  restoredFrom: r.restored_from,
})

/** Every saved version of the project's model, newest first, with who saved it. */
export async function listMkbaModelVersions(
  db: Kysely<Database>,
  projectId: string,
): Promise<MkbaModelVersion[]> {
  const rows = await versionRows(db, projectId).orderBy('v.version', 'desc').execute()
  return rows.map(toVersion)
}

/** One saved version's model, if it exists. */
export async function findMkbaModelVersion(
  db: Kysely<Database>,
  projectId: string,
  version: number,
): Promise<{ readonly model: unknown; readonly version: MkbaModelVersion } | undefined> {
  const row = await versionRows(db, projectId)
    .select('v.model')
    .where('v.version', '=', version)
    .executeTakeFirst()
  return row && { model: row.model, version: toVersion(row) }
}
