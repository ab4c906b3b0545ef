import { ValidationError, type ValidationIssue } from '../errors.js'
import { parseNumber } from '../number/parse-number.js'
import { importTable, rowIssue } from '../validation/import-table.js'
import { AGE_BANDS, type AgeBand, HOUSEHOLD_TYPES, type HouseholdType } from './participant.js'

/**
 * Participants to enrol as a flat table (CSV or a spreadsheet's first sheet), one per row. The
 * header names the columns, in English or Dutch; only `start_date` is required (the minimal
 * set: the pseudonym is generated, never imported).
 */
export const PARTICIPANT_COLUMNS = {
  team: ['team'],
  age_band: ['age_band', 'leeftijdsgroep'],
  household_type: ['household_type', 'huishouden'],
  district: ['district', 'wijk'],
  ladder_rung: ['ladder_rung', 'trede'],
  start_date: ['start_date', 'startdatum'],
} as const satisfies Record<string, readonly string[]>

/** One valid row: its row number in the file (the header is row 1) and the participant. */
export interface ParticipantRowInput {
  readonly row: number
  readonly team?: string
  readonly ageBand?: AgeBand
  readonly householdType?: HouseholdType
  readonly district?: string
  readonly ladderRung?: number
  readonly startDate: string
}

/** More problems than this are counted, not listed: a wrong file gives thousands. */
/** One import is one project's intake, not a register extract. */
export const MAX_PARTICIPANT_ROWS = 5_000

/** yyyy-mm-dd (as the XLSX reader writes dates) or dd-mm-yyyy (as people type them). */
export function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text)
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2]?.padStart(2, '0'), dutch[1]?.padStart(2, '0')]
      : []
  if (y === undefined) return undefined
  const date = `${y}-${m}-${d}`
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined
}

/**
 * Reads participants from rows (header first). Every row is checked and every problem named
 * with its row and column in Dutch and English (ValidationError lists the first hundred, then a count);
 * any problem rejects the whole file. `ownTeam`: a team-scoped user enrols only into that team.
 */
export function participantsFromRows(
  rows: readonly (readonly string[])[],
  options: {
    readonly ownTeam?: string | undefined
    /** The project's period: an enrolment starts within it. */
    readonly period?: { readonly start: string; readonly end: string | null }
  } = {},
): ParticipantRowInput[] {
  const issues: ValidationIssue[] = []
  const participants: ParticipantRowInput[] = []
  const table = importTable(rows, {
    columns: PARTICIPANT_COLUMNS,
    required: ['start_date'],
    maxRows: MAX_PARTICIPANT_ROWS,
    none: { nl: 'Het bestand bevat geen deelnemers.', en: 'The file holds no participants.' },
  })
  for (const { row, cell } of table) {
    const before = issues.length
    const startDate = parseDate(cell('start_date'))
    if (startDate === undefined)
      issues.push(
        cell('start_date') === ''
          ? rowIssue(row, 'start_date', 'De startdatum ontbreekt.', 'The start date is missing.')
          : rowIssue(
              row,
              'start_date',
              `'${cell('start_date')}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ).`,
              `'${cell('start_date')}' is not a date (YYYY-MM-DD or DD-MM-YYYY).`,
            ),
      )
    const period = options.period
    if (startDate !== undefined && period && !withinPeriod(startDate, period))
      issues.push(
        rowIssue(
          row,
          'start_date',
          `${startDate} valt buiten de looptijd van het project (${periodText(period, 'nl')}).`,
          `${startDate} is outside the project's period (${periodText(period, 'en')}).`,
        ),
      )
    const team = cell('team')
    if (team.length > 80)
      issues.push(rowIssue(row, 'team', 'Langer dan 80 tekens.', 'Longer than 80 characters.'))
    if (options.ownTeam !== undefined && team !== '' && team !== options.ownTeam)
      issues.push(
        rowIssue(
          row,
          'team',
          `U kunt alleen inschrijven in uw eigen team (${options.ownTeam}), niet in '${team}'.`,
          `You can only enrol into your own team (${options.ownTeam}), not '${team}'.`,
        ),
      )
    const district = cell('district')
    if (district.length > 80)
      issues.push(rowIssue(row, 'district', 'Langer dan 80 tekens.', 'Longer than 80 characters.'))
    const ageBand = cell('age_band')
    if (ageBand !== '' && !(AGE_BANDS as readonly string[]).includes(ageBand))
      issues.push(
        rowIssue(
          row,
          'age_band',
          `Onbekende leeftijdsgroep '${ageBand}'; kies uit ${AGE_BANDS.join(', ')}.`,
          `Unknown age band '${ageBand}'; use one of ${AGE_BANDS.join(', ')}.`,
        ),
      )
    const household = cell('household_type')
    if (household !== '' && !(HOUSEHOLD_TYPES as readonly string[]).includes(household))
      issues.push(
        rowIssue(
          row,
          'household_type',
          `Onbekend huishouden '${household}'; kies uit ${HOUSEHOLD_TYPES.join(', ')}.`,
          `Unknown household type '${household}'; use one of ${HOUSEHOLD_TYPES.join(', ')}.`,
        ),
      )
    const rungText = cell('ladder_rung')
    const rung = parseNumber(rungText, 'nl')
    const ladderRung = rung.ok ? rung.value : undefined
    if (
      rungText !== '' &&
      (ladderRung === undefined ||
        !Number.isInteger(ladderRung) ||
        ladderRung < 1 ||
        ladderRung > 6)
    )
      issues.push(
        rowIssue(
          row,
          'ladder_rung',
          `'${rungText}' is geen trede van de Participatieladder (1 t/m 6).`,
          `'${rungText}' is not a rung of the Participatieladder (1 to 6).`,
        ),
      )
    if (issues.length > before || startDate === undefined) continue
    participants.push({
      row,
      startDate,
      ...(team !== '' ? { team } : {}),
      ...(ageBand !== '' ? { ageBand: ageBand as AgeBand } : {}),
      ...(household !== '' ? { householdType: household as HouseholdType } : {}),
      ...(district !== '' ? { district } : {}),
      ...(ladderRung !== undefined ? { ladderRung } : {}),
    })
  }
  if (issues.length > 0) throw new ValidationError(issues)
  return participants
}

/** Does a date fall within a period (an open end: from its start on)? */
export function withinPeriod(
  date: string,
  period: { readonly start: string; readonly end: string | null },
): boolean {
  return date >= period.start && (period.end === null || date <= period.end)
}

export function periodText(
  period: { readonly start: string; readonly end: string | null },
  language: 'nl' | 'en',
): string {
  const open = language === 'nl' ? 'doorlopend' : 'ongoing'
  return `${period.start} – ${period.end ?? open}`
}
