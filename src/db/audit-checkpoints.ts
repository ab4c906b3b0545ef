import { timingSafeEqual } from 'node:crypto'
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ChainedAuditEntry } from '../domain/index.js'
import type { ChainHead } from './audit-chain.js'
import type { SecretBox } from './credentials/secret-box.js'
import { isInMemory } from './data-folder.js'
import { SetupError } from './setup-error.js'

/** The checkpoint file's name in the data folder (EFFECTWIJZER_AUDIT_CHECKPOINTS may name another). */
export const AUDIT_CHECKPOINTS_FILE = 'audit-checkpoints.jsonl'

/**
 * Where the checkpoints go: the file EFFECTWIJZER_AUDIT_CHECKPOINTS names (`configured`), else
 * the data folder's; none for an in-memory database.
 */
export function auditCheckpointFile(
  configured: string | undefined,
  dataDir: string,
): string | undefined {
  if (configured) return configured
  return isInMemory(dataDir) ? undefined : join(dataDir, AUDIT_CHECKPOINTS_FILE)
}

/**
 * Makes sure the checkpoint file can be appended to (created 0600 when new, its folder 0700), so a path that
 * cannot be written stops the server at start-up with a clear message instead of failing
 * every round of the sealer.
 */
export function openCheckpointFile(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
    const created = !existsSync(path)
    appendFileSync(path, '', { flag: 'a', mode: 0o600 })
    if (created) chmodSync(path, 0o600)
  } catch (error) {
    throw new SetupError(
      {
        nl: `Het controlepuntenbestand van het auditlog (EFFECTWIJZER_AUDIT_CHECKPOINTS) kan niet worden beschreven: ${path} (${(error as NodeJS.ErrnoException).code ?? 'onbekende fout'}).`,
        en: `The audit log's checkpoint file (EFFECTWIJZER_AUDIT_CHECKPOINTS) cannot be written: ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      },
      { cause: error },
    )
  }
}

const PURPOSE = 'effectwijzer audit checkpoint v1'

/**
 * The audit chain's head at a moment, sealed with a key the database does not hold (derived
 * from the secret key, see SecretBox.authenticate). Whoever can change the database can
 * recompute every hash in the chain, or cut its tail and move the head back; they cannot make
 * a checkpoint that agrees with it. So the chain is anchored outside the database (issue 11).
 */
export interface AuditCheckpoint {
  readonly seq: number
  readonly hash: string
  readonly at: string
  readonly mac: string
}

function macOf(box: SecretBox, seq: number, hash: string, at: string): string {
  return box.authenticate(PURPOSE, `${seq}\n${hash}\n${at}`)
}

/** Appends a sealed checkpoint of `head` as one JSON line (see openCheckpointFile). */
export function appendAuditCheckpoint(
  path: string,
  box: SecretBox,
  head: ChainHead,
  at: Date,
): AuditCheckpoint {
  const iso = at.toISOString()
  const checkpoint = {
    seq: head.lastSeq,
    hash: head.lastHash,
    at: iso,
    mac: macOf(box, head.lastSeq, head.lastHash, iso),
  }
  openCheckpointFile(path)
  // one write of one line to a file opened for appending: lines never interleave
  appendFileSync(path, `${JSON.stringify(checkpoint)}\n`, { flag: 'a' })
  return checkpoint
}

export type CheckpointVerdict =
  | { readonly valid: true; readonly checkpoints: number }
  | {
      readonly valid: false
      readonly checkpoints: number
      readonly line: number
      readonly reason: string
    }

function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}

function parseCheckpoint(text: string): AuditCheckpoint | undefined {
  try {
    const value = JSON.parse(text) as Partial<AuditCheckpoint>
    return Number.isSafeInteger(value.seq) &&
      typeof value.hash === 'string' &&
      typeof value.at === 'string' &&
      typeof value.mac === 'string'
      ? (value as AuditCheckpoint)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Checks a chain (already verified on its own, in chain order) against the checkpoint file:
 * every line must be sealed with this key, lines must not go backwards, and the entry each
 * one names must be in the chain with the hash it had then. A tail cut off after a checkpoint,
 * or entries rewritten before one, fail; so does a checkpoint line altered or made up.
 */
export function verifyAgainstCheckpoints(
  entries: readonly ChainedAuditEntry[],
  text: string,
  box: SecretBox,
): CheckpointVerdict {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  let previous = 0
  for (let i = 0; i < lines.length; i++) {
    const fail = (reason: string): CheckpointVerdict => ({
      valid: false,
      checkpoints: lines.length,
      line: i + 1,
      reason,
    })
    const checkpoint = parseCheckpoint(lines[i] as string)
    if (!checkpoint) return fail('is not a checkpoint')
    if (!sameMac(checkpoint.mac, macOf(box, checkpoint.seq, checkpoint.hash, checkpoint.at)))
      return fail('is not sealed with this secret key (altered, or written with another key)')
    if (checkpoint.seq < previous) return fail(`goes back to entry ${checkpoint.seq}`)
    previous = checkpoint.seq
    if (checkpoint.seq === 0) continue
    const entry = entries[checkpoint.seq - 1]
    if (!entry)
      return fail(
        `sealed entry ${checkpoint.seq} at ${checkpoint.at}, but the chain ends at ${entries.length}: entries were removed`,
      )
    if (entry.hash !== checkpoint.hash)
      return fail(
        `sealed entry ${checkpoint.seq} at ${checkpoint.at} with another hash: the chain up to it was rewritten`,
      )
  }
  return { valid: true, checkpoints: lines.length }
}

/** Reads the checkpoint file, or undefined when there is none yet. */
export function readCheckpointFile(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}
