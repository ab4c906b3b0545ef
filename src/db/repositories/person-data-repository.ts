import { type Kysely, type RawBuilder, sql } from 'kysely'
import { PERSON_DATA_SOURCES, type PersonDataSource, personDataSource } from '../../domain/index.js'
import type { Database } from '../schema.js'

/**
 * The unit whose rows are read or destroyed together: a resident's file (participants.id) or
 * one research record and what hangs from it (conversations.id).
 */
export type PersonDataUnit = 'participants' | 'conversations'

/**
 * The condition that selects a source's rows belonging to `ids` of `unit`, following the
 * source's link up to the unit (a conversation's edits: conversation_id in the conversations of
 * the resident). Throws when the registry gives no way from the source to the unit.
 */
function belongsTo(
  source: PersonDataSource,
  unit: PersonDataUnit,
  ids: readonly string[],
): RawBuilder<boolean> {
  const list = sql.join(ids.map((id) => sql`${id}::uuid`))
  if (source.table === unit) return sql<boolean>`id in (${list})`
  const { link } = source
  if ('parent' in link) {
    if (link.parent === unit) return sql<boolean>`${sql.ref(link.column)} in (${list})`
    const parent = personDataSource(link.parent)
    if (!parent)
      throw new Error(`${source.table}: parent ${link.parent} is not a person-data source`)
    return sql<boolean>`${sql.ref(link.column)} in (select ${sql.ref(link.parentColumn)}
      from ${sql.table(parent.table)} where ${belongsTo(parent, unit, ids)})`
  }
  if (unit === 'participants') return sql<boolean>`${sql.ref(link.column)} in (${list})`
  throw new Error(`${source.table} does not hang from ${unit}`)
}

/** Whether a source's rows can belong to a unit (a resident's file holds every source). */
export function sourcesOf(unit: PersonDataUnit): readonly PersonDataSource[] {
  if (unit === 'participants') return PERSON_DATA_SOURCES
  const hangs = (source: PersonDataSource): boolean =>
    source.table === unit ||
    ('parent' in source.link && hangs(personDataSource(source.link.parent) as PersonDataSource))
  return PERSON_DATA_SOURCES.filter(hangs)
}

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value
}

/** A resident's rows of one source, with only the columns the package shows. */
export async function readSourceRows(
  db: Kysely<Database>,
  source: PersonDataSource,
  participantId: string,
): Promise<Record<string, unknown>[]> {
  const columns = sql.join(Object.keys(source.columns).map((column) => sql.ref(column)))
  const result = await sql<
    Record<string, unknown>
  >`select ${columns} from ${sql.table(source.table)}
    where ${belongsTo(source, 'participants', [participantId])}`.execute(db)
  return result.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])),
  )
}

/**
 * Deletes the rows of `sources` that belong to `ids` of `unit`, children before parents (the
 * registry lists parents first), optionally only those a filter keeps; returns the rows
 * deleted per table.
 */
export async function deleteUnitRows(
  db: Kysely<Database>,
  unit: PersonDataUnit,
  ids: readonly string[],
  sources: readonly PersonDataSource[] = sourcesOf(unit),
  filter: (source: PersonDataSource) => RawBuilder<boolean> | null = () => null,
): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {}
  if (ids.length === 0) return deleted
  // The append-only budget ledger lets destruction, and only destruction, delete a resident's
  // rows (migration 0602); transaction-local, so it ends with the caller's transaction.
  await sql`select set_config('effectwijzer.destruction', 'on', true)`.execute(db)
  for (const source of [...sources].reverse()) {
    const extra = filter(source)
    const result = await sql`delete from ${sql.table(source.table)}
      where ${belongsTo(source, unit, ids)} ${extra ? sql`and ${extra}` : sql``} returning 1`.execute(
      db,
    )
    deleted[source.table] = result.rows.length
  }
  return deleted
}

/** Counts, without deleting, what deleteUnitRows would delete. */
export async function countUnitRows(
  db: Kysely<Database>,
  unit: PersonDataUnit,
  ids: readonly string[],
): Promise<Record<string, number>> {
  const counted: Record<string, number> = {}
  if (ids.length === 0) return counted
  for (const source of sourcesOf(unit)) {
    const result = await sql<{
      n: number
    }>`select count(*)::int as n from ${sql.table(source.table)}
      where ${belongsTo(source, unit, ids)}`.execute(db)
    counted[source.table] = Number(result.rows[0]?.n ?? 0)
  }
  return counted
}
