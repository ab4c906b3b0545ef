import { type Algorithm, hash, verify } from '@node-rs/argon2'

/** `Algorithm.Argon2id` (a const enum, which verbatimModuleSyntax cannot read). */
const ARGON2ID = 2 as Algorithm

/**
 * argon2id with OWASP's Password Storage Cheat Sheet minimum: m = 19 MiB, t = 2, p = 1.
 */
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** A hash of a random password, verified against when the account does not exist (equal timing). */
let dummyHash: Promise<string> | undefined
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-account-password')
  return dummyHash
}
