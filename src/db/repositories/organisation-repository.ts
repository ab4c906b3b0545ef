import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { OrganisationKind } from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface OrganisationRow {
  readonly id: string
  readonly municipalityId: string
  readonly name: string
  readonly kind: OrganisationKind
}

const COLUMNS = ['id', 'municipality_id as municipalityId', 'name', 'kind'] as const

export async function createOrganisation(
  db: Kysely<Database>,
  input: {
    readonly municipalityId: string
    readonly name: string
    readonly kind: OrganisationKind
  },
): Promise<OrganisationRow> {
  const row = await db
    .insertInto('organisations')
    .values({
      id: randomUUID(),
      municipality_id: input.municipalityId,
      name: input.name,
      kind: input.kind,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow()
  return row as OrganisationRow
}

export async function listOrganisations(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<OrganisationRow[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute()
  return rows as OrganisationRow[]
}

/** The organisation if it belongs to the municipality, else undefined. */
export async function findOrganisation(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<OrganisationRow | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select(COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row as OrganisationRow | undefined
}
