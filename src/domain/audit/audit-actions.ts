import type { LocalisedMessage } from '../errors.js'

/**
 * What each audited route did, in words a privacy officer reads aloud to a resident ("bekeek
 * het dossier van P-…"): keyed by the audit entry's action (`METHOD /path`, as the policy
 * names routes). src/server/audit-actions.test.ts checks that every audited route has one.
 */
const AUDIT_ACTIONS: Readonly<Record<string, LocalisedMessage>> = {
  'POST /api/v1/projects': { nl: 'maakte een project', en: 'created a project' },
  'PATCH /api/v1/projects/:id': { nl: 'wijzigde een project', en: 'changed a project' },
  'GET /api/v1/projects/:id/enrolments': {
    nl: 'bekeek wie in het project zit',
    en: 'viewed who is enrolled in the project',
  },
  'POST /api/v1/projects/:id/enrolments': {
    nl: 'nam een inwoner op in het project',
    en: 'enrolled a resident in the project',
  },
  'POST /api/v1/projects/:id/enrolments/end': {
    nl: 'beëindigde de deelname van een inwoner',
    en: "ended a resident's enrolment",
  },
  'POST /api/v1/projects/:id/participants/import': {
    nl: 'las deelnemers in uit een bestand',
    en: 'imported participants from a file',
  },
  'GET /api/v1/participants': {
    nl: 'bekeek de lijst met deelnemers',
    en: 'viewed the participant list',
  },
  'GET /api/v1/participants/:id': { nl: 'bekeek het dossier van', en: 'viewed the file of' },
  'POST /api/v1/participants': { nl: 'registreerde een deelnemer', en: 'registered a participant' },
  'PATCH /api/v1/participants/:id': { nl: 'wijzigde het dossier van', en: 'changed the file of' },
  'POST /api/v1/participants/:id/consents': {
    nl: 'legde toestemming vast van',
    en: 'recorded the consent of',
  },
  'POST /api/v1/participants/:id/shares': {
    nl: 'legde een gegevensdeling vast over',
    en: 'recorded a data share about',
  },
  'GET /api/v1/audit': { nl: 'doorzocht het auditlog', en: 'searched the audit log' },
  'GET /api/v1/audit/export': { nl: 'exporteerde het auditlog', en: 'exported the audit log' },
  'PUT /api/v1/projects/:id/mkba': { nl: 'sloeg het MKBA-model op', en: 'saved the SCBA model' },
  'POST /api/v1/projects/:id/mkba/versions/:version/restore': {
    nl: 'zette een oudere MKBA-versie terug',
    en: 'restored an earlier SCBA version',
  },
  'GET /api/v1/projects/:id/conversations': {
    nl: 'bekeek de tafelgesprekken van het project',
    en: "viewed the project's table conversations",
  },
  'POST /api/v1/conversations': {
    nl: 'begon een tafelgesprek met',
    en: 'started a table conversation with',
  },
  'GET /api/v1/conversations/:id': {
    nl: 'bekeek een tafelgesprek met',
    en: 'viewed a table conversation with',
  },
  'POST /api/v1/conversations/:id/edits': {
    nl: 'wijzigde een tafelgesprek met',
    en: 'changed a table conversation with',
  },
  'POST /api/v1/conversations/:id/sign-off': {
    nl: 'stelde een tafelgesprek vast met',
    en: 'signed off a table conversation with',
  },
  'POST /api/v1/conversations/:id/reopen': {
    nl: 'heropende een tafelgesprek met',
    en: 'reopened a table conversation with',
  },
  'GET /api/v1/conversations/:id/report': {
    nl: 'maakte het verslag van een tafelgesprek met',
    en: 'made the report of a table conversation with',
  },
  'GET /api/v1/projects/:id/conversations/export': {
    nl: 'exporteerde de tafelgesprekken',
    en: 'exported the table conversations',
  },
  'POST /api/v1/projects/:id/conversations/import': {
    nl: 'las tafelgesprekken in uit een bestand',
    en: 'imported table conversations from a file',
  },
  'POST /api/v1/conversations/:id/archive': {
    nl: 'archiveerde een tafelgesprek met',
    en: 'archived a table conversation with',
  },
  'GET /api/v1/participants/:id/plan': { nl: 'bekeek het plan van', en: 'viewed the plan of' },
  'PUT /api/v1/participants/:id/plan': { nl: 'wijzigde het plan van', en: 'changed the plan of' },
  'GET /api/v1/participants/:id/plan/versions': {
    nl: 'bekeek de versies van het plan van',
    en: 'viewed the plan versions of',
  },
  'GET /api/v1/participants/:id/plan/print': {
    nl: 'drukte het plan af van',
    en: 'printed the plan of',
  },
  'POST /api/v1/participants/:id/plan/consents': {
    nl: 'legde instemming met het plan vast van',
    en: 'recorded agreement with the plan of',
  },
  'POST /api/v1/follow-ups': {
    nl: 'plande een nazorgcontact met',
    en: 'scheduled a follow-up with',
  },
  'GET /api/v1/follow-ups': { nl: 'bekeek de nazorglijst', en: 'viewed the follow-up list' },
  'GET /api/v1/participants/:id/follow-ups': {
    nl: 'bekeek de nazorg van',
    en: 'viewed the follow-ups of',
  },
  'POST /api/v1/follow-ups/:id/check-in': {
    nl: 'legde een nazorgcontact vast met',
    en: 'recorded a follow-up contact with',
  },
  'PATCH /api/v1/follow-ups/:id': {
    nl: 'wijzigde een nazorgcontact met',
    en: 'changed a follow-up with',
  },
  'POST /api/v1/outcome-measurements': {
    nl: 'legde een uitkomstmeting vast van',
    en: 'recorded an outcome measurement of',
  },
  'GET /api/v1/outcome-measurements': {
    nl: 'bekeek de uitkomstmetingen van',
    en: 'viewed the outcome measurements of',
  },
  'GET /api/v1/outcome-measurements/export': {
    nl: 'exporteerde de uitkomstmetingen',
    en: 'exported the outcome measurements',
  },
  'GET /api/v1/case-conferences/:id': {
    nl: 'bekeek een casusoverleg',
    en: 'viewed a case conference',
  },
  'PATCH /api/v1/case-conferences/:id': {
    nl: 'wijzigde een casusoverleg',
    en: 'changed a case conference',
  },
  'GET /api/v1/case-conferences/:id/agenda': {
    nl: 'drukte de agenda van een casusoverleg af',
    en: 'printed the agenda of a case conference',
  },
  'GET /api/v1/case-conferences/:id/minutes': {
    nl: 'drukte het verslag van een casusoverleg af',
    en: 'printed the minutes of a case conference',
  },
  'POST /api/v1/case-conferences/:id/cases': {
    nl: 'bracht een casus in van',
    en: 'brought in the case of',
  },
  'PATCH /api/v1/case-conferences/cases/:id': {
    nl: 'wijzigde de bespreking van',
    en: 'changed the case discussion of',
  },
  'POST /api/v1/case-conferences/cases/:id/actions': {
    nl: 'legde een actiepunt vast voor',
    en: 'recorded an action for',
  },
  'PATCH /api/v1/case-conferences/actions/:id': {
    nl: 'wijzigde een actiepunt voor',
    en: 'changed an action for',
  },
  'GET /api/v1/case-conferences/my-actions': {
    nl: 'bekeek de eigen actiepunten',
    en: 'viewed their own actions',
  },
  'GET /api/v1/projects/:id/time-entries': {
    nl: 'bekeek de tijdregistratie',
    en: 'viewed the time entries',
  },
  'PUT /api/v1/projects/:id/time-entries': {
    nl: 'registreerde bestede tijd',
    en: 'recorded time spent',
  },
  'POST /api/v1/projects/:id/time-entries/import': {
    nl: 'las tijdregistratie in uit een bestand',
    en: 'imported time entries from a file',
  },
  'GET /api/v1/projects/:id/time-entries/export': {
    nl: 'exporteerde de tijdregistratie',
    en: 'exported the time entries',
  },
  'GET /api/v1/projects/:id/budget': { nl: 'bekeek het budget', en: 'viewed the budget' },
  'PUT /api/v1/projects/:id/budget': { nl: 'stelde het budget in', en: 'set the budget' },
  'POST /api/v1/projects/:id/budget/spends': {
    nl: 'boekte een uitgave uit het budget',
    en: 'recorded a spend from the budget',
  },
  'PUT /api/v1/projects/:id/capacity/threshold': {
    nl: 'stelde de signaalwaarde voor de caseload in',
    en: 'set the caseload threshold',
  },
  'GET /api/v1/privacy/requests': {
    nl: 'bekeek de verzoeken van inwoners',
    en: "viewed the residents' requests",
  },
  'POST /api/v1/participants/:id/privacy-requests': {
    nl: 'registreerde een privacyverzoek van',
    en: 'registered a privacy request of',
  },
  'POST /api/v1/privacy/requests/:id/extend': {
    nl: 'verlengde de termijn van een privacyverzoek',
    en: 'extended the deadline of a privacy request',
  },
  'POST /api/v1/privacy/requests/:id/close': {
    nl: 'handelde een privacyverzoek af',
    en: 'closed a privacy request',
  },
  'GET /api/v1/participants/:id/inspection': {
    nl: 'stelde het inzageoverzicht op van',
    en: 'compiled the inspection package of',
  },
  'POST /api/v1/participants/:id/corrections': {
    nl: 'corrigeerde gegevens van',
    en: 'corrected data of',
  },
  'POST /api/v1/participants/:id/restrictions': {
    nl: 'beperkte het gebruik van de gegevens van',
    en: 'restricted the use of the data of',
  },
  'POST /api/v1/participants/:id/restrictions/lift': {
    nl: 'hief de beperking op voor',
    en: 'lifted the restriction of',
  },
  'POST /api/v1/participants/:id/erasure': {
    nl: 'vroeg wissing aan van de gegevens van',
    en: 'asked to erase the data of',
  },
  'POST /api/v1/participants/:id/erasure/approve': {
    nl: 'keurde wissing goed van de gegevens van',
    en: 'approved erasing the data of',
  },
  'POST /api/v1/projects/:id/analyses': {
    nl: 'startte een effectanalyse',
    en: 'started an effect analysis',
  },
  'POST /api/v1/projects/:id/analyses/preview': {
    nl: 'bekeek een voorproef van een registerbestand',
    en: 'previewed a register extract',
  },
  'GET /api/v1/projects/:id/analyses': {
    nl: 'bekeek de effectanalyses',
    en: 'viewed the effect analyses',
  },
  'GET /api/v1/analyses/:id': { nl: 'bekeek een effectanalyse', en: 'viewed an effect analysis' },
  'GET /api/v1/analyses/:id/report': {
    nl: 'maakte het rapport van een effectanalyse',
    en: 'made the report of an effect analysis',
  },
  'POST /api/v1/analyses/:id/mkba': {
    nl: 'nam een effect over in de MKBA',
    en: 'carried an effect into the SCBA',
  },
  'PUT /api/v1/municipality/policy': {
    nl: 'wijzigde het beleid over namen van medewerkers in inzageoverzichten',
    en: 'changed the policy on staff names in inspection packages',
  },
  'PUT /api/v1/municipality/mfa-exemptions': {
    nl: 'stelde een rol schriftelijk vrij van de tweede factor',
    en: 'exempted a role from the second factor in writing',
  },
  'DELETE /api/v1/municipality/mfa-exemptions': {
    nl: 'trok de vrijstelling van de tweede factor voor een rol in',
    en: "revoked a role's exemption from the second factor",
  },
  'PATCH /api/v1/users/:id': {
    nl: 'wijzigde de rol of status van een account',
    en: "changed an account's role or state",
  },
  'POST /api/v1/users/:id/credentials': {
    nl: 'stelde het wachtwoord of de tweede factor van een account opnieuw in',
    en: "reset an account's password or second factor",
  },
  'PUT /api/v1/projects/:id/pilot-design': {
    nl: 'sloeg de pilotopzet op',
    en: 'saved the pilot design',
  },
  'POST /api/v1/projects/:id/phases': {
    nl: 'legde een fasewisseling van een partner vast',
    en: "recorded a partner's phase change",
  },
  'PUT /api/v1/projects/:id/checklist': {
    nl: 'vinkte een punt van de fasechecklist af of aan',
    en: 'ticked or unticked an item of the phase checklist',
  },
  'GET /api/v1/projects/:id/report': {
    nl: 'bekeek het pilotrapport',
    en: 'viewed the pilot report',
  },
  'GET /api/v1/projects/:id/findings': {
    nl: 'bekeek de bevindingen en citaten',
    en: 'viewed the findings and quotes',
  },
  'GET /api/v1/projects/:id/findings/overview': {
    nl: "bekeek de thema's met hun citaten",
    en: 'viewed the themes with their quotes',
  },
  'GET /api/v1/projects/:id/findings/export': {
    nl: 'exporteerde de bevindingen en citaten',
    en: 'exported the findings and quotes',
  },
  'POST /api/v1/projects/:id/findings': {
    nl: 'legde een bevinding of citaat vast',
    en: 'recorded a finding or quote',
  },
  'PUT /api/v1/findings/:id': {
    nl: 'wijzigde een bevinding of citaat',
    en: 'changed a finding or quote',
  },
  'DELETE /api/v1/findings/:id': {
    nl: 'verwijderde een bevinding of citaat',
    en: 'removed a finding or quote',
  },
  'PUT /api/v1/projects/:id/startfoto': {
    nl: 'paste de vragenlijst van de startfoto aan',
    en: 'adapted the startfoto questionnaire',
  },
  'POST /api/v1/projects/:id/startfoto/rounds': {
    nl: 'opende een ronde van de startfoto',
    en: 'opened a startfoto round',
  },
  'POST /api/v1/projects/:id/startfoto/rounds/:number/links': {
    nl: 'maakte nieuwe links voor een ronde van de startfoto',
    en: 'made new links for a startfoto round',
  },
  'POST /api/v1/projects/:id/startfoto/rounds/:number/close': {
    nl: 'sloot een ronde van de startfoto',
    en: 'closed a startfoto round',
  },
}

/** Does this audit action have words? (New audited routes must add theirs.) */
export function hasAuditActionWords(action: string): boolean {
  return action in AUDIT_ACTIONS
}

/**
 * The action of an audit entry in words. An entry from before a route was renamed keeps its
 * stored action as the words, so nothing in the log becomes unreadable.
 *
 * @example
 * describeAuditAction('GET /api/v1/participants/:id').nl // 'bekeek het dossier van'
 */
export function describeAuditAction(action: string): LocalisedMessage {
  return AUDIT_ACTIONS[action] ?? { nl: action, en: action }
}
