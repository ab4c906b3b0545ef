import type { AuditFields } from '../domain/index.js'

/** The `i`th of a run of made-up audit entries (one second apart), for the chain's tests. */
export function testAuditFields(i: number, personPseudonym: string | null = null): AuditFields {
  return {
    at: new Date(Date.UTC(2026, 5, 1, 12, 0, i)).toISOString(),
    actorUserId: null,
    actorRole: 'professional',
    actorOrganisationId: null,
    action: 'GET /api/v1/participants/:id',
    objectType: 'participant',
    objectId: String(i),
    personPseudonym,
    purpose: 'support',
    allowed: true,
    origin: '127.0.0.1',
  }
}
