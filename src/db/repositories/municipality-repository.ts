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
