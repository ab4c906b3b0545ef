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
  /**
   * The pseudonymised export for researchers (one row per participant under a keyed research
   * pseudonym): person-level, so the pilot manager makes it and hands it over under the
   * research agreement; the researcher role itself sees aggregates only.
   */
  'research.export': ['pilot-manager'],
  'conversations.read': ['pilot-manager', 'professional', 'facilitator', 'controller'],
  'conversations.edit': ['professional', 'facilitator'],
  'conversations.export': ['pilot-manager', 'controller', 'facilitator'],
  /** Sign a case off (lock a version) and reopen it with a reason. */
  'conversations.signOff': ['controller'],
  /**
   * Case conferences: their plan and agenda, and each case's content where the user has a basis
   * for the participant. The pilot manager reads (the whole municipality, as for participants)
   * but does not sit at the table; researchers see attendance only.
   */
  'conferences.read': ['pilot-manager', 'professional', 'facilitator'],
  /** Plan conferences, bring in cases, record discussion, decisions and actions. */
  'conferences.write': ['professional', 'facilitator'],
  /** Who was at the table, per month, partner and domain: counts, small cells suppressed. */
  'conferences.attendance': ['pilot-manager', 'researcher'],
  /** Run an effect analysis of an uploaded register extract (the data is not kept). */
  'analyses.run': ['pilot-manager', 'researcher'],
  /** Effect analyses' results (aggregates, small counts shown as "<10" on screen). */
  'analyses.read': ['pilot-manager', 'researcher'],
  /**
   * The exact results.json of an analysis over the API, to rerun and check it; everyone else
   * who reads analyses gets the published form (counts below 10 hidden; docs/effect-analysis.md).
   */
  'analyses.readExact': ['researcher'],
  /** The project's business case, cases unnamed. */
  'businessCase.read': ['pilot-manager', 'researcher', 'controller'],
  /** Record and correct one's own contacts with cases (time registration). */
  'time.record': ['professional', 'facilitator'],
  /** Import hours from an organisation's own time system, and export them. */
  'time.import': ['pilot-manager'],
  /** The project's recorded costs (hours × tariff, budget spends): aggregates. */
  'costs.read': ['pilot-manager', 'researcher', 'controller'],
  /** The unshielded budget's ledger, per case. */
  'budget.read': ['pilot-manager', 'controller'],
  /** Set the pot and record spends and corrections. */
  'budget.spend': ['pilot-manager'],
  /** Who may be named as the second person approving a spend above the threshold. */
  'budget.approve': ['pilot-manager', 'controller'],
  /** The capacity monitor: caseload per FTE, turnover, vacancies, waiting time per team. */
  'capacity.read': ['pilot-manager', 'researcher', 'controller'],
  /**
   * The pilot report: every part of the pilot side by side, aggregates only (the business case
   * with cases unnamed, costs, capacity, the effect analysis and MKBA results) — what goes to
   * the council, so the pilot manager, the researcher and the controller who checks it.
   */
  'pilotReport.read': ['pilot-manager', 'researcher', 'controller'],
  /**
   * Process evaluation's findings, code book and lessons (issue 16). Coding is the evaluators'
   * work: the pilot manager and the researcher read and write. Professionals and facilitators
   * are among the people interviewed, not the coders, and know the residents by name; the
   * controller checks money and sign-offs and meets the themes in the pilot report. Least
   * privilege keeps quotes from residents' table conversations with the two who code them.
   */
  'findings.read': ['pilot-manager', 'researcher'],
  'findings.write': ['pilot-manager', 'researcher'],
  /** The startfoto's questionnaire, rounds and results (small groups shown only in aggregate). */
  'startfoto.read': ['pilot-manager', 'researcher'],
  /** Adapt the questionnaire, open and close rounds (and so get the links). */
  'startfoto.manage': ['pilot-manager'],
  administration: ['administrator'],
  /** The municipality's policy choices: set by the administrator, read by the privacy officer. */
  'policy.read': ['administrator', 'privacy-officer'],
  /** The register of residents' requests (AVG art. 15–21) and their statutory deadlines. */
  'privacy.requests': ['privacy-officer'],
  /** A resident's inspection package (AVG art. 15): everything about them, and who saw it. */
  'privacy.inspect': ['privacy-officer', 'administrator'],
  /** Correct a resident's data with its history kept (art. 16). */
  'privacy.rectify': ['privacy-officer'],
  /** Restrict use, or record an objection (art. 18, 21): no research use from that moment. */
  'privacy.restrict': ['privacy-officer'],
  /** Erase consent-based data after withdrawal (art. 17): one asks, another approves. */
  'privacy.erase': ['privacy-officer', 'administrator'],
  /** The retention table, what is due and the destruction statements. */
  'privacy.retention': ['privacy-officer'],
  /** Destroying what is due, after review: the privacy officer's approval (as the CLI's). */
  'privacy.destroy': ['privacy-officer'],
  /** Search and export the audit log: the administrator, and the privacy officer's oversight. */
  'audit.read': ['administrator', 'privacy-officer'],
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

/**
 * The actions that show or change data about a person (a resident, or an employee's account),
 * and so need a second factor at sign-in (BIO2 9.4.2; issue 11). Chosen from PERMISSIONS:
 * participant files, enrolments, conversations (read, edit, export, sign-off), conferences'
 * cases, one's own contacts with cases, the per-participant research export and budget
 * ledger per case, residents' rights, the audit log (who saw whom) and user administration.
 * Not here: aggregates with small cells suppressed (counts, costs, capacity, analyses, the
 * business case with cases unnamed, the pilot report), the price list, MKBA models, process
 * findings (coded themes and quotes, not tied to a resident's record) and the startfoto's
 * results (shown only in aggregate). `analyses.run` takes a register extract in and keeps
 * none of it: what the app shows of it is aggregate, so it does not count either.
 */
export const PERSON_LEVEL_ACTIONS = [
  'participants.read',
  'participants.write',
  'enrolments.write',
  'research.export',
  'conversations.read',
  'conversations.edit',
  'conversations.export',
  'conversations.signOff',
  'conferences.read',
  'conferences.write',
  'time.record',
  'budget.read',
  'administration',
  'privacy.requests',
  'privacy.inspect',
  'privacy.rectify',
  'privacy.restrict',
  'privacy.erase',
  'privacy.retention',
  'privacy.destroy',
  'audit.read',
] as const satisfies readonly Action[]

/** The roles that may do a person-level action: their sign-in takes a second factor. */
export const MFA_ROLES: readonly Role[] = whoCan(...PERSON_LEVEL_ACTIONS)

/**
 * Roles whose second factor an administrator may waive for their municipality, in writing:
 * never the two who hold the keys (user administration, residents' rights and the audit log).
 */
export const MFA_EXEMPTABLE_ROLES: readonly Role[] = MFA_ROLES.filter(
  (role) => role !== 'administrator' && role !== 'privacy-officer',
)

/**
 * Does this role's sign-in take a second factor (before any written exemption)?
 *
 * @example
 * ```ts
 * [requiresMfa('professional'), requiresMfa('researcher')] // → [true, false]
 * ```
 */
export function requiresMfa(role: Role | null): boolean {
  return role !== null && MFA_ROLES.includes(role)
}
