import type { Kysely } from 'kysely'
import type { ChainedAuditEntry } from '../domain/index.js'
import { type AuditChainVerdict, verifyAuditChain } from './audit-chain.js'
import { readAuditChain, readChainHead } from './repositories/audit-repository.js'
import type { Database } from './schema.js'

/** Reads the whole audit chain and verifies it (see verifyAuditChain). */
export async function verifyStoredAuditChain(db: Kysely<Database>): Promise<AuditChainVerdict> {
  const entries: ChainedAuditEntry[] = []
  for await (const page of readAuditChain(db)) entries.push(...page)
  return verifyAuditChain(entries, await readChainHead(db))
}
