import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  type AuditFilter,
  type AuditViewRow,
  type Database,
  listAuditEntries,
  listUsers,
} from '../../db/index.js'
import {
  AUDIT_MAX_PAGE_SIZE,
  AUDIT_PAGE_SIZE,
  type AuditQuery,
  describeAuditAction,
  formatMoment,
  NotFoundError,
} from '../../domain/index.js'
import { type Cell, toCsv } from '../../files/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'

/**
 * The filter, scoped to the actor's municipality: a resident by participant id or pseudonym
 * (another municipality's resident is not found), an employee, a period.
 */
async function filterFor(
  db: Kysely<Database>,
  actor: RoleActor,
  query: AuditQuery,
): Promise<AuditFilter> {
  let personPseudonym = query.pseudonym
  if (query.personId !== undefined) {
    const person = await db
      .selectFrom('participants')
      .select('pseudonym')
      .where('id', '=', query.personId)
      .where('municipality_id', '=', actor.municipality.id)
      .executeTakeFirst()
    if (!person || (personPseudonym !== undefined && personPseudonym !== person.pseudonym))
      throw new NotFoundError({ nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' })
    personPseudonym = person.pseudonym
  }
  return {
    municipalityId: actor.municipality.id,
    personPseudonym,
    actorUserId: query.actorId,
    from: query.from,
    to: query.to,
    beforeSeq: query.before,
  }
}

function view(row: AuditViewRow) {
  return {
    id: row.seq,
    at: row.at,
    actorName: row.actorName,
    role: row.actorRole,
    organisation: row.organisationName,
    action: row.action,
    description: describeAuditAction(row.action),
    objectType: row.objectType,
    objectId: row.objectId,
    personPseudonym: row.personPseudonym,
    purpose: row.purpose,
    allowed: row.allowed,
    origin: row.origin,
  }
}

export const listAuditRoute = implement(contract.audit.list, {
  handler: async ({ actor, db, query }) => {
    const limit = query.limit ?? AUDIT_PAGE_SIZE
    // One more than asked tells whether an older page exists without counting the whole log.
    const rows = await listAuditEntries(db, {
      ...(await filterFor(db, actor, query)),
      limit: limit + 1,
    })
    const page = rows.slice(0, limit)
    return {
      status: 200,
      body: {
        entries: page.map(view),
        next: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
      },
    }
  },
})

export const auditActorsRoute = implement(contract.audit.actors, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: {
      actors: (await listUsers(db, actor.municipality.id)).map((user) => ({
        id: user.id,
        name: user.name,
        role: user.role,
      })),
    },
  }),
})

/**
 * The export's columns: the search's field names (stable, for scripts), with the local time
 * and the action in words in the reader's language beside the raw values.
 */
const CSV_HEADER = [
  'id',
  'at',
  'localTime',
  'actorName',
  'role',
  'organisation',
  'action',
  'description',
  'objectType',
  'objectId',
  'personPseudonym',
  'purpose',
  'allowed',
  'origin',
] as const

export const exportAuditRoute = implement(contract.audit.export, {
  handler: async ({ actor, db, query, language }) => {
    const filter = await filterFor(db, actor, query)
    const lines: Cell[][] = [[...CSV_HEADER]]
    // Every matching entry, page by page from the newest: the export is the whole answer.
    let beforeSeq = filter.beforeSeq
    for (;;) {
      const rows = await listAuditEntries(db, { ...filter, beforeSeq, limit: AUDIT_MAX_PAGE_SIZE })
      for (const row of rows) {
        const e = view(row)
        const cells: Record<(typeof CSV_HEADER)[number], Cell> = {
          ...e,
          localTime: formatMoment(e.at, language),
          description: e.description[language],
        }
        lines.push(CSV_HEADER.map((column) => cells[column]))
      }
      if (rows.length < AUDIT_MAX_PAGE_SIZE) break
      beforeSeq = rows.at(-1)?.seq
    }
    return {
      status: 200,
      body: toCsv(lines),
      headers: { 'content-disposition': 'attachment; filename="audit.csv"' },
    }
  },
})

export const AUDIT_ROUTES = [listAuditRoute, auditActorsRoute, exportAuditRoute]
