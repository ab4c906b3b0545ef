import { ROLES, type Role } from './role.js'

/**
 * Who may do what, once: the server's route policy (server/policy.ts) and the web app's pages
 * and buttons both read this table, so one rule changes in one place. Object-level rules (own
 * municipality, own team, a recorded basis) come on top, in the server.
 */
export const PERMISSIONS = {
  'projects.read': ROLES,
  /** Create and edit projects: period, target group, theory of change, partners, phase. */
  'projects.write': ['pilot-manager'],
  /** Read the project's MKBA model and its versions, compute, copy, export. */
  'mkba.use': ['pilot-manager', 'researcher'],
  /** Save over the municipality's model, or restore a version: the pilot manager's. */
  'mkba.save': ['pilot-manager'],
  'priceList.read': ROLES,
  'priceList.import': ['pilot-manager', 'administrator'],
  /** Participant-level data of residents. */
  'participants.read': ['pilot-manager', 'professional', 'facilitator'],
  'participants.write': ['professional', 'facilitator'],
  /** Enrol residents in a project (one by one or by file import) and end enrolments. */
  'enrolments.write': ['pilot-manager', 'professional', 'facilitator'],
  /** Counts only, small cells suppressed. */
  'participants.aggregate': ['researcher', 'pilot-manager'],
  'conversations.read': ['pilot-manager', 'professional', 'facilitator', 'controller'],
  'conversations.edit': ['professional', 'facilitator'],
  'conversations.export': ['pilot-manager', 'controller', 'facilitator'],
  /** Sign a case off (lock a version) and reopen it with a reason. */
  'conversations.signOff': ['controller'],
  /** Run an effect analysis of an uploaded register extract (the data is not kept). */
  'analyses.run': ['pilot-manager', 'researcher'],
  /** Effect analyses' results (aggregates, small counts shown as "<10" on screen). */
  'analyses.read': ['pilot-manager', 'researcher'],
  /** The project's business case, cases unnamed. */
  'businessCase.read': ['pilot-manager', 'researcher', 'controller'],
  administration: ['administrator'],
  'audit.read': ['administrator'],
} as const satisfies Record<string, readonly Role[]>

export type Action = keyof typeof PERMISSIONS

/** May a user with this role (null: signed in without one) do this? */
export function can(role: Role | null | undefined, action: Action): boolean {
  return role != null && (PERMISSIONS[action] as readonly Role[]).includes(role)
}

/** The roles that may do any of these actions, in the order of ROLES. */
export function whoCan(...actions: readonly Action[]): readonly Role[] {
  return ROLES.filter((role) => actions.some((action) => can(role, action)))
}

/** Roles whose sign-in always takes a second factor (BIO2: privileged accounts). */
export function requiresMfa(role: Role | null): boolean {
  return role === 'administrator'
}
