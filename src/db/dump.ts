import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { chmod } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { type Kysely, sql } from 'kysely'
import type { AuditChainVerdict } from './audit-chain.js'
import type { SecretBox } from './credentials/secret-box.js'
import { sealPlainTotpSecrets } from './migrations/0004_sealed_totp_secrets.js'
import { continueAuditNumbers } from './repositories/audit-repository.js'
import type { Database } from './schema.js'
import { verifyStoredAuditChain } from './verify-audit.js'

/** Tables that hold no lasting data and are not dumped. */
const NOT_DUMPED = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'sessions',
  'oidc_pending',
  'mfa_enrolments',
  'sign_in_attempts',
  'rate_limit_hits',
])
/** Tables whose rows the migrations create; restore updates them by key instead of inserting. */
const CREATED_BY_MIGRATIONS: Record<string, string> = { audit_chain_head: 'id' }
const BATCH = 500

export interface DumpHeader {
  readonly format: 'effectwijzer-dump'
  readonly version: 1
  readonly tables: readonly string[]
  readonly createdAt: string
}

type AnyDb = Kysely<Record<string, Record<string, unknown>>>

/**
 * Every data table, parents before children (foreign keys), found from the catalogue so that
 * tables other modules add are dumped too.
 */
export async function tablesInDependencyOrder(db: Kysely<Database>): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname = current_schema() order by 1`.execute(db)
  const edges = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = current_schema()`.execute(db)
  const names = tables.rows.map((row) => row.name).filter((name) => !NOT_DUMPED.has(name))
  const parents = new Map(names.map((name) => [name, new Set<string>()]))
  for (const edge of edges.rows)
    if (edge.child !== edge.parent) parents.get(edge.child)?.add(edge.parent)
  const ordered: string[] = []
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return
    path.add(name)
    for (const parent of parents.get(name) ?? []) if (parents.has(parent)) visit(parent, path)
    ordered.push(name)
  }
  for (const name of names) visit(name, new Set())
  return ordered
}

/**
 * Writes an NDJSON logical dump: a header line, then one `{table,row}` line per row. Every
 * table is read in one REPEATABLE READ, READ ONLY transaction, so the dump is one snapshot
 * (the audit chain's head and its entries agree) however many requests write meanwhile.
 * Timestamps are written as ISO text to the microsecond, not through JavaScript's Date. The
 * dump holds password hashes and the pseudonym key, so only its owner may read it (0600, also
 * when the file existed); TOTP secrets are in it sealed only, their key stays outside.
 */
export async function dumpDatabase(
  db: Kysely<Database>,
  outFile: string,
): Promise<Record<string, number>> {
  const out = createWriteStream(outFile, { encoding: 'utf8', mode: 0o600 })
  await once(out, 'open')
  await chmod(outFile, 0o600)
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  const counts = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const tables = await tablesInDependencyOrder(trx)
      const header: DumpHeader = {
        format: 'effectwijzer-dump',
        version: 1,
        tables,
        createdAt: new Date().toISOString(),
      }
      await write(JSON.stringify(header))
      const counted: Record<string, number> = {}
      const anyTrx = trx as unknown as AnyDb
      for (const table of tables) {
        counted[table] = 0
        const columns = await dumpColumns(trx, table)
        const order = await primaryKeyColumns(trx, table)
        for (let offset = 0; ; offset += BATCH) {
          let query = anyTrx.selectFrom(table).select(columns)
          for (const column of order) query = query.orderBy(column)
          const rows = await query.limit(BATCH).offset(offset).execute()
          for (const row of rows) await write(JSON.stringify({ table, row }))
          counted[table] += rows.length
          if (rows.length < BATCH) break
        }
      }
      return counted
    })
  out.end()
  await once(out, 'finish')
  return counts
}

/** The columns of `table` as the dump reads them: timestamps as ISO text with microseconds. */
async function dumpColumns(db: Kysely<Database>, table: string) {
  const result = await sql<{ name: string; type: string }>`
    select column_name as name, data_type as type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db)
  return result.rows.map((column) => {
    if (column.type.startsWith('timestamp'))
      return sql<string>`to_json(${sql.ref(column.name)}) #>> '{}'`.as(column.name)
    // JSON as its text: node-postgres sends a JS array as a PostgreSQL array literal, which a
    // jsonb column refuses on restore (an object would pass, an array of ids would not).
    if (column.type === 'json' || column.type === 'jsonb')
      return sql<string>`${sql.ref(column.name)}::text`.as(column.name)
    return sql.ref(column.name).as(column.name)
  })
}

async function primaryKeyColumns(db: Kysely<Database>, table: string): Promise<string[]> {
  const result = await sql<{ column: string }>`
    select a.attname as column from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary order by a.attnum`.execute(db)
  return result.rows.map((row) => row.column)
}

/** What a restore loaded, and whether the audit chain it loaded verifies. */
export interface RestoreOutcome {
  readonly counts: Record<string, number>
  readonly auditChain: AuditChainVerdict
}

/** The dump's audit chain does not verify: nothing was restored. */
export class InvalidAuditChainError extends Error {
  readonly verdict: AuditChainVerdict

  constructor(verdict: AuditChainVerdict & { valid: false }) {
    super(
      `the dump's audit chain does not verify (entry ${verdict.seq}: ${verdict.reason}); nothing was restored`,
    )
    this.verdict = verdict
  }
}

/**
 * Loads a dump into a freshly migrated, empty database, in one transaction, and verifies the
 * audit chain inside it: a chain that does not verify rolls the whole restore back with an
 * InvalidAuditChainError, unless `force` keeps it (the verdict says so). Refuses when the
 * database already holds data. A dump from before TOTP secrets were sealed has them in clear:
 * they are sealed with `secretBox` as they come in.
 */
export async function restoreDatabase(
  db: Kysely<Database>,
  inFile: string,
  options: { readonly secretBox?: SecretBox | undefined; readonly force?: boolean } = {},
): Promise<RestoreOutcome> {
  const lines = createInterface({
    input: createReadStream(inFile, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })
  const iterator = lines[Symbol.asyncIterator]()
  const first = await iterator.next()
  const header = first.done ? undefined : (JSON.parse(first.value) as DumpHeader)
  if (header?.format !== 'effectwijzer-dump')
    throw new Error(`${inFile} is not an Effectwijzer dump`)
  return db.transaction().execute(async (trx) => {
    const anyTrx = trx as unknown as AnyDb
    for (const table of header.tables) {
      if (CREATED_BY_MIGRATIONS[table]) continue
      const existing = await anyTrx
        .selectFrom(table)
        .select(sql`count(*)::int`.as('n'))
        .executeTakeFirst()
      if (existing && Number(existing.n) > 0)
        throw new Error(`restore needs an empty database; ${table} has rows`)
    }
    const counts: Record<string, number> = {}
    let batch: Record<string, unknown>[] = []
    let batchTable = ''
    const flush = async () => {
      if (batch.length === 0) return
      const key = CREATED_BY_MIGRATIONS[batchTable]
      if (key) {
        for (const row of batch)
          await anyTrx.updateTable(batchTable).set(row).where(key, '=', row[key]).execute()
      } else {
        await anyTrx.insertInto(batchTable).values(batch).execute()
      }
      counts[batchTable] = (counts[batchTable] ?? 0) + batch.length
      batch = []
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === '') continue
      const { table, row } = JSON.parse(next.value) as {
        table: string
        row: Record<string, unknown>
      }
      if (!header.tables.includes(table)) throw new Error(`dump line for unknown table ${table}`)
      if (table !== batchTable || batch.length >= BATCH) await flush()
      batchTable = table
      batch.push(row)
    }
    await flush()
    await continueAuditNumbers(trx)
    await sealPlainTotpSecrets(trx, options.secretBox)
    const auditChain = await verifyStoredAuditChain(trx)
    if (!auditChain.valid && !options.force) throw new InvalidAuditChainError(auditChain)
    return { counts, auditChain }
  })
}

export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  const anyDb = db as unknown as AnyDb
  for (const table of await tablesInDependencyOrder(db)) {
    const row = await anyDb.selectFrom(table).select(sql`count(*)::int`.as('n')).executeTakeFirst()
    counts[table] = Number(row?.n ?? 0)
  }
  return counts
}
