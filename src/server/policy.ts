import {
  type Access,
  CONTRACT_ROUTES,
  type DataKind,
  type Method,
  routeKey,
} from '../contract/index.js'
import type { ParticipantScope } from '../db/index.js'
import { PERMISSIONS, type Role, TEAM_SCOPED_ROLES } from '../domain/index.js'
import type { RoleActor } from './actor.js'

/** The kinds of object a route's id refers to; each has an object-level rule below. */
export type ObjectKind =
  | 'project'
  | 'participant'
  | 'conversation'
  | 'organisation'
  | 'user'
  | 'followUp'
  | 'conference'
  | 'conferenceCase'
  | 'conferenceAction'
  | 'privacyRequest'
  | 'analysis'
  | 'finding'
  | 'theme'
  | 'lesson'
  /**
   * A startfoto link, addressed by its token, not by an id: public (issue 16), so no
   * municipality rule applies; an unknown token is 404 for every caller, signed in or not, and
   * the caller's account is never recorded with what they send.
   */
  | 'startfotoLink'

/** Why data is processed (AVG art. 5(1)(b)): recorded in every audit entry. */
export type Purpose =
  | 'operations'
  | 'account'
  | 'pilot-management'
  | 'support'
  | 'research'
  | 'administration'
  | 'audit-oversight'
  /** Honouring the resident's rights and the retention periods (AVG art. 12–21, Archiefwet). */
  | 'data-subject-rights'

/** The server's rules for one route beyond its contract entry's access and data. */
export interface PolicyRule {
  readonly purpose: Purpose
  /**
   * The object the route addresses and where its id is. Rules: every object must belong to the
   * actor's municipality, else 404. A participant must also be visible to a team-scoped role
   * (own team, or shared on a recorded basis), else 403. A conference case or action is a
   * participant's: 403 without a basis for that participant.
   */
  readonly object?: {
    readonly kind: ObjectKind
    readonly in: 'params' | 'query' | 'body'
    readonly name: string
  }
  /**
   * The body names participants (by pseudonym): a team-scoped role may only name its own
   * team's, else 403, also when the route's object is a project.
   */
  readonly participantsInBody?: true
  /** The object type written to the audit log when not `object.kind` (default `participant`). */
  readonly auditObjectType?: string
  /**
   * A write to no participant-level data that is still audited, one entry per call like
   * participant data: a project's definition and its MKBA model are what the council's report
   * rests on, so who changed them, and when, is kept; an effect analysis (aggregates of a
   * register extract) is audited on every run and every view.
   */
  readonly audited?: true
  /**
   * The object is a team's (a case conference): a team-scoped role may change it only as a
   * member of that team, its chair or an attendee, else 403.
   */
  readonly teamOwned?: true
}

export interface PolicyEntry extends PolicyRule {
  /** Who may call: anyone, any signed-in user (even without a role), or these roles. */
  readonly allow: 'anyone' | 'signed-in' | readonly Role[]
  /** What the route touches (src/contract/route.ts `DataKind`): `participant` is audited. */
  readonly data: DataKind
}

/** Does every call of the route write exactly one audit entry? */
export function isAudited(entry: PolicyEntry): boolean {
  return entry.data === 'participant' || entry.audited === true
}

const PARTICIPANT_BY_ID = { kind: 'participant', in: 'params', name: 'id' } as const
const CONVERSATION_BY_ID = { kind: 'conversation', in: 'params', name: 'id' } as const
const PROJECT_BY_ID = { kind: 'project', in: 'params', name: 'id' } as const
const FOLLOW_UP_BY_ID = { kind: 'followUp', in: 'params', name: 'id' } as const
const PROJECT_IN_QUERY = { kind: 'project', in: 'query', name: 'projectId' } as const
const CONFERENCE_BY_ID = { kind: 'conference', in: 'params', name: 'id' } as const
const PRIVACY_REQUEST_BY_ID = { kind: 'privacyRequest', in: 'params', name: 'id' } as const
const ANALYSIS_BY_ID = { kind: 'analysis', in: 'params', name: 'id' } as const
const FINDING_BY_ID = { kind: 'finding', in: 'params', name: 'id' } as const
const THEME_BY_ID = { kind: 'theme', in: 'params', name: 'id' } as const
const LESSON_BY_ID = { kind: 'lesson', in: 'params', name: 'id' } as const
const STARTFOTO_LINK = { kind: 'startfotoLink', in: 'params', name: 'token' } as const

/**
 * Purpose and object per route (`METHOD /path`); who may call and whether it is audited come
 * from the route's contract entry. Together they are the authorization policy below.
 */
export const POLICY_RULES: Readonly<Record<string, PolicyRule>> = {
  'GET /api/v1/health': { purpose: 'operations' },
  'GET /api/v1/openapi.json': { purpose: 'operations' },
  'GET /api/v1/session/csrf': { purpose: 'account' },
  'POST /api/v1/session': { purpose: 'account' },
  'GET /api/v1/session': { purpose: 'account' },
  'DELETE /api/v1/session': { purpose: 'account' },
  'GET /api/v1/session/oidc/start': { purpose: 'account' },
  'GET /api/v1/session/oidc/callback': { purpose: 'account' },

  'GET /api/v1/projects': {
    purpose: 'pilot-management',
  },
  'GET /api/v1/projects/:id/mkba': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'PUT /api/v1/projects/:id/mkba': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/mkba/versions': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/mkba/versions/:version': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'POST /api/v1/projects/:id/mkba/versions/:version/restore': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/mkba/report': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/partners': { purpose: 'pilot-management' },
  'POST /api/v1/projects': {
    purpose: 'pilot-management',
    audited: true,
    auditObjectType: 'project',
  },
  'PATCH /api/v1/projects/:id': {
    purpose: 'pilot-management',
    audited: true,
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/enrolments': { purpose: 'support', object: PROJECT_BY_ID },
  'POST /api/v1/projects/:id/enrolments': {
    purpose: 'support',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/projects/:id/enrolments/end': {
    purpose: 'support',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/projects/:id/participants/import': { purpose: 'support', object: PROJECT_BY_ID },

  'GET /api/v1/price-list': {
    purpose: 'pilot-management',
  },
  'GET /api/v1/price-list/versions': {
    purpose: 'pilot-management',
  },
  'GET /api/v1/price-list/export': {
    purpose: 'pilot-management',
  },
  'POST /api/v1/price-list/import': {
    purpose: 'pilot-management',
  },

  'GET /api/v1/participants': {
    purpose: 'support',
  },
  'GET /api/v1/participants/:id': {
    purpose: 'support',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants': {
    purpose: 'support',
    object: { kind: 'project', in: 'body', name: 'projectId' },
  },
  'PATCH /api/v1/participants/:id': {
    purpose: 'support',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/consents': {
    purpose: 'support',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/shares': {
    purpose: 'support',
    object: PARTICIPANT_BY_ID,
  },

  'GET /api/v1/projects/:id/conversations': {
    purpose: 'support',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/conversations/export': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'POST /api/v1/projects/:id/conversations/import': {
    purpose: 'support',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/conversations': {
    purpose: 'support',
    object: { kind: 'participant', in: 'body', name: 'participantId' },
  },
  'GET /api/v1/conversations/:id': {
    purpose: 'support',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/edits': {
    purpose: 'support',
    object: CONVERSATION_BY_ID,
  },
  'GET /api/v1/conversations/:id/report': {
    purpose: 'support',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/sign-off': {
    purpose: 'pilot-management',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/archive': { purpose: 'support', object: CONVERSATION_BY_ID },
  'POST /api/v1/conversations/:id/reopen': {
    purpose: 'pilot-management',
    object: CONVERSATION_BY_ID,
  },

  'GET /api/v1/projects/:id/business-case': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/business-case/report': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },

  // Every run and every view of an effect analysis is audited: it rests on residents' data.
  'POST /api/v1/projects/:id/analyses': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  // the preview shows the uploader their own file's first rows: recorded like a run
  'POST /api/v1/projects/:id/analyses/preview': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/analyses': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/analyses/:id': { purpose: 'research', object: ANALYSIS_BY_ID, audited: true },
  'GET /api/v1/analyses/:id/report': { purpose: 'research', object: ANALYSIS_BY_ID, audited: true },
  'POST /api/v1/analyses/:id/mkba': {
    purpose: 'pilot-management',
    object: ANALYSIS_BY_ID,
    audited: true,
  },

  'GET /api/v1/research/participants/aggregate': {
    purpose: 'research',
    object: { kind: 'project', in: 'query', name: 'projectId' },
  },

  'GET /api/v1/participants/:id/plan': { purpose: 'support', object: PARTICIPANT_BY_ID },
  'PUT /api/v1/participants/:id/plan': { purpose: 'support', object: PARTICIPANT_BY_ID },
  'GET /api/v1/participants/:id/plan/versions': { purpose: 'support', object: PARTICIPANT_BY_ID },
  'GET /api/v1/participants/:id/plan/print': { purpose: 'support', object: PARTICIPANT_BY_ID },
  'POST /api/v1/participants/:id/plan/consents': {
    purpose: 'support',
    object: PARTICIPANT_BY_ID,
  },

  'POST /api/v1/follow-ups': {
    purpose: 'support',
    object: { kind: 'participant', in: 'body', name: 'participantId' },
  },
  'GET /api/v1/follow-ups': { purpose: 'support', auditObjectType: 'follow-up' },
  'GET /api/v1/participants/:id/follow-ups': { purpose: 'support', object: PARTICIPANT_BY_ID },
  'POST /api/v1/follow-ups/:id/check-in': { purpose: 'support', object: FOLLOW_UP_BY_ID },
  'PATCH /api/v1/follow-ups/:id': { purpose: 'support', object: FOLLOW_UP_BY_ID },
  'GET /api/v1/follow-ups/relapse': { purpose: 'research', object: PROJECT_IN_QUERY },

  'POST /api/v1/outcome-measurements': {
    purpose: 'support',
    object: { kind: 'participant', in: 'body', name: 'participantId' },
  },
  'GET /api/v1/outcome-measurements': {
    purpose: 'support',
    object: { kind: 'participant', in: 'query', name: 'participantId' },
  },
  'GET /api/v1/outcome-measurements/aggregate': { purpose: 'research', object: PROJECT_IN_QUERY },
  'GET /api/v1/outcome-measurements/export': {
    purpose: 'research',
    object: PROJECT_IN_QUERY,
  },

  'GET /api/v1/case-conferences': { purpose: 'support' },
  'GET /api/v1/case-conferences/colleagues': { purpose: 'support' },
  'POST /api/v1/case-conferences': {
    purpose: 'support',
    object: { kind: 'project', in: 'body', name: 'projectId' },
  },
  'GET /api/v1/case-conferences/:id': { purpose: 'support', object: CONFERENCE_BY_ID },
  'PATCH /api/v1/case-conferences/:id': {
    purpose: 'support',
    object: CONFERENCE_BY_ID,
    teamOwned: true,
  },
  'GET /api/v1/case-conferences/:id/agenda': { purpose: 'support', object: CONFERENCE_BY_ID },
  'GET /api/v1/case-conferences/:id/minutes': { purpose: 'support', object: CONFERENCE_BY_ID },
  'POST /api/v1/case-conferences/:id/cases': {
    purpose: 'support',
    object: CONFERENCE_BY_ID,
    participantsInBody: true,
  },
  'PATCH /api/v1/case-conferences/cases/:id': {
    purpose: 'support',
    object: { kind: 'conferenceCase', in: 'params', name: 'id' },
  },
  'POST /api/v1/case-conferences/cases/:id/actions': {
    purpose: 'support',
    object: { kind: 'conferenceCase', in: 'params', name: 'id' },
  },
  'PATCH /api/v1/case-conferences/actions/:id': {
    purpose: 'support',
    object: { kind: 'conferenceAction', in: 'params', name: 'id' },
  },
  'GET /api/v1/case-conferences/my-actions': { purpose: 'support', auditObjectType: 'action' },
  'GET /api/v1/case-conferences/attendance': {
    purpose: 'pilot-management',
    object: { kind: 'project', in: 'query', name: 'projectId' },
  },

  'GET /api/v1/organisations': {
    purpose: 'administration',
  },
  'POST /api/v1/organisations': {
    purpose: 'administration',
  },
  'GET /api/v1/users': { purpose: 'administration' },
  'GET /api/v1/municipality/policy': { purpose: 'administration' },
  // what a resident is told about who saw their file: who changed it, and when, is kept
  'PUT /api/v1/municipality/policy': { purpose: 'administration', audited: true },
  // Who waived the second factor for which role, and why, is kept (BIO2 9.4.2): audited.
  'GET /api/v1/municipality/mfa-exemptions': { purpose: 'administration' },
  'PUT /api/v1/municipality/mfa-exemptions': { purpose: 'administration', audited: true },
  'DELETE /api/v1/municipality/mfa-exemptions': { purpose: 'administration', audited: true },
  // Who was given which rights, and who was offboarded when, is kept (BIO 9.2): audited.
  'PATCH /api/v1/users/:id': {
    purpose: 'administration',
    object: { kind: 'user', in: 'params', name: 'id' },
    audited: true,
  },
  'POST /api/v1/users/:id/credentials': {
    purpose: 'administration',
    object: { kind: 'user', in: 'params', name: 'id' },
    audited: true,
  },
  'POST /api/v1/users': {
    purpose: 'administration',
    object: { kind: 'organisation', in: 'body', name: 'organisationId' },
  },
  'GET /api/v1/projects/:id/time-entries': { purpose: 'support', object: PROJECT_BY_ID },
  'PUT /api/v1/projects/:id/time-entries': {
    purpose: 'support',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/projects/:id/time-entries/import': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/time-entries/export': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/costs': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  'GET /api/v1/projects/:id/budget': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  'PUT /api/v1/projects/:id/budget': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  'POST /api/v1/projects/:id/budget/spends': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'GET /api/v1/projects/:id/capacity': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  'PUT /api/v1/projects/:id/capacity/threshold': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/pilot-design': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  'PUT /api/v1/projects/:id/pilot-design': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/phases': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  // the phase history and checklist are what the pilot report rests on: who changed them is kept
  'POST /api/v1/projects/:id/phases': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'PUT /api/v1/projects/:id/checklist': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  // it shows the effect analysis' results, whose every view is audited
  'GET /api/v1/projects/:id/report': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  // Findings may quote a resident's table conversation (linked by id): every read and write of
  // them is audited, as the register analyses are. The code book and lessons name no one.
  'GET /api/v1/projects/:id/code-book': { purpose: 'research', object: PROJECT_BY_ID },
  'POST /api/v1/projects/:id/code-book': { purpose: 'research', object: PROJECT_BY_ID },
  'PATCH /api/v1/themes/:id': { purpose: 'research', object: THEME_BY_ID },
  'POST /api/v1/themes/:id/merge': { purpose: 'research', object: THEME_BY_ID },
  'GET /api/v1/projects/:id/findings': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/findings/overview': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/findings/export': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'POST /api/v1/projects/:id/findings': {
    purpose: 'research',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'PUT /api/v1/findings/:id': { purpose: 'research', object: FINDING_BY_ID, audited: true },
  'DELETE /api/v1/findings/:id': { purpose: 'research', object: FINDING_BY_ID, audited: true },
  'GET /api/v1/projects/:id/lessons': { purpose: 'research', object: PROJECT_BY_ID },
  'POST /api/v1/projects/:id/lessons': { purpose: 'research', object: PROJECT_BY_ID },
  'PUT /api/v1/lessons/:id': { purpose: 'research', object: LESSON_BY_ID },
  'DELETE /api/v1/lessons/:id': { purpose: 'research', object: LESSON_BY_ID },
  // the questionnaire, rounds and their opening are what the pilot report rests on: audited
  'GET /api/v1/projects/:id/startfoto': { purpose: 'pilot-management', object: PROJECT_BY_ID },
  'GET /api/v1/projects/:id/startfoto/export': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
  },
  'PUT /api/v1/projects/:id/startfoto': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'POST /api/v1/projects/:id/startfoto/rounds': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'POST /api/v1/projects/:id/startfoto/rounds/:number/links': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'POST /api/v1/projects/:id/startfoto/rounds/:number/close': {
    purpose: 'pilot-management',
    object: PROJECT_BY_ID,
    audited: true,
  },
  // public answers are never audited: an audit entry records the caller's IP address
  'GET /api/v1/startfoto/:token': { purpose: 'pilot-management', object: STARTFOTO_LINK },
  'POST /api/v1/startfoto/:token/answers': { purpose: 'pilot-management', object: STARTFOTO_LINK },
  'GET /api/v1/users/:id/contracts': {
    purpose: 'administration',
    object: { kind: 'user', in: 'params', name: 'id' },
  },
  'PUT /api/v1/users/:id/contracts': {
    purpose: 'administration',
    object: { kind: 'user', in: 'params', name: 'id' },
  },
  'GET /api/v1/organisations/:id/vacancies': {
    purpose: 'administration',
    object: { kind: 'organisation', in: 'params', name: 'id' },
  },
  'PUT /api/v1/organisations/:id/vacancies': {
    purpose: 'administration',
    object: { kind: 'organisation', in: 'params', name: 'id' },
  },
  'GET /api/v1/privacy/requests': {
    purpose: 'data-subject-rights',
    auditObjectType: 'privacy-request',
  },
  'POST /api/v1/participants/:id/privacy-requests': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/privacy/requests/:id/extend': {
    purpose: 'data-subject-rights',
    object: PRIVACY_REQUEST_BY_ID,
  },
  'POST /api/v1/privacy/requests/:id/close': {
    purpose: 'data-subject-rights',
    object: PRIVACY_REQUEST_BY_ID,
  },
  'GET /api/v1/participants/:id/inspection': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/corrections': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/restrictions': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/restrictions/lift': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/erasure': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/erasure/approve': {
    purpose: 'data-subject-rights',
    object: PARTICIPANT_BY_ID,
  },
  'GET /api/v1/privacy/retention': { purpose: 'data-subject-rights' },
  'POST /api/v1/privacy/retention/destroy': { purpose: 'data-subject-rights' },

  'GET /api/v1/audit': {
    purpose: 'audit-oversight',
    auditObjectType: 'audit-log',
  },
  'GET /api/v1/audit/actors': { purpose: 'audit-oversight' },
  'GET /api/v1/audit/export': {
    purpose: 'audit-oversight',
    auditObjectType: 'audit-log',
  },
}

/** The roles an access names: a permission's roles (domain/user/permissions.ts), the one table. */
function allowed(access: Access): PolicyEntry['allow'] {
  return access === 'anyone' || access === 'signed-in' ? access : PERMISSIONS[access]
}

/**
 * The authorization policy: one entry per contract route that has a rule. The app refuses to
 * start when a registered route has no entry; the authorization test calls every route as
 * every kind of user and compares the answer with this table.
 */
export const POLICY: Readonly<Record<string, PolicyEntry>> = Object.fromEntries(
  CONTRACT_ROUTES.flatMap((route) => {
    const rule = POLICY_RULES[routeKey(route)]
    return rule
      ? [[routeKey(route), { ...rule, allow: allowed(route.access), data: route.data }]]
      : []
  }),
)

export function policyKey(method: string, url: string): string {
  return routeKey({ method: method as Method, url })
}

/** The policy entry of a route; throws (so the app does not start) when there is none. */
export function policyFor(method: string, url: string): PolicyEntry {
  const entry = POLICY[policyKey(method, url)]
  if (!entry)
    throw new Error(
      `route ${policyKey(method, url)} has no entry in the authorization policy (src/server/policy.ts)`,
    )
  return entry
}

export type AccessDecision = 'allowed' | 'unauthenticated' | 'forbidden'

/** Route-level rule: may this (possibly anonymous) user call the route at all? */
export function decideAccess(
  entry: PolicyEntry,
  actor: { readonly role: Role | null } | null,
): AccessDecision {
  if (entry.allow === 'anyone') return 'allowed'
  if (actor === null) return 'unauthenticated'
  if (entry.allow === 'signed-in') return 'allowed'
  return actor.role !== null && entry.allow.includes(actor.role) ? 'allowed' : 'forbidden'
}

export function isTeamScoped(role: Role): boolean {
  return TEAM_SCOPED_ROLES.includes(role)
}

/**
 * Object-level rule for participants: always the actor's municipality; professionals and
 * facilitators only their own team (or their whole organisation when they have no team),
 * plus participants shared with them on a recorded basis.
 */
export function participantScope(actor: RoleActor): ParticipantScope {
  return {
    municipalityId: actor.municipality.id,
    team: isTeamScoped(actor.role)
      ? { organisationId: actor.organisation.id, team: actor.team }
      : null,
  }
}
