import type { LocalisedMessage } from '../errors.js'

/**
 * How long a source's rows are kept: with the resident's file (the period of the law the file
 * falls under, from its closing), or as research records (the protocol's period, from the end
 * of the project).
 */
export type RetentionClass = 'case-file' | 'research'

/** How a column is shown in the inspection package. */
export interface ColumnView {
  readonly label: LocalisedMessage
  readonly format?: 'date' | 'moment' | 'json'
}

/**
 * One table that holds data about a resident. The inspection package shows one section per
 * source, retention destroys its rows, and src/db/person-data-coverage.db.test.ts fails when a
 * table with a participant column (or one hanging from a source) is not listed here.
 */
export interface PersonDataSource {
  readonly table: string
  /**
   * How a row names its resident: its own column (`participant_id`; `id` for the participants
   * table itself), or a foreign key into a parent source whose rows name them.
   */
  readonly link:
    | { readonly column: string }
    | { readonly column: string; readonly parent: string; readonly parentColumn: string }
  readonly section: LocalisedMessage
  /** Why it is kept and on which legal basis (AVG art. 6, 9), for the package. */
  readonly purpose: LocalisedMessage
  readonly retention: RetentionClass
  /** The columns the package shows, with their labels; keys and keyed hashes are left out. */
  readonly columns: Readonly<Record<string, ColumnView>>
  /**
   * Rows of this source are consent-based data, erased on request after withdrawal (art. 17):
   * all of them, or those whose column holds the value (a share made on consent).
   */
  readonly consentBased?: true | { readonly column: string; readonly equals: string }
}

const text = (nl: string, en: string): LocalisedMessage => ({ nl, en })
const CASE_WORK = text(
  'Hulp en ondersteuning door het wijkteam en Werk & Inkomen (wettelijke taak, AVG art. 6 lid 1 onder e; Participatiewet, Wmo 2015 of Jeugdwet).',
  'Support by the wijkteam and Work & Income (public task, GDPR art. 6(1)(e); Participatiewet, Wmo 2015 or Jeugdwet).',
)
const RESEARCH = text(
  'Onderzoek naar wat de aanpak oplevert, met uw toestemming (AVG art. 6 lid 1 onder a).',
  'Research into what the approach achieves, with your consent (GDPR art. 6(1)(a)).',
)
const RIGHTS = text(
  'Uw verzoeken over uw gegevens afhandelen (wettelijke plicht, AVG art. 6 lid 1 onder c; AVG art. 12–21).',
  'Handling your requests about your data (legal obligation, GDPR art. 6(1)(c); GDPR art. 12–21).',
)
const DATE = (nl: string, en: string): ColumnView => ({ label: text(nl, en), format: 'date' })
const MOMENT = (nl: string, en: string): ColumnView => ({ label: text(nl, en), format: 'moment' })
const PLAIN = (nl: string, en: string): ColumnView => ({ label: text(nl, en) })

/**
 * Every source of person data, parents before the tables that hang from them (destruction
 * deletes in the reverse order). A module that adds a person-level table adds one entry.
 */
export const PERSON_DATA_SOURCES: readonly PersonDataSource[] = [
  {
    table: 'participants',
    link: { column: 'id' },
    section: text('Uw gegevens', 'Your details'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      pseudonym: PLAIN('Uw code (pseudoniem)', 'Your code (pseudonym)'),
      team: PLAIN('Team', 'Team'),
      age_band: PLAIN('Leeftijdsgroep', 'Age band'),
      household_type: PLAIN('Huishouden', 'Household'),
      district: PLAIN('Wijk', 'District'),
      ladder_rung: PLAIN('Trede op de Participatieladder', 'Rung on the participation ladder'),
      care_framework: PLAIN('Wet waaronder uw dossier valt', 'Law your file falls under'),
      created_at: MOMENT('Vastgelegd op', 'Recorded on'),
      updated_at: MOMENT('Laatst gewijzigd op', 'Last changed on'),
    },
  },
  {
    table: 'enrolments',
    link: { column: 'participant_id' },
    section: text('Deelname aan projecten', 'Taking part in projects'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      start_date: DATE('Begonnen op', 'Started on'),
      end_date: DATE('Gestopt op', 'Ended on'),
      end_reason: PLAIN('Reden van stoppen', 'Reason for ending'),
    },
  },
  {
    table: 'consents',
    link: { column: 'participant_id' },
    section: text('Uw toestemmingen', 'Your consents'),
    purpose: RIGHTS,
    retention: 'case-file',
    columns: {
      purpose: PLAIN('Waarvoor', 'What for'),
      status: PLAIN('Gegeven of ingetrokken', 'Given or withdrawn'),
      date: DATE('Datum', 'Date'),
    },
  },
  {
    table: 'shares',
    link: { column: 'participant_id' },
    section: text('Met wie uw gegevens zijn gedeeld', 'Who your data was shared with'),
    purpose: CASE_WORK,
    retention: 'case-file',
    consentBased: { column: 'basis', equals: 'consent' },
    columns: {
      team: PLAIN('Team', 'Team'),
      basis: PLAIN('Op grond van (wet of toestemming)', 'On the basis of (law or consent)'),
      law_article: PLAIN('Wetsartikel', 'Article of law'),
      scope: PLAIN('Welke gegevens', 'Which data'),
      purpose: PLAIN('Waarvoor', 'What for'),
      date: DATE('Datum', 'Date'),
    },
  },
  {
    table: 'conversations',
    link: { column: 'participant_id' },
    section: text('Tafelgesprekken', 'Table conversations'),
    purpose: RESEARCH,
    retention: 'research',
    consentBased: true,
    columns: {
      measurement: PLAIN('Meetmoment', 'Measurement'),
      status: PLAIN('Stand', 'Status'),
      document: { label: text('Het gesprek', 'The conversation'), format: 'json' },
      created_at: MOMENT('Begonnen op', 'Started on'),
      updated_at: MOMENT('Laatst gewijzigd op', 'Last changed on'),
      archived_at: MOMENT('Gearchiveerd op', 'Archived on'),
      archive_reason: PLAIN('Reden van archiveren', 'Reason for archiving'),
    },
  },
  {
    table: 'conversation_edits',
    link: { column: 'conversation_id', parent: 'conversations', parentColumn: 'id' },
    section: text('Wijzigingen in tafelgesprekken', 'Changes to table conversations'),
    purpose: RESEARCH,
    retention: 'research',
    consentBased: true,
    columns: {
      status: PLAIN('Verwerkt of geweigerd', 'Applied or refused'),
      edit: { label: text('Wijziging', 'Change'), format: 'json' },
      at: MOMENT('Op', 'At'),
    },
  },
  {
    table: 'conversation_versions',
    link: { column: 'conversation_id', parent: 'conversations', parentColumn: 'id' },
    section: text('Vastgestelde versies van tafelgesprekken', 'Signed-off table conversations'),
    purpose: RESEARCH,
    retention: 'research',
    consentBased: true,
    columns: {
      version: PLAIN('Versie', 'Version'),
      signed_off_at: MOMENT('Vastgesteld op', 'Signed off on'),
      note: PLAIN('Opmerking', 'Note'),
      reopened_at: MOMENT('Heropend op', 'Reopened on'),
      reopen_reason: PLAIN('Reden van heropenen', 'Reason for reopening'),
    },
  },
  {
    table: 'findings',
    link: { column: 'conversation_id', parent: 'conversations', parentColumn: 'id' },
    section: text(
      'Citaten en bevindingen uit tafelgesprekken',
      'Quotes and findings from table conversations',
    ),
    purpose: RESEARCH,
    retention: 'research',
    consentBased: true,
    columns: {
      text: PLAIN('Tekst', 'Text'),
      source: PLAIN('Bron', 'Source'),
      date: DATE('Datum', 'Date'),
      quote: PLAIN('Citaat', 'Quote'),
      created_at: MOMENT('Vastgelegd op', 'Recorded on'),
    },
  },
  {
    table: 'plan_versions',
    link: { column: 'participant_id' },
    section: text('Uw plan, elke versie', 'Your plan, every version'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      version: PLAIN('Versie', 'Version'),
      plan: { label: text('Het plan', 'The plan'), format: 'json' },
      saved_at: MOMENT('Opgeslagen op', 'Saved on'),
    },
  },
  {
    table: 'follow_ups',
    link: { column: 'participant_id' },
    section: text('Contact na afloop (vinger aan de pols)', 'Check-ins after support ended'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      outflow: PLAIN('Wat afliep', 'What ended'),
      ended_on: DATE('Afgelopen op', 'Ended on'),
      due_date: DATE('Gepland op', 'Planned for'),
      checked_on: DATE('Gedaan op', 'Done on'),
      outcome: PLAIN('Hoe het ging', 'How it went'),
      note: PLAIN('Notitie', 'Note'),
    },
  },
  {
    table: 'outcome_measurements',
    link: { column: 'participant_id' },
    section: text('Metingen van hoe het met u gaat', 'Measurements of how you are doing'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      date: DATE('Datum', 'Date'),
      moment: PLAIN('Meetmoment', 'Measurement'),
      ladder_rung: PLAIN('Trede op de Participatieladder', 'Rung on the participation ladder'),
      zrm: {
        label: text('Zelfredzaamheid per domein', 'Self-sufficiency per domain'),
        format: 'json',
      },
      trust_self: PLAIN('Vertrouwen in uzelf', 'Trust in yourself'),
      trust_professionals: PLAIN('Vertrouwen in de hulpverleners', 'Trust in professionals'),
      trust_municipality: PLAIN('Vertrouwen in de gemeente', 'Trust in the municipality'),
      goal_progress: {
        label: text('Voortgang op uw doelen', 'Progress on your goals'),
        format: 'json',
      },
    },
  },
  {
    table: 'case_conference_cases',
    link: { column: 'participant_id' },
    section: text('Besproken in casuïstiekoverleg', 'Discussed in case conferences'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      domain: PLAIN('Domein', 'Domain'),
      question: PLAIN('Vraag', 'Question'),
      discussion: PLAIN('Wat besproken is', 'What was discussed'),
      decisions: PLAIN('Besluiten', 'Decisions'),
      created_at: MOMENT('Ingebracht op', 'Brought in on'),
    },
  },
  {
    table: 'case_conference_actions',
    link: { column: 'case_id', parent: 'case_conference_cases', parentColumn: 'id' },
    section: text('Afspraken uit het casuïstiekoverleg', 'Actions agreed in case conferences'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      description: PLAIN('Afspraak', 'Action'),
      due_date: DATE('Uiterlijk', 'Due'),
      status: PLAIN('Stand', 'Status'),
    },
  },
  {
    table: 'time_entries',
    link: { column: 'participant_id' },
    section: text('Tijd die hulpverleners aan u besteedden', 'Time professionals spent with you'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      kind: PLAIN('Soort contact', 'Kind of contact'),
      minutes: PLAIN('Minuten', 'Minutes'),
      date: DATE('Datum', 'Date'),
    },
  },
  {
    table: 'budget_ledger',
    link: { column: 'participant_id' },
    section: text('Betalingen uit het ontschotte budget', 'Payments from the unshielded budget'),
    purpose: CASE_WORK,
    retention: 'case-file',
    columns: {
      amount_cents: PLAIN('Bedrag (eurocent)', 'Amount (euro cents)'),
      date: DATE('Datum', 'Date'),
      purpose: PLAIN('Waarvoor', 'What for'),
      goal: PLAIN('Voor welk doel van u', 'For which of your goals'),
      recorded_at: MOMENT('Vastgelegd op', 'Recorded on'),
    },
  },
  {
    table: 'privacy_requests',
    link: { column: 'participant_id' },
    section: text('Uw verzoeken over uw gegevens', 'Your requests about your data'),
    purpose: RIGHTS,
    retention: 'case-file',
    columns: {
      kind: PLAIN('Soort verzoek', 'Kind of request'),
      received_on: DATE('Ontvangen op', 'Received on'),
      deadline: DATE('Uiterlijk beantwoord op', 'To be answered by'),
      extension_reason: PLAIN('Reden van verlenging', 'Reason for the extension'),
      status: PLAIN('Stand', 'Status'),
      closed_on: DATE('Afgehandeld op', 'Handled on'),
      outcome: PLAIN('Uitkomst', 'Outcome'),
    },
  },
  {
    table: 'participant_corrections',
    link: { column: 'participant_id' },
    section: text('Verbeterde gegevens', 'Corrected data'),
    purpose: RIGHTS,
    retention: 'case-file',
    columns: {
      field: PLAIN('Gegeven', 'Field'),
      old_value: PLAIN('Was', 'Was'),
      new_value: PLAIN('Is nu', 'Is now'),
      reason: PLAIN('Waarom', 'Why'),
      corrected_at: MOMENT('Verbeterd op', 'Corrected on'),
    },
  },
  {
    table: 'participant_restrictions',
    link: { column: 'participant_id' },
    section: text('Beperking en bezwaar', 'Restriction and objection'),
    purpose: RIGHTS,
    retention: 'case-file',
    columns: {
      kind: PLAIN('Soort', 'Kind'),
      reason: PLAIN('Waarom', 'Why'),
      from_at: MOMENT('Vanaf', 'From'),
      lifted_at: MOMENT('Opgeheven op', 'Lifted on'),
      lift_reason: PLAIN('Reden van opheffen', 'Reason for lifting'),
    },
  },
  {
    table: 'erasures',
    link: { column: 'participant_id' },
    section: text('Verwijderde gegevens', 'Erased data'),
    purpose: RIGHTS,
    retention: 'case-file',
    columns: {
      reason: PLAIN('Waarom', 'Why'),
      requested_at: MOMENT('Gevraagd op', 'Requested on'),
      approved_at: MOMENT('Uitgevoerd op', 'Carried out on'),
      erased: {
        label: text('Wat is verwijderd (aantallen)', 'What was erased (counts)'),
        format: 'json',
      },
    },
  },
]

/**
 * The source of a table, or undefined.
 *
 * @example
 * ```ts
 * personDataSource('consents')?.retention // → 'case-file'
 * personDataSource('price_list_versions') // → undefined
 * ```
 */
export function personDataSource(table: string): PersonDataSource | undefined {
  return PERSON_DATA_SOURCES.find((source) => source.table === table)
}
