import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  type ActionRow,
  type AttendeeRow,
  addAction,
  addCase,
  type CaseRow,
  type ColleagueRow,
  type ConferenceRow,
  caseOnAgenda,
  createConferences,
  type Database,
  findAction,
  findCase,
  findColleagues,
  findConference,
  findParticipant,
  findProject,
  listActions,
  listAttendees,
  listCases,
  listColleagues,
  listConferences,
  type ParticipantScope,
  participantsWithBasis,
  updateAction,
  updateCase,
  updateConference,
} from '../../db/index.js'
import {
  type Colleague,
  type ConferenceAction,
  type ConferenceCase,
  type ConferenceDomain,
  ConflictError,
  defaultDomain,
  ForbiddenError,
  NotFoundError,
  PERMISSIONS,
  seriesDates,
  ValidationError,
} from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { isTeamScoped, participantScope } from '../policy.js'
import { type AuditNote, implement } from '../route.js'
import { agendaHtml } from './case-conference-agenda.js'
import { conferenceAttendanceRoute } from './case-conference-attendance.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { REPORT_PAGE_HEADERS } from './report-response.js'

const CONFERENCE_NOT_FOUND = { nl: 'Overleg niet gevonden.', en: 'Case conference not found.' }
const CASE_NOT_FOUND = { nl: 'Casus niet gevonden.', en: 'Case not found.' }
const ACTION_NOT_FOUND = { nl: 'Actie niet gevonden.', en: 'Action not found.' }
const ACTION_ID_TAKEN = {
  nl: 'Deze actie-id is al in gebruik voor een andere actie.',
  en: 'This action id is already used for another action.',
}
const NO_BASIS = {
  nl: 'U heeft geen grondslag of toestemming om deze casus te bespreken: de deelnemer hoort niet bij uw team en is niet op een wettelijke grondslag of met toestemming met u gedeeld.',
  en: 'You have no legal basis or consent to discuss this case: the participant is not in your team and has not been shared with you on a legal basis or with consent.',
}

/** The roles that can sit at the table: who may read conferences. */
const AT_THE_TABLE = PERMISSIONS['conferences.read']

/** The basis of a colleague who is not the caller, by the same rule as participantScope. */
function scopeOf(colleague: ColleagueRow): ParticipantScope {
  return {
    municipalityId: colleague.municipalityId,
    team: isTeamScoped(colleague.role)
      ? { organisationId: colleague.organisation.id, team: colleague.team }
      : null,
  }
}

function colleagueView({ role: _role, municipalityId: _m, ...colleague }: ColleagueRow): Colleague {
  return colleague
}

async function conferenceOf(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
): Promise<ConferenceRow> {
  audit.objectId = id
  const conference = await findConference(db, actor.municipality.id, id)
  if (!conference) throw new NotFoundError(CONFERENCE_NOT_FOUND)
  return conference
}

/** The case, when the caller has a basis for its participant (else 403, audited by the route). */
async function caseWithBasis(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
): Promise<CaseRow> {
  audit.objectId = id
  const found = await findCase(db, actor.municipality.id, id)
  if (!found) throw new NotFoundError(CASE_NOT_FOUND)
  audit.personPseudonym = found.pseudonym
  const basis = await participantsWithBasis(db, participantScope(actor), [found.participantId])
  if (!basis.has(found.participantId)) throw new ForbiddenError(NO_BASIS)
  return found
}

/**
 * Attendees as asked: professionals of this municipality who can sit at the table, each once,
 * speaking for the domain named or their organisation's usual one.
 */
async function resolveAttendees(
  db: Kysely<Database>,
  actor: RoleActor,
  requested: readonly {
    userId: string
    domain?: ConferenceDomain | undefined
    attended?: boolean | undefined
  }[],
): Promise<AttendeeRow[]> {
  const colleagues = await findColleagues(
    db,
    actor.municipality.id,
    requested.map((a) => a.userId),
  )
  const seen = new Set<string>()
  const issues = requested.flatMap((a, i) => {
    const field = `body.attendees.${i}.userId`
    if (seen.has(a.userId))
      return [{ field, message: { nl: 'staat al op de lijst', en: 'is already listed' } }]
    seen.add(a.userId)
    const colleague = colleagues.get(a.userId)
    return colleague && AT_THE_TABLE.some((role) => role === colleague.role)
      ? []
      : [{ field, message: NOT_A_COLLEAGUE }]
  })
  if (issues.length > 0) throw new ValidationError(issues)
  return requested.map((a) => ({
    userId: a.userId,
    domain: a.domain ?? defaultDomain((colleagues.get(a.userId) as ColleagueRow).organisation.kind),
    attended: a.attended ?? false,
  }))
}

const NOT_A_COLLEAGUE = {
  nl: 'is geen professional van deze gemeente die aan een overleg kan deelnemen',
  en: 'is not a professional of this municipality who can take part in a conference',
}

async function requireColleague(
  db: Kysely<Database>,
  actor: RoleActor,
  userId: string,
  field: string,
): Promise<ColleagueRow> {
  const colleague = (await findColleagues(db, actor.municipality.id, [userId])).get(userId)
  if (!colleague || !AT_THE_TABLE.some((role) => role === colleague.role))
    throw new ValidationError([{ field, message: NOT_A_COLLEAGUE }])
  return colleague
}

/**
 * A team-scoped caller changes a conference only as a member of its team, its chair or an
 * attendee; the pilot manager reads only (no conferences.write).
 */
function requireAtTheTable(
  actor: RoleActor,
  conference: ConferenceRow,
  attendees: readonly AttendeeRow[],
) {
  if (!isTeamScoped(actor.role)) return
  const ownTeam =
    actor.organisation.id === conference.organisation.id &&
    (conference.team === null || actor.team === conference.team)
  if (ownTeam || conference.chairUserId === actor.userId) return
  if (attendees.some((a) => a.userId === actor.userId)) return
  throw new ForbiddenError({
    nl: 'Alleen het team van dit overleg, de voorzitter en de deelnemers kunnen het wijzigen.',
    en: "Only the conference's team, its chair and its attendees can change it.",
  })
}

function actionView(
  row: ActionRow,
  colleagues: ReadonlyMap<string, ColleagueRow>,
): ConferenceAction {
  const { ownerUserId, ...rest } = row
  const owner = colleagues.get(ownerUserId)
  // Owners are checked to be colleagues of the municipality when the action is made.
  if (!owner) throw new Error(`action ${row.id} has an owner outside its municipality`)
  return { ...rest, owner: colleagueView(owner) }
}

interface CaseContext {
  readonly basis: ReadonlySet<string>
  readonly colleagues: ReadonlyMap<string, ColleagueRow>
  readonly actions: readonly ActionRow[]
  readonly carried: readonly ActionRow[]
}

function caseView(row: CaseRow, context: CaseContext): ConferenceCase {
  if (!context.basis.has(row.participantId)) return { id: row.id, visible: false }
  const broughtBy = context.colleagues.get(row.broughtBy)
  if (!broughtBy) throw new Error(`case ${row.id} was brought in from outside its municipality`)
  return {
    id: row.id,
    visible: true,
    participant: { id: row.participantId, pseudonym: row.pseudonym },
    broughtBy: colleagueView(broughtBy),
    domain: row.domain,
    question: row.question,
    discussion: row.discussion,
    decisions: row.decisions,
    actions: context.actions
      .filter((a) => a.caseId === row.id)
      .map((a) => actionView(a, context.colleagues)),
    carriedActions: context.carried
      .filter((a) => a.participant.id === row.participantId)
      .map((a) => actionView(a, context.colleagues)),
  }
}

/** Everything a conference page or its minutes show, for a reader with this basis. */
async function conferenceContent(
  db: Kysely<Database>,
  actor: RoleActor,
  conference: ConferenceRow,
  basisOf: (participantIds: readonly string[]) => Promise<ReadonlySet<string>>,
) {
  const attendees = await listAttendees(db, conference.id)
  const cases = await listCases(db, conference.id)
  const actions = await listActions(db, { caseIds: cases.map((c) => c.id) })
  const carried =
    conference.seriesId === null
      ? []
      : await listActions(db, { seriesId: conference.seriesId, before: conference.date })
  const basis = await basisOf([
    ...cases.map((c) => c.participantId),
    ...carried.map((a) => a.participant.id),
  ])
  const colleagues = await findColleagues(db, actor.municipality.id, [
    ...attendees.map((a) => a.userId),
    ...(conference.chairUserId ? [conference.chairUserId] : []),
    ...cases.map((c) => c.broughtBy),
    ...actions.map((a) => a.ownerUserId),
    ...carried.map((a) => a.ownerUserId),
  ])
  const context: CaseContext = { basis, colleagues, actions, carried }
  const onAgenda = new Set(cases.map((c) => c.participantId))
  const elsewhere = carried.filter((a) => !onAgenda.has(a.participant.id))
  const carriedParticipants = [...new Map(elsewhere.map((a) => [a.participant.id, a.participant]))]
  return {
    summary: summaryView(conference, colleagues),
    attendees: attendees.flatMap((a) => {
      const user = colleagues.get(a.userId)
      return user ? [{ user: colleagueView(user), domain: a.domain, attended: a.attended }] : []
    }),
    cases: cases.map((c) => caseView(c, context)),
    carried: carriedParticipants
      .filter(([id]) => basis.has(id))
      .map(([, participant]) => ({
        participant,
        actions: elsewhere
          .filter((a) => a.participant.id === participant.id)
          .map((a) => actionView(a, colleagues)),
      })),
    carriedWithoutBasis: carriedParticipants.filter(([id]) => !basis.has(id)).length,
  }
}

function summaryView(conference: ConferenceRow, colleagues: ReadonlyMap<string, ColleagueRow>) {
  const { municipalityId: _m, chairUserId, ...rest } = conference
  const chair = chairUserId === null ? undefined : colleagues.get(chairUserId)
  return { ...rest, chair: chair ? colleagueView(chair) : null }
}

async function summaries(db: Kysely<Database>, actor: RoleActor, rows: readonly ConferenceRow[]) {
  const chairs = await findColleagues(
    db,
    actor.municipality.id,
    rows.flatMap((r) => (r.chairUserId ? [r.chairUserId] : [])),
  )
  return rows.map((row) => summaryView(row, chairs))
}

async function conferenceDetail(db: Kysely<Database>, actor: RoleActor, conference: ConferenceRow) {
  const content = await conferenceContent(db, actor, conference, (ids) =>
    participantsWithBasis(db, participantScope(actor), ids),
  )
  return {
    ...content.summary,
    attendees: content.attendees,
    cases: content.cases,
    carried: content.carried,
    carriedWithoutBasis: content.carriedWithoutBasis,
  }
}

export const listConferencesRoute = implement(contract.caseConferences.list, {
  handler: async ({ actor, db, query }) => ({
    status: 200,
    body: {
      conferences: await summaries(
        db,
        actor,
        await listConferences(db, actor.municipality.id, query),
      ),
    },
  }),
})

export const listColleaguesRoute = implement(contract.caseConferences.colleagues, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: {
      colleagues: (await listColleagues(db, actor.municipality.id, AT_THE_TABLE)).map((c) => ({
        ...colleagueView(c),
        defaultDomain: defaultDomain(c.organisation.kind),
      })),
    },
  }),
})

export const createConferenceRoute = implement(contract.caseConferences.create, {
  handler: async ({ actor, db, body }) => {
    if (!(await findProject(db, actor.municipality.id, body.projectId)))
      throw new NotFoundError(PROJECT_NOT_FOUND)
    if (body.chairUserId !== undefined)
      await requireColleague(db, actor, body.chairUserId, 'body.chairUserId')
    const attendees = await resolveAttendees(db, actor, body.attendees)
    const ids = await createConferences(db, {
      municipalityId: actor.municipality.id,
      projectId: body.projectId,
      organisationId: actor.organisation.id,
      team: actor.team,
      dates: body.repeat
        ? seriesDates(body.date, body.repeat.cadence, body.repeat.count)
        : [body.date],
      cadence: body.repeat?.cadence ?? null,
      chairUserId: body.chairUserId ?? null,
      attendees,
      createdBy: actor.userId,
    })
    const rows = await listConferences(db, actor.municipality.id, { ids })
    return { status: 201, body: { conferences: await summaries(db, actor, rows) } }
  },
})

export const getConferenceRoute = implement(contract.caseConferences.get, {
  handler: async ({ actor, db, params, audit }) => {
    const conference = await conferenceOf(db, actor, params.id, audit)
    return { status: 200, body: { conference: await conferenceDetail(db, actor, conference) } }
  },
})

export const updateConferenceRoute = implement(contract.caseConferences.update, {
  handler: async ({ actor, db, params, body, audit }) => {
    const conference = await conferenceOf(db, actor, params.id, audit)
    requireAtTheTable(actor, conference, await listAttendees(db, conference.id))
    if (body.chairUserId != null)
      await requireColleague(db, actor, body.chairUserId, 'body.chairUserId')
    await updateConference(db, conference.id, {
      date: body.date,
      chairUserId: body.chairUserId,
      attendees: body.attendees && (await resolveAttendees(db, actor, body.attendees)),
    })
    const changed = (await findConference(
      db,
      actor.municipality.id,
      conference.id,
    )) as ConferenceRow
    return { status: 200, body: { conference: await conferenceDetail(db, actor, changed) } }
  },
})

export const agendaRoute = implement(contract.caseConferences.agenda, {
  handler: async ({ actor, db, params, audit, language }) => {
    const conference = await conferenceOf(db, actor, params.id, audit)
    const detail = await conferenceDetail(db, actor, conference)
    return {
      status: 200,
      body: agendaHtml(detail, language),
      headers: REPORT_PAGE_HEADERS,
    }
  },
})

export const minutesRoute = implement(contract.caseConferences.minutes, {
  handler: async ({ actor, db, params, query, audit }) => {
    const conference = await conferenceOf(db, actor, params.id, audit)
    const attendees = await listAttendees(db, conference.id)
    const readerId = query.for ?? actor.userId
    if (readerId !== actor.userId && !attendees.some((a) => a.userId === readerId))
      throw new ValidationError([
        {
          field: 'query.for',
          message: {
            nl: 'staat niet op de deelnemerslijst van dit overleg',
            en: 'is not an attendee of this conference',
          },
        },
      ])
    const reader = (await findColleagues(db, actor.municipality.id, [readerId])).get(readerId)
    if (!reader) throw new ValidationError([{ field: 'query.for', message: NOT_A_COLLEAGUE }])
    // Never more than the caller may see either: the intersection of both bases.
    const content = await conferenceContent(db, actor, conference, async (ids) => {
      const mine = await participantsWithBasis(db, participantScope(actor), ids)
      const theirs = await participantsWithBasis(db, scopeOf(reader), ids)
      return new Set([...mine].filter((id) => theirs.has(id)))
    })
    return {
      status: 200,
      body: {
        conference: content.summary,
        for: colleagueView(reader),
        attendees: content.attendees,
        cases: content.cases,
      },
    }
  },
})

export const addCaseRoute = implement(contract.caseConferences.addCase, {
  handler: async ({ actor, db, params, body, audit }) => {
    const conference = await conferenceOf(db, actor, params.id, audit)
    const found = await findParticipant(db, participantScope(actor), body.participantId)
    if (!found)
      throw new NotFoundError({ nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' })
    audit.personPseudonym = found.participant.pseudonym
    if (!found.visible) throw new ForbiddenError(NO_BASIS)
    if (await caseOnAgenda(db, conference.id, found.participant.id))
      throw new ConflictError({
        nl: 'Deze casus staat al op de agenda van dit overleg.',
        en: "This case is already on this conference's agenda.",
      })
    const attendee = (await listAttendees(db, conference.id)).find((a) => a.userId === actor.userId)
    const id = await addCase(db, {
      conferenceId: conference.id,
      participantId: found.participant.id,
      broughtBy: actor.userId,
      broughtByOrganisationId: actor.organisation.id,
      domain: body.domain ?? attendee?.domain ?? defaultDomain(actor.organisation.kind),
      question: body.question,
    })
    return { status: 201, body: { case: await caseBody(db, actor, id) } }
  },
})

/** One case as the caller sees it after a change (the caller has just been checked for basis). */
async function caseBody(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
): Promise<ConferenceCase> {
  const row = (await findCase(db, actor.municipality.id, id)) as CaseRow
  const actions = await listActions(db, { caseIds: [id] })
  const colleagues = await findColleagues(db, actor.municipality.id, [
    row.broughtBy,
    ...actions.map((a) => a.ownerUserId),
  ])
  return caseView(row, {
    basis: new Set([row.participantId]),
    colleagues,
    actions,
    carried: [],
  })
}

export const updateCaseRoute = implement(contract.caseConferences.updateCase, {
  handler: async ({ actor, db, params, body, audit }) => {
    const found = await caseWithBasis(db, actor, params.id, audit)
    await updateCase(db, found.id, body, actor.userId)
    return { status: 200, body: { case: await caseBody(db, actor, found.id) } }
  },
})

/** An action's owner must be able to see the case, else it would land where it cannot be read. */
async function requireOwnerWithBasis(
  db: Kysely<Database>,
  actor: RoleActor,
  ownerUserId: string,
  participantId: string,
): Promise<ColleagueRow> {
  const owner = await requireColleague(db, actor, ownerUserId, 'body.ownerUserId')
  if (!(await participantsWithBasis(db, scopeOf(owner), [participantId])).has(participantId))
    throw new ValidationError([
      {
        field: 'body.ownerUserId',
        message: {
          nl: 'heeft geen grondslag of toestemming voor deze casus en kan de actie dus niet zien',
          en: 'has no legal basis or consent for this case, so could not see the action',
        },
      },
    ])
  return owner
}

export const addActionRoute = implement(contract.caseConferences.addAction, {
  handler: async ({ actor, db, params, body, audit }) => {
    const found = await caseWithBasis(db, actor, params.id, audit)
    const owner = await requireOwnerWithBasis(db, actor, body.ownerUserId, found.participantId)
    const id = await addAction(db, {
      id: body.id,
      caseId: found.id,
      description: body.description,
      ownerUserId: owner.id,
      ownerOrganisationId: owner.organisation.id,
      dueDate: body.dueDate,
      createdBy: actor.userId,
    })
    if (id !== undefined) return { status: 201, body: { action: await actionBody(db, actor, id) } }
    // The id was taken: a resend of this very action answers it; any other use is refused.
    const sent =
      body.id === undefined ? undefined : await findAction(db, actor.municipality.id, body.id)
    if (sent?.caseId !== found.id) throw new ConflictError(ACTION_ID_TAKEN)
    return { status: 200, body: { action: await actionBody(db, actor, sent.id) } }
  },
})

async function actionBody(db: Kysely<Database>, actor: RoleActor, id: string) {
  const row = (await findAction(db, actor.municipality.id, id)) as ActionRow
  return actionView(row, await findColleagues(db, actor.municipality.id, [row.ownerUserId]))
}

export const updateActionRoute = implement(contract.caseConferences.updateAction, {
  handler: async ({ actor, db, params, body, audit }) => {
    audit.objectId = params.id
    const action = await findAction(db, actor.municipality.id, params.id)
    if (!action) throw new NotFoundError(ACTION_NOT_FOUND)
    await caseWithBasis(db, actor, action.caseId, audit)
    audit.objectId = action.id
    await updateAction(db, action.id, body)
    return { status: 200, body: { action: await actionBody(db, actor, action.id) } }
  },
})

export const myActionsRoute = implement(contract.caseConferences.myActions, {
  handler: async ({ actor, db, query }) => {
    const rows = await listActions(db, {
      ownerUserId: actor.userId,
      status: query.status === 'all' ? null : query.status,
    })
    const basis = await participantsWithBasis(
      db,
      participantScope(actor),
      rows.map((r) => r.participant.id),
    )
    const visible = rows.filter((r) => basis.has(r.participant.id))
    const colleagues = await findColleagues(db, actor.municipality.id, [actor.userId])
    return {
      status: 200,
      body: {
        actions: visible.map((r) => actionView(r, colleagues)),
        withoutBasis: rows.length - visible.length,
      },
    }
  },
})

export const CASE_CONFERENCE_ROUTES = [
  listConferencesRoute,
  listColleaguesRoute,
  createConferenceRoute,
  getConferenceRoute,
  updateConferenceRoute,
  agendaRoute,
  minutesRoute,
  addCaseRoute,
  updateCaseRoute,
  addActionRoute,
  updateActionRoute,
  myActionsRoute,
  conferenceAttendanceRoute,
]
