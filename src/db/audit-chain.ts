import { createHash } from 'node:crypto'
import {
  AUDIT_GENESIS_HASH,
  type AuditFields,
  type ChainedAuditEntry,
  canonicalAuditJson,
} from '../domain/index.js'

/** sha256( previous hash ‖ canonical JSON of the entry with its sequence number ), hex. */
export function hashAuditEntry(prevHash: string, seq: number, fields: AuditFields): string {
  return createHash('sha256').update(prevHash).update(canonicalAuditJson(seq, fields)).digest('hex')
}

export interface ChainHead {
  readonly lastSeq: number
  readonly lastHash: string
}

export type AuditChainVerdict =
  | { readonly valid: true; readonly entries: number }
  | {
      readonly valid: false
      readonly entries: number
      readonly seq: number
      readonly reason: string
    }

/**
 * Checks a chain read in `seq` order: sequence numbers run 1, 2, 3 … without gaps; each entry
 * names its predecessor's hash; each hash recomputes from the entry's fields; and the last
 * entry matches the chain head. So any altered, deleted, inserted or reordered entry fails,
 * and so does a removed tail.
 */
export function verifyAuditChain(
  entries: readonly ChainedAuditEntry[],
  head: ChainHead,
): AuditChainVerdict {
  let prevHash = AUDIT_GENESIS_HASH
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ChainedAuditEntry
    const fail = (reason: string): AuditChainVerdict => ({
      valid: false,
      entries: entries.length,
      seq: entry.seq,
      reason,
    })
    if (entry.seq !== i + 1) return fail(`expected sequence number ${i + 1}`)
    if (entry.prevHash !== prevHash) return fail('does not link to the previous entry')
    if (hashAuditEntry(prevHash, entry.seq, entry) !== entry.hash)
      return fail('content does not match its hash')
    prevHash = entry.hash
  }
  if (head.lastSeq !== entries.length || head.lastHash !== prevHash) {
    return {
      valid: false,
      entries: entries.length,
      seq: entries.length,
      reason: `chain head says ${head.lastSeq} entries`,
    }
  }
  return { valid: true, entries: entries.length }
}
