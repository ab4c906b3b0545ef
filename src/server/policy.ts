import type { ParticipantScope } from '../db/index.js'
import { type Action, PERMISSIONS, type Role, TEAM_SCOPED_ROLES } from '../domain/index.js'
import type { RoleActor } from './actor.js'

/** The kinds of object a route's id refers to; each has an object-level rule below. */
export type ObjectKind = 'project' | 'participant' | 'conversation' | 'organisation' | 'user'

/** Why data is processed (AVG art. 5(1)(b)): recorded in every audit entry. */
export type Purpose =
  | 'operations'
  | 'account'
  | 'pilot-management'
  | 'support'
  | 'research'
  | 'administration'
  | 'audit-oversight'

export interface PolicyEntry {
  /** Who may call: anyone, any signed-in user (even without a role), or these roles. */
  readonly allow: 'anyone' | 'signed-in' | readonly Role[]
  readonly purpose: Purpose
  /**
   * What the route touches. `participant`: participant-level data — every call writes exactly
   * one audit entry (allowed or denied), in the same transaction as the work.
   * `aggregate`: counts only, small cells suppressed. `none`: no personal data of residents.
   */
  readonly data: 'none' | 'aggregate' | 'participant'
  /**
   * The object the route addresses and where its id is. Rules: every object must belong to the
   * actor's municipality, else 404. A participant must also be visible to a team-scoped role
   * (own team, or shared on a recorded basis), else 403.
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
   * rests on, so who changed them, and when, is kept.
   */
  readonly audited?: true
}

/** Does every call of the route write exactly one audit entry? */
export function isAudited(entry: PolicyEntry): boolean {
  return entry.data === 'participant' || entry.audited === true
}

const PARTICIPANT_BY_ID = { kind: 'participant', in: 'params', name: 'id' } as const
const CONVERSATION_BY_ID = { kind: 'conversation', in: 'params', name: 'id' } as const
const PROJECT_BY_ID = { kind: 'project', in: 'params', name: 'id' } as const
/** The roles of a permission (domain/user/permissions.ts), the one table of who may do what. */
const roles = (action: Action): readonly Role[] => PERMISSIONS[action]

/**
 * The authorization policy: one entry per route (`METHOD /path`). The app refuses to start
 * when a registered route has no entry; the authorization test calls every route as every
 * kind of user and compares the answer with this table.
 */
export const POLICY: Readonly<Record<string, PolicyEntry>> = {
  'GET /api/v1/health': { allow: 'anyone', purpose: 'operations', data: 'none' },
  'GET /api/v1/openapi.json': { allow: 'anyone', purpose: 'operations', data: 'none' },
  'GET /api/v1/session/csrf': { allow: 'anyone', purpose: 'account', data: 'none' },
  'POST /api/v1/session': { allow: 'anyone', purpose: 'account', data: 'none' },
  'GET /api/v1/session': { allow: 'signed-in', purpose: 'account', data: 'none' },
  'DELETE /api/v1/session': { allow: 'signed-in', purpose: 'account', data: 'none' },
  'GET /api/v1/session/oidc/start': { allow: 'anyone', purpose: 'account', data: 'none' },
  'GET /api/v1/session/oidc/callback': { allow: 'anyone', purpose: 'account', data: 'none' },

  'GET /api/v1/projects': {
    allow: roles('projects.read'),
    purpose: 'pilot-management',
    data: 'none',
  },
  'GET /api/v1/projects/:id/mkba': {
    allow: roles('mkba.use'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
  },
  'PUT /api/v1/projects/:id/mkba': {
    allow: roles('mkba.save'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/mkba/versions': {
    allow: roles('mkba.use'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/mkba/versions/:version': {
    allow: roles('mkba.use'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
  },
  'POST /api/v1/projects/:id/mkba/versions/:version/restore': {
    allow: roles('mkba.save'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
    audited: true,
  },
  'GET /api/v1/projects/:id/mkba/report': {
    allow: roles('mkba.use'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id': {
    allow: roles('projects.read'),
    purpose: 'pilot-management',
    data: 'none',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/partners': {
    allow: roles('projects.write'),
    purpose: 'pilot-management',
    data: 'none',
  },
  'POST /api/v1/projects': {
    allow: roles('projects.write'),
    purpose: 'pilot-management',
    data: 'none',
    audited: true,
    auditObjectType: 'project',
  },
  'PATCH /api/v1/projects/:id': {
    allow: roles('projects.write'),
    purpose: 'pilot-management',
    data: 'none',
    audited: true,
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/enrolments': {
    allow: roles('participants.read'),
    purpose: 'support',
    data: 'participant',
    object: PROJECT_BY_ID,
  },
  'POST /api/v1/projects/:id/enrolments': {
    allow: roles('enrolments.write'),
    purpose: 'support',
    data: 'participant',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/projects/:id/enrolments/end': {
    allow: roles('enrolments.write'),
    purpose: 'support',
    data: 'participant',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/projects/:id/participants/import': {
    allow: roles('enrolments.write'),
    purpose: 'support',
    data: 'participant',
    object: PROJECT_BY_ID,
  },

  'GET /api/v1/price-list': {
    allow: roles('priceList.read'),
    purpose: 'pilot-management',
    data: 'none',
  },
  'GET /api/v1/price-list/versions': {
    allow: roles('priceList.read'),
    purpose: 'pilot-management',
    data: 'none',
  },
  'GET /api/v1/price-list/export': {
    allow: roles('priceList.read'),
    purpose: 'pilot-management',
    data: 'none',
  },
  'POST /api/v1/price-list/import': {
    allow: roles('priceList.import'),
    purpose: 'pilot-management',
    data: 'none',
  },

  'GET /api/v1/participants': {
    allow: roles('participants.read'),
    purpose: 'support',
    data: 'participant',
  },
  'GET /api/v1/participants/:id': {
    allow: roles('participants.read'),
    purpose: 'support',
    data: 'participant',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants': {
    allow: roles('participants.write'),
    purpose: 'support',
    data: 'participant',
    object: { kind: 'project', in: 'body', name: 'projectId' },
  },
  'PATCH /api/v1/participants/:id': {
    allow: roles('participants.write'),
    purpose: 'support',
    data: 'participant',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/consents': {
    allow: roles('participants.write'),
    purpose: 'support',
    data: 'participant',
    object: PARTICIPANT_BY_ID,
  },
  'POST /api/v1/participants/:id/shares': {
    allow: roles('participants.write'),
    purpose: 'support',
    data: 'participant',
    object: PARTICIPANT_BY_ID,
  },

  'GET /api/v1/projects/:id/conversations': {
    allow: roles('conversations.read'),
    purpose: 'support',
    data: 'participant',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/conversations/export': {
    allow: roles('conversations.export'),
    purpose: 'pilot-management',
    data: 'participant',
    object: PROJECT_BY_ID,
  },
  'POST /api/v1/projects/:id/conversations/import': {
    allow: roles('conversations.edit'),
    purpose: 'support',
    data: 'participant',
    object: PROJECT_BY_ID,
    participantsInBody: true,
  },
  'POST /api/v1/conversations': {
    allow: roles('conversations.edit'),
    purpose: 'support',
    data: 'participant',
    object: { kind: 'participant', in: 'body', name: 'participantId' },
  },
  'GET /api/v1/conversations/:id': {
    allow: roles('conversations.read'),
    purpose: 'support',
    data: 'participant',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/edits': {
    allow: roles('conversations.edit'),
    purpose: 'support',
    data: 'participant',
    object: CONVERSATION_BY_ID,
  },
  'GET /api/v1/conversations/:id/report': {
    allow: roles('conversations.read'),
    purpose: 'support',
    data: 'participant',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/sign-off': {
    allow: roles('conversations.signOff'),
    purpose: 'pilot-management',
    data: 'participant',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/archive': {
    allow: roles('conversations.edit'),
    purpose: 'support',
    data: 'participant',
    object: CONVERSATION_BY_ID,
  },
  'POST /api/v1/conversations/:id/reopen': {
    allow: roles('conversations.signOff'),
    purpose: 'pilot-management',
    data: 'participant',
    object: CONVERSATION_BY_ID,
  },

  'GET /api/v1/projects/:id/business-case': {
    allow: roles('businessCase.read'),
    purpose: 'pilot-management',
    data: 'aggregate',
    object: PROJECT_BY_ID,
  },
  'GET /api/v1/projects/:id/business-case/report': {
    allow: roles('businessCase.read'),
    purpose: 'pilot-management',
    data: 'aggregate',
    object: PROJECT_BY_ID,
  },

  'GET /api/v1/research/participants/aggregate': {
    allow: roles('participants.aggregate'),
    purpose: 'research',
    data: 'aggregate',
    object: { kind: 'project', in: 'query', name: 'projectId' },
  },

  'GET /api/v1/organisations': {
    allow: roles('administration'),
    purpose: 'administration',
    data: 'none',
  },
  'POST /api/v1/organisations': {
    allow: roles('administration'),
    purpose: 'administration',
    data: 'none',
  },
  'GET /api/v1/users': { allow: roles('administration'), purpose: 'administration', data: 'none' },
  'POST /api/v1/users': {
    allow: roles('administration'),
    purpose: 'administration',
    data: 'none',
    object: { kind: 'organisation', in: 'body', name: 'organisationId' },
  },
  'GET /api/v1/audit': {
    allow: roles('audit.read'),
    purpose: 'audit-oversight',
    data: 'participant',
    auditObjectType: 'audit-log',
  },
  'GET /api/v1/audit/export': {
    allow: roles('audit.read'),
    purpose: 'audit-oversight',
    data: 'participant',
    auditObjectType: 'audit-log',
  },
}

export function policyKey(method: string, url: string): string {
  return `${method} ${url}`
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
