import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AUDIT_GENESIS_HASH, type AuditFields, type ChainedAuditEntry } from '../domain/index.js'
import { hashAuditEntry, verifyAuditChain } from './audit-chain.js'

function fieldsAt(i: number): AuditFields {
  return {
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    actorUserId: `00000000-0000-4000-8000-${String(i % 7).padStart(12, '0')}`,
    actorRole: i % 2 === 0 ? 'professional' : 'pilot-manager',
    actorOrganisationId: null,
    action: i % 3 === 0 ? 'GET /api/v1/participants/:id' : 'PATCH /api/v1/participants/:id',
    objectType: 'participant',
    objectId: `obj-${i}`,
    personPseudonym: `P-${String(i).padStart(8, '0')}`,
    purpose: 'support',
    allowed: i % 5 !== 0,
    origin: '127.0.0.1',
  }
}

function buildChain(n: number): {
  entries: ChainedAuditEntry[]
  head: { lastSeq: number; lastHash: string }
} {
  const entries: ChainedAuditEntry[] = []
  let prevHash = AUDIT_GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const fields = fieldsAt(seq)
    const hash = hashAuditEntry(prevHash, seq, fields)
    entries.push({ ...fields, seq, prevHash, hash })
    prevHash = hash
  }
  return { entries, head: { lastSeq: n, lastHash: prevHash } }
}

const FIELD_NAMES = [
  'at',
  'actorUserId',
  'actorRole',
  'action',
  'objectType',
  'objectId',
  'personPseudonym',
  'purpose',
  'allowed',
  'origin',
] as const

type Tamper =
  | { kind: 'alter'; index: number; field: (typeof FIELD_NAMES)[number] }
  | { kind: 'delete'; index: number }
  | { kind: 'insert'; index: number }
  | { kind: 'swap'; index: number; other: number }

function tamper(entries: ChainedAuditEntry[], t: Tamper): ChainedAuditEntry[] {
  const copy = [...entries]
  const i = t.index % copy.length
  const target = copy[i] as ChainedAuditEntry
  switch (t.kind) {
    case 'alter': {
      const value = target[t.field]
      const changed = typeof value === 'boolean' ? !value : `${String(value)}x`
      copy[i] = { ...target, [t.field]: changed }
      return copy
    }
    case 'delete':
      copy.splice(i, 1)
      return copy
    case 'insert': {
      // a forged entry that even links correctly to its predecessor
      const prev = i === 0 ? AUDIT_GENESIS_HASH : (copy[i - 1] as ChainedAuditEntry).hash
      const forged = { ...fieldsAt(1000 + i), seq: i + 1 }
      copy.splice(i, 0, { ...forged, prevHash: prev, hash: hashAuditEntry(prev, i + 1, forged) })
      return copy
    }
    case 'swap': {
      const j = t.other % copy.length
      if (i === j) return tamper(entries, { kind: 'delete', index: i })
      copy[i] = copy[j] as ChainedAuditEntry
      copy[j] = target
      return copy
    }
  }
}

const tamperArbitrary: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant('alter' as const),
    index: fc.nat(),
    field: fc.constantFrom(...FIELD_NAMES),
  }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), index: fc.nat(), other: fc.nat() }),
)

describe('verifyAuditChain', () => {
  it('accepts an untouched chain, including the empty one', () => {
    for (const n of [0, 1, 25]) {
      const { entries, head } = buildChain(n)
      expect(verifyAuditChain(entries, head)).toEqual({ valid: true, entries: n })
    }
  })

  it('detects any altered, deleted, inserted or reordered entry (random tampering)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), tamperArbitrary, (n, t) => {
        const { entries, head } = buildChain(n)
        expect(verifyAuditChain(tamper(entries, t), head).valid).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('detects a removed tail through the chain head', () => {
    const { entries, head } = buildChain(5)
    const verdict = verifyAuditChain(entries.slice(0, 4), head)
    expect(verdict.valid).toBe(false)
  })
})
