import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { contract } from '../../contract/index.js'
import { type AuditViewRow, type Database, listAuditEntries } from '../../db/index.js'
import { type auditQuerySchema, NotFoundError } from '../../domain/index.js'
import { toCsv } from '../../files/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'

type AuditQuery = z.infer<typeof auditQuerySchema>

/** The filter: per person (by participant id, within the municipality) and/or per employee. */
async function entriesFor(
  db: Kysely<Database>,
  actor: RoleActor,
  query: AuditQuery,
): Promise<AuditViewRow[]> {
  let personPseudonym: string | undefined
  if (query.personId !== undefined) {
    const person = await db
      .selectFrom('participants')
      .select('pseudonym')
      .where('id', '=', query.personId)
      .where('municipality_id', '=', actor.municipality.id)
      .executeTakeFirst()
    if (!person)
      throw new NotFoundError({ nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' })
    personPseudonym = person.pseudonym
  }
  return listAuditEntries(db, {
    municipalityId: actor.municipality.id,
    personPseudonym,
    actorUserId: query.actorId,
  })
}

function view(row: AuditViewRow) {
  return {
    id: row.seq,
    at: row.at,
    actorName: row.actorName,
    role: row.actorRole,
    organisation: row.organisationName,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    personPseudonym: row.personPseudonym,
    purpose: row.purpose,
    allowed: row.allowed,
    origin: row.origin,
  }
}

export const listAuditRoute = implement(contract.audit.list, {
  handler: async ({ actor, db, query }) => ({
    status: 200,
    body: { entries: (await entriesFor(db, actor, query)).map(view) },
  }),
})

const CSV_COLUMNS = [
  'id',
  'at',
  'actorName',
  'role',
  'organisation',
  'action',
  'objectType',
  'objectId',
  'personPseudonym',
  'purpose',
  'allowed',
  'origin',
] as const

export const exportAuditRoute = implement(contract.audit.export, {
  handler: async ({ actor, db, query }) => {
    const rows = (await entriesFor(db, actor, query)).map(view)
    return {
      status: 200,
      body: toCsv([CSV_COLUMNS, ...rows.map((row) => CSV_COLUMNS.map((c) => row[c]))]),
      headers: { 'content-disposition': 'attachment; filename="audit.csv"' },
    }
  },
})

export const AUDIT_ROUTES = [listAuditRoute, exportAuditRoute]
