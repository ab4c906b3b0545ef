import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  type Database,
  grantMfaExemption,
  listMfaExemptions,
  revokeMfaExemption,
} from '../../db/index.js'
import { ConflictError, MFA_EXEMPTABLE_ROLES } from '../../domain/index.js'
import { implement } from '../route.js'

async function exemptionList(db: Kysely<Database>, municipalityId: string) {
  return {
    exemptions: await listMfaExemptions(db, municipalityId),
    exemptableRoles: [...MFA_EXEMPTABLE_ROLES],
  }
}

export const listMfaExemptionsRoute = implement(contract.mfa.exemptions, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: await exemptionList(db, actor.municipality.id),
  }),
})

export const grantMfaExemptionRoute = implement(contract.mfa.grantExemption, {
  handler: async ({ actor, db, body, services }) => {
    await grantMfaExemption(db, {
      municipalityId: actor.municipality.id,
      role: body.role,
      reason: body.reason,
      userId: actor.userId,
      at: services.now(),
    })
    return { status: 200, body: await exemptionList(db, actor.municipality.id) }
  },
})

export const revokeMfaExemptionRoute = implement(contract.mfa.revokeExemption, {
  handler: async ({ actor, db, query, services }) => {
    const revoked = await revokeMfaExemption(db, {
      municipalityId: actor.municipality.id,
      role: query.role,
      userId: actor.userId,
      at: services.now(),
    })
    if (!revoked)
      throw new ConflictError({
        nl: 'Voor deze rol geldt geen vrijstelling van de tweede factor.',
        en: 'This role has no exemption from the second factor.',
      })
    return { status: 200, body: await exemptionList(db, actor.municipality.id) }
  },
})

export const MFA_ROUTES = [listMfaExemptionsRoute, grantMfaExemptionRoute, revokeMfaExemptionRoute]
