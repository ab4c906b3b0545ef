import { randomBytes, randomUUID } from 'node:crypto'
import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import { type AgeBand, ConflictError, type HouseholdType } from '../../domain/index.js'
import type { Database } from '../schema.js'
import { restrictedAt } from './privacy-repository.js'

/**
 * Which participants a user may see: always one municipality; for team-scoped roles only
 * their own team plus those shared with their team or organisation on a valid recorded basis.
 * The server's policy builds this; the repository applies it in SQL.
 */
export interface ParticipantScope {
  readonly municipalityId: string
  readonly team: { readonly organisationId: string; readonly team: string | null } | null
}

export interface ParticipantRow {
  readonly id: string
  readonly pseudonym: string
  readonly organisationId: string
  readonly team: string
  readonly ageBand: AgeBand | null
  readonly householdType: HouseholdType | null
  readonly district: string | null
  readonly ladderRung: number | null
  readonly projectIds: string[]
}

export interface NewParticipant {
  readonly municipalityId: string
  readonly organisationId: string
  readonly team: string
  readonly ageBand?: AgeBand | undefined
  readonly householdType?: HouseholdType | undefined
  readonly district?: string | undefined
  readonly ladderRung?: number | undefined
  /** The BSN's keyed hash in this municipality (credentials/bsn-hash.ts). */
  readonly bsnHash?: string | undefined
}

export interface ParticipantChanges {
  readonly ageBand?: AgeBand | null | undefined
  readonly householdType?: HouseholdType | null | undefined
  readonly district?: string | null | undefined
  readonly ladderRung?: number | null | undefined
}

const PSEUDONYM_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ' // Crockford base32

/** A random pseudonym `P-XXXXXXXX` (40 bits); never derived from identifying data. */
export function newPseudonym(): string {
  const bytes = randomBytes(8)
  let key = ''
  for (const byte of bytes) key += PSEUDONYM_ALPHABET[byte % 32]
  return `P-${key}`
}

function selectParticipants(db: Kysely<Database>) {
  return db
    .selectFrom('participants')
    .select([
      'participants.id',
      'participants.pseudonym',
      'participants.organisation_id as organisationId',
      'participants.team',
      'participants.age_band as ageBand',
      'participants.household_type as householdType',
      'participants.district',
      'participants.ladder_rung as ladderRung',
      sql<
        string[]
      >`coalesce((select array_agg(e.project_id::text order by e.project_id) from enrolments e where e.participant_id = participants.id), '{}')`.as(
        'projectIds',
      ),
    ])
}

/** SQL for "visible to this team": own team, or shared with a valid recorded basis. */
export function visibleTo(scope: ParticipantScope) {
  return (eb: ExpressionBuilder<Database, 'participants'>) => {
    const team = scope.team
    if (team === null) return eb.val(true)
    const ownTeam = eb.and([
      eb('participants.organisation_id', '=', team.organisationId),
      team.team === null ? eb.val(true) : eb('participants.team', '=', team.team),
    ])
    const shared = eb.exists(
      eb
        .selectFrom('shares as s')
        .select(sql`1`.as('one'))
        .whereRef('s.participant_id', '=', 'participants.id')
        .where('s.organisation_id', '=', team.organisationId)
        .where((w) =>
          w.or([
            w('s.team', 'is', null),
            team.team === null ? w.val(false) : w('s.team', '=', team.team),
          ]),
        )
        .where((w) =>
          w.or([
            w('s.basis', '=', 'law'),
            // consent: the referenced consent was given to this very organisation and has
            // not been withdrawn since. A withdrawal counts from the moment it is recorded,
            // whatever date it carries (a date typed before the consent's, or a later one,
            // does not leave the partner seeing the case), so it takes effect at once.
            w.exists(
              w
                .selectFrom('consents as c')
                .select(sql`1`.as('one'))
                .whereRef('c.id', '=', 's.consent_id')
                .whereRef('c.participant_id', '=', 's.participant_id')
                .whereRef('c.partner_organisation_id', '=', 's.organisation_id')
                .where('c.status', '=', 'given')
                .where(({ not, exists, selectFrom }) =>
                  not(
                    exists(
                      selectFrom('consents as w')
                        .select(sql`1`.as('one'))
                        .whereRef('w.participant_id', '=', 'c.participant_id')
                        .whereRef('w.partner_organisation_id', '=', 'c.partner_organisation_id')
                        .whereRef('w.purpose', '=', 'c.purpose')
                        .where('w.status', '=', 'withdrawn')
                        .where((later) =>
                          later.or([
                            later('w.date', '>=', later.ref('c.date')),
                            later('w.created_at', '>', later.ref('c.created_at')),
                          ]),
                        ),
                    ),
                  ),
                ),
            ),
          ]),
        ),
    )
    return eb.or([ownTeam, shared])
  }
}

export async function listParticipants(
  db: Kysely<Database>,
  scope: ParticipantScope,
  filter: { readonly projectId?: string | undefined; readonly q?: string | undefined },
): Promise<ParticipantRow[]> {
  let query = selectParticipants(db)
    .where('participants.municipality_id', '=', scope.municipalityId)
    .where(visibleTo(scope))
  if (filter.projectId !== undefined) {
    const projectId = filter.projectId
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('enrolments as e')
          .select(sql`1`.as('one'))
          .whereRef('e.participant_id', '=', 'participants.id')
          .where('e.project_id', '=', projectId),
      ),
    )
  }
  if (filter.q !== undefined && filter.q !== '') {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    query = query.where((eb) =>
      eb.or([
        eb('participants.pseudonym', 'ilike', pattern),
        eb('participants.district', 'ilike', pattern),
      ]),
    )
  }
  return (await query.orderBy('participants.pseudonym').execute()) as ParticipantRow[]
}

/**
 * Finds a participant of the municipality and says whether the scope may see it:
 * `undefined` when it does not exist in this municipality (→ 404).
 */
export async function findParticipant(
  db: Kysely<Database>,
  scope: ParticipantScope,
  id: string,
): Promise<{ readonly participant: ParticipantRow; readonly visible: boolean } | undefined> {
  const participant = (await selectParticipants(db)
    .where('participants.municipality_id', '=', scope.municipalityId)
    .where('participants.id', '=', id)
    .executeTakeFirst()) as ParticipantRow | undefined
  if (!participant) return undefined
  const visible = await selectParticipants(db)
    .where('participants.id', '=', id)
    .where(visibleTo(scope))
    .executeTakeFirst()
  return { participant, visible: visible !== undefined }
}

export async function createParticipant(
  db: Kysely<Database>,
  input: NewParticipant,
): Promise<string> {
  if (
    input.bsnHash !== undefined &&
    (await db
      .selectFrom('participants')
      .select('id')
      .where('municipality_id', '=', input.municipalityId)
      .where('bsn_hmac', '=', input.bsnHash)
      .executeTakeFirst())
  ) {
    throw new ConflictError({
      nl: 'Deze inwoner is al geregistreerd.',
      en: 'This resident is already registered.',
    })
  }
  const id = randomUUID()
  await db
    .insertInto('participants')
    .values({
      id,
      municipality_id: input.municipalityId,
      pseudonym: newPseudonym(),
      organisation_id: input.organisationId,
      team: input.team,
      age_band: input.ageBand ?? null,
      household_type: input.householdType ?? null,
      district: input.district ?? null,
      ladder_rung: input.ladderRung ?? null,
      bsn_hmac: input.bsnHash ?? null,
    })
    .execute()
  return id
}

export async function updateParticipant(
  db: Kysely<Database>,
  id: string,
  changes: ParticipantChanges,
  now: Date,
): Promise<void> {
  await db
    .updateTable('participants')
    .set({
      ...(changes.ageBand !== undefined ? { age_band: changes.ageBand } : {}),
      ...(changes.householdType !== undefined ? { household_type: changes.householdType } : {}),
      ...(changes.district !== undefined ? { district: changes.district } : {}),
      ...(changes.ladderRung !== undefined ? { ladder_rung: changes.ladderRung } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

export async function enrolParticipant(
  db: Kysely<Database>,
  input: { readonly participantId: string; readonly projectId: string; readonly startDate: string },
): Promise<void> {
  await db
    .insertInto('enrolments')
    .values({
      id: randomUUID(),
      participant_id: input.participantId,
      project_id: input.projectId,
      start_date: input.startDate,
      end_date: null,
    })
    .execute()
}

export interface EnrolmentRow {
  readonly projectId: string
  readonly startDate: string
  readonly endDate: string | null
  readonly endReason: string | null
}

const ENROLMENT_COLUMNS = [
  'enrolments.project_id as projectId',
  'enrolments.start_date as startDate',
  'enrolments.end_date as endDate',
  'enrolments.end_reason as endReason',
] as const

export async function listEnrolments(
  db: Kysely<Database>,
  participantId: string,
): Promise<EnrolmentRow[]> {
  return db
    .selectFrom('enrolments')
    .select(ENROLMENT_COLUMNS)
    .where('participant_id', '=', participantId)
    .orderBy('start_date')
    .execute()
}

/** The participant's enrolment in the project (ended or not), or undefined. */
export async function findEnrolment(
  db: Kysely<Database>,
  participantId: string,
  projectId: string,
): Promise<EnrolmentRow | undefined> {
  return db
    .selectFrom('enrolments')
    .select(ENROLMENT_COLUMNS)
    .where('participant_id', '=', participantId)
    .where('project_id', '=', projectId)
    .executeTakeFirst()
}

export async function endEnrolment(
  db: Kysely<Database>,
  input: {
    readonly participantId: string
    readonly projectId: string
    readonly endDate: string
    readonly reason: string
  },
): Promise<void> {
  await db
    .updateTable('enrolments')
    .set({ end_date: input.endDate, end_reason: input.reason })
    .where('participant_id', '=', input.participantId)
    .where('project_id', '=', input.projectId)
    .execute()
}

/** The project's enrolments of the participants the scope may see, by pseudonym. */
export async function listProjectEnrolments(
  db: Kysely<Database>,
  scope: ParticipantScope,
  projectId: string,
): Promise<(EnrolmentRow & { participantId: string; pseudonym: string; team: string })[]> {
  return db
    .selectFrom('enrolments')
    .innerJoin('participants', 'participants.id', 'enrolments.participant_id')
    .select([
      ...ENROLMENT_COLUMNS,
      'participants.id as participantId',
      'participants.pseudonym',
      'participants.team',
    ])
    .where('enrolments.project_id', '=', projectId)
    .where('participants.municipality_id', '=', scope.municipalityId)
    .where(visibleTo(scope))
    .orderBy('participants.pseudonym')
    .execute()
}

export type AggregateDimension = 'ladder_rung' | 'district' | 'age_band' | 'household_type'

/**
 * Counts of enrolled participants of one project per value of a dimension (null: none
 * recorded, last), leaving out those restricted or objecting at `at` (AVG art. 18, 21).
 */
export async function countParticipantsBy(
  db: Kysely<Database>,
  input: {
    readonly municipalityId: string
    readonly projectId: string
    readonly dimension: AggregateDimension
    readonly at: Date
  },
): Promise<{ value: string | null; count: number }[]> {
  const column = sql.ref(`p.${input.dimension}`)
  const rows = await sql<{ value: string | null; count: number }>`
    select ${column}::text as value, count(*)::int as count
    from participants p join enrolments e on e.participant_id = p.id
    where e.project_id = ${input.projectId} and p.municipality_id = ${input.municipalityId}
    and not ${restrictedAt(sql.ref('p.id'), input.at)}
    group by 1 order by 1`.execute(db)
  return rows.rows
}
