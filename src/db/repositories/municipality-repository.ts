import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface MunicipalityRow {
  readonly id: string
  readonly name: string
}

export async function createMunicipality(
  db: Kysely<Database>,
  input: { readonly name: string },
): Promise<MunicipalityRow> {
  return db
    .insertInto('municipalities')
    .values({ id: randomUUID(), name: input.name })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow()
}

export async function listMunicipalities(db: Kysely<Database>): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').select(['id', 'name']).orderBy('name').execute()
}

/** The municipality's own policy choices (today: professionals' names in inspection packages). */
export interface MunicipalityPolicy {
  readonly staffNamesInInspection: boolean
}

export async function findMunicipalityPolicy(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<MunicipalityPolicy> {
  const row = await db
    .selectFrom('municipalities')
    .select('inspection_staff_names')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow()
  return { staffNamesInInspection: row.inspection_staff_names }
}

export async function saveMunicipalityPolicy(
  db: Kysely<Database>,
  municipalityId: string,
  policy: MunicipalityPolicy,
): Promise<void> {
  await db
    .updateTable('municipalities')
    .set({ inspection_staff_names: policy.staffNamesInInspection })
    .where('id', '=', municipalityId)
    .execute()
}
