import { createHash, randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { randomToken } from './session-repository.js'

/** Only this hash of a link's token is stored: a leaked database opens no survey. */
function hashLinkToken(token: string): string {
  return createHash('sha256').update(`startfoto-link\n${token}`).digest('hex')
}

export interface StoredStartfotoTemplate {
  /** As src/domain/startfoto's template schema parsed it when saved. */
  readonly template: unknown
  readonly savedAt: Date
}

export async function findStartfotoTemplate(
  db: Kysely<Database>,
  projectId: string,
): Promise<StoredStartfotoTemplate | undefined> {
  const row = await db
    .selectFrom('startfoto_templates')
    .select(['template', 'saved_at'])
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return row && { template: row.template, savedAt: row.saved_at }
}

/** Saves (or replaces) the project's questionnaire. */
export async function saveStartfotoTemplate(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly template: unknown
    readonly savedAt: Date
    readonly savedBy: string | null
  },
): Promise<void> {
  const values = {
    template: JSON.stringify(input.template),
    saved_at: input.savedAt,
    saved_by: input.savedBy,
  }
  await db
    .insertInto('startfoto_templates')
    .values({ project_id: input.projectId, ...values })
    .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
    .execute()
}

/** Has anyone answered any round of the project's startfoto? */
export async function hasStartfotoResponses(
  db: Kysely<Database>,
  projectId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('startfoto_responses as r')
    .innerJoin('startfoto_links as l', 'l.id', 'r.link_id')
    .innerJoin('startfoto_rounds as o', 'o.id', 'l.round_id')
    .select('r.id')
    .where('o.project_id', '=', projectId)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

export interface StoredStartfotoRound {
  readonly number: number
  readonly openedOn: string
  readonly closedOn: string | null
  readonly organisations: readonly { readonly id: string; readonly name: string }[]
  readonly responses: readonly {
    readonly organisationId: string
    readonly ratings: Readonly<Record<string, number>>
    readonly texts: Readonly<Record<string, string>>
  }[]
}

/** Every round of the project, oldest first, with its organisations and responses. */
export async function listStartfotoRounds(
  db: Kysely<Database>,
  projectId: string,
): Promise<StoredStartfotoRound[]> {
  const rounds = await db
    .selectFrom('startfoto_rounds')
    .select(['id', 'number', 'opened_on', 'closed_on'])
    .where('project_id', '=', projectId)
    .orderBy('number')
    .execute()
  if (rounds.length === 0) return []
  const roundIds = rounds.map((round) => round.id)
  const links = await db
    .selectFrom('startfoto_links as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.round_id', 'o.id', 'o.name'])
    .where('l.round_id', 'in', roundIds)
    .orderBy('o.name')
    .execute()
  const responses = await db
    .selectFrom('startfoto_responses as r')
    .innerJoin('startfoto_links as l', 'l.id', 'r.link_id')
    .select(['l.round_id', 'l.organisation_id', 'r.ratings', 'r.texts'])
    .where('l.round_id', 'in', roundIds)
    .execute()
  return rounds.map((round) => ({
    number: round.number,
    openedOn: round.opened_on,
    closedOn: round.closed_on,
    organisations: links
      .filter((link) => link.round_id === round.id)
      .map((link) => ({ id: link.id, name: link.name })),
    responses: responses
      .filter((response) => response.round_id === round.id)
      .map((response) => ({
        organisationId: response.organisation_id,
        ratings: response.ratings as Record<string, number>,
        texts: response.texts as Record<string, string>,
      })),
  }))
}

/** The project's open round's number, if one is open. */
export async function findOpenStartfotoRound(
  db: Kysely<Database>,
  projectId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('startfoto_rounds')
    .select('number')
    .where('project_id', '=', projectId)
    .where('closed_on', 'is', null)
    .executeTakeFirst()
  return row?.number
}

/**
 * Opens the project's next round with a new random link per organisation; answers with the
 * tokens, which are not stored (only their hashes) and so cannot be shown again.
 */
export async function openStartfotoRound(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly openedOn: string
    readonly organisationIds: readonly string[]
  },
): Promise<{ number: number; links: { organisationId: string; token: string }[] }> {
  const last = await db
    .selectFrom('startfoto_rounds')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('project_id', '=', input.projectId)
    .executeTakeFirst()
  const number = (last?.number ?? 0) + 1
  const roundId = randomUUID()
  await db
    .insertInto('startfoto_rounds')
    .values({ id: roundId, project_id: input.projectId, number, opened_on: input.openedOn })
    .execute()
  const links = input.organisationIds.map((organisationId) => ({
    organisationId,
    token: randomToken(),
  }))
  await db
    .insertInto('startfoto_links')
    .values(
      links.map((link) => ({
        id: randomUUID(),
        round_id: roundId,
        organisation_id: link.organisationId,
        token_hash: hashLinkToken(link.token),
      })),
    )
    .execute()
  return { number, links }
}

/** Closes a round, saying so when the project has no such round or it was closed already. */
export async function closeStartfotoRound(
  db: Kysely<Database>,
  input: { readonly projectId: string; readonly number: number; readonly closedOn: string },
): Promise<'closed' | 'not-found' | 'already-closed'> {
  const round = await db
    .selectFrom('startfoto_rounds')
    .select(['id', 'closed_on'])
    .where('project_id', '=', input.projectId)
    .where('number', '=', input.number)
    .executeTakeFirst()
  if (!round) return 'not-found'
  if (round.closed_on !== null) return 'already-closed'
  await db
    .updateTable('startfoto_rounds')
    .set({ closed_on: input.closedOn })
    .where('id', '=', round.id)
    .execute()
  return 'closed'
}

/**
 * New tokens for every link of an open round (a lost or leaked link): the old tokens stop
 * working, the answers already given stay with their organisation.
 */
export async function renewStartfotoLinks(
  db: Kysely<Database>,
  input: { readonly projectId: string; readonly number: number },
): Promise<
  'not-found' | 'closed' | { openedOn: string; links: { organisationId: string; token: string }[] }
> {
  const round = await db
    .selectFrom('startfoto_rounds')
    .select(['id', 'opened_on', 'closed_on'])
    .where('project_id', '=', input.projectId)
    .where('number', '=', input.number)
    .executeTakeFirst()
  if (!round) return 'not-found'
  if (round.closed_on !== null) return 'closed'
  const links = await db
    .selectFrom('startfoto_links as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.organisation_id'])
    .where('l.round_id', '=', round.id)
    .orderBy('o.name')
    .execute()
  const renewed = links.map((link) => ({ ...link, token: randomToken() }))
  for (const link of renewed)
    await db
      .updateTable('startfoto_links')
      .set({ token_hash: hashLinkToken(link.token) })
      .where('id', '=', link.id)
      .execute()
  return {
    openedOn: round.opened_on,
    links: renewed.map((link) => ({ organisationId: link.organisation_id, token: link.token })),
  }
}

export interface StartfotoLink {
  readonly linkId: string
  /** The hash, also the key of the link's rate limit (the token itself is never kept). */
  readonly tokenHash: string
  readonly projectId: string
  readonly projectName: string
  readonly organisationName: string
  readonly round: number
  readonly open: boolean
}

/** The link a token opens, if any. */
export async function findStartfotoLink(
  db: Kysely<Database>,
  token: string,
): Promise<StartfotoLink | undefined> {
  const row = await db
    .selectFrom('startfoto_links as l')
    .innerJoin('startfoto_rounds as r', 'r.id', 'l.round_id')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select([
      'l.id',
      'l.token_hash',
      'p.id as project_id',
      'p.name as project_name',
      'o.name as organisation_name',
      'r.number',
      'r.closed_on',
    ])
    .where('l.token_hash', '=', hashLinkToken(token))
    .executeTakeFirst()
  return (
    row && {
      linkId: row.id,
      tokenHash: row.token_hash,
      projectId: row.project_id,
      projectName: row.project_name,
      organisationName: row.organisation_name,
      round: row.number,
      open: row.closed_on === null,
    }
  )
}

/** Stores one anonymous response: its link, the day, the answers. */
export async function addStartfotoResponse(
  db: Kysely<Database>,
  input: {
    readonly linkId: string
    readonly answeredOn: string
    readonly ratings: Readonly<Record<string, number>>
    readonly texts: Readonly<Record<string, string>>
  },
): Promise<void> {
  await db
    .insertInto('startfoto_responses')
    .values({
      id: randomUUID(),
      link_id: input.linkId,
      answered_on: input.answeredOn,
      ratings: JSON.stringify(input.ratings),
      texts: JSON.stringify(input.texts),
    })
    .execute()
}
