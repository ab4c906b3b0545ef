import type { Kysely } from 'kysely'
import type { ChainedAuditEntry } from '../domain/index.js'
import { type AuditChainVerdict, verifyAuditChain } from './audit-chain.js'
import {
  readAuditChain,
  readChainHead,
  sealAllAuditEntries,
} from './repositories/audit-repository.js'
import type { Database } from './schema.js'

/** The whole chain as one snapshot: its entries in chain order and the head that ends it. */
export interface StoredAuditChain {
  readonly entries: readonly ChainedAuditEntry[]
  readonly head: Awaited<ReturnType<typeof readChainHead>>
}

/**
 * Chains what is still pending, then reads the chain and its head in one snapshot (REPEATABLE
 * READ), so a sealer committing meanwhile cannot make a sound chain look cut short.
 */
export async function readStoredAuditChain(db: Kysely<Database>): Promise<StoredAuditChain> {
  await sealAllAuditEntries(db)
  const read = async (trx: Kysely<Database>) => {
    const entries: ChainedAuditEntry[] = []
    for await (const page of readAuditChain(trx)) entries.push(...page)
    return { entries, head: await readChainHead(trx) }
  }
  return db.isTransaction
    ? read(db)
    : db.transaction().setIsolationLevel('repeatable read').execute(read)
}

/** Reads the whole audit chain and verifies it (see verifyAuditChain). */
export async function verifyStoredAuditChain(db: Kysely<Database>): Promise<AuditChainVerdict> {
  const { entries, head } = await readStoredAuditChain(db)
  return verifyAuditChain(entries, head)
}
