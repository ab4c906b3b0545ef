import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { ConflictError, type PriceList, STARTER_PRICE_LIST } from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface ActivePriceList {
  readonly list: PriceList
  readonly source: 'starter' | 'municipality'
  readonly createdAt: string | null
}

export interface PriceListVersionRow {
  readonly id: string
  readonly version: string
  readonly note: string | null
  readonly items: number
  readonly createdAt: string
  readonly createdBy: string | null
}

/** The municipality's newest price-list version, or the shipped starter list before it has one. */
export async function findActivePriceList(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<ActivePriceList> {
  const row = await db
    .selectFrom('price_list_versions')
    .select(['list', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst()
  if (!row) return { list: STARTER_PRICE_LIST, source: 'starter', createdAt: null }
  return {
    list: row.list as PriceList,
    source: 'municipality',
    createdAt: new Date(row.created_at).toISOString(),
  }
}

export async function listPriceListVersions(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<PriceListVersionRow[]> {
  const rows = await db
    .selectFrom('price_list_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.id', 'v.version', 'v.note', 'v.list', 'v.created_at', 'u.name'])
    .where('v.municipality_id', '=', municipalityId)
    .orderBy('v.created_at', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    note: r.note,
    items: (r.list as PriceList).items.length,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.name,
  }))
}

/** Adds a version (the list's own `version`); a version number is used once per municipality. */
export async function saveMunicipalPriceList(
  db: Kysely<Database>,
  input: {
    readonly municipalityId: string
    readonly list: PriceList
    readonly note: string | null
    readonly userId: string | null
    readonly at?: Date
  },
): Promise<string> {
  const taken = await db
    .selectFrom('price_list_versions')
    .select('id')
    .where('municipality_id', '=', input.municipalityId)
    .where('version', '=', input.list.version)
    .executeTakeFirst()
  if (taken) {
    throw new ConflictError({
      nl: `Versie ${input.list.version} van de prijslijst bestaat al; kies een nieuw versienummer.`,
      en: `Price-list version ${input.list.version} already exists; choose a new version number.`,
    })
  }
  const id = randomUUID()
  await db
    .insertInto('price_list_versions')
    .values({
      id,
      municipality_id: input.municipalityId,
      version: input.list.version,
      list: JSON.stringify(input.list),
      note: input.note,
      created_by: input.userId,
      ...(input.at ? { created_at: input.at } : {}),
    })
    .execute()
  return id
}
