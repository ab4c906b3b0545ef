/**
 * One audit-log entry as hashed: who did what to which participant-level object, on which
 * purpose, whether it was allowed, from where and when. Never the payload.
 */
export interface AuditFields {
  readonly at: string // ISO 8601 UTC with milliseconds
  readonly actorUserId: string | null
  readonly actorRole: string | null
  readonly actorOrganisationId: string | null
  readonly action: string
  readonly objectType: string
  readonly objectId: string | null
  readonly personPseudonym: string | null
  readonly purpose: string
  readonly allowed: boolean
  readonly origin: string | null
}

export interface ChainedAuditEntry extends AuditFields {
  readonly seq: number
  readonly prevHash: string
  readonly hash: string
}

/** The hash that precedes entry 1. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64)

/**
 * Canonical JSON of an entry's fields: keys sorted, no whitespace, so the same entry always
 * hashes to the same value whatever the database returns the columns in.
 */
export function canonicalAuditJson(seq: number, fields: AuditFields): string {
  const record: Record<string, unknown> = { ...pickFields(fields), seq }
  const keys = Object.keys(record).sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(record[key])}`).join(',')}}`
}

function pickFields(fields: AuditFields): AuditFields {
  return {
    at: fields.at,
    actorUserId: fields.actorUserId,
    actorRole: fields.actorRole,
    actorOrganisationId: fields.actorOrganisationId,
    action: fields.action,
    objectType: fields.objectType,
    objectId: fields.objectId,
    personPseudonym: fields.personPseudonym,
    purpose: fields.purpose,
    allowed: fields.allowed,
    origin: fields.origin,
  }
}
