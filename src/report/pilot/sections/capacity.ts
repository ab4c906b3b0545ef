import { type CapacityResponse, formatNumber } from '../../../domain/index.js'
import { escapeHtml } from '../../format.js'
import { MIN_RATE_OBSERVATIONS, type PilotSection, say, tableHtml } from '../section.js'

/** The months shown per team: each quarter's last month and the latest. */
const shownMonth = (month: string, i: number, all: readonly unknown[]) =>
  Number(month.slice(5, 7)) % 3 === 0 || i === all.length - 1

/**
 * The capacity of the teams over time: open cases, FTE, cases per FTE, staff and vacancies —
 * the capacity monitor's teams, gathered for this section alone.
 */
export const capacitySection: PilotSection<CapacityResponse['teams']> = (_, language, teams) => {
  const html = teams
    .map((team) => {
      const months = team.months.filter((m, i, all) => shownMonth(m.month, i, all))
      return `<h3>${escapeHtml(team.organisationName)}${team.team ? ` — ${escapeHtml(team.team)}` : ''}</h3>${tableHtml(
        [
          say(language, 'Maand', 'Month'),
          say(language, 'Open casussen', 'Open cases'),
          'FTE',
          say(language, 'Casussen per FTE', 'Cases per FTE'),
          say(language, 'Medewerkers', 'Staff'),
          say(language, 'Vacatures (FTE)', 'Vacancies (FTE)'),
        ],
        months.map((m) => [
          m.month,
          { num: String(m.openCases) },
          { num: formatNumber(m.fte, language, 1) },
          // a caseload of a handful of cases is no rate (issue 16)
          {
            num:
              m.casesPerFte === null || m.openCases < MIN_RATE_OBSERVATIONS
                ? '—'
                : formatNumber(m.casesPerFte, language, 1),
          },
          { num: String(m.staff) },
          { num: formatNumber(m.vacancyFte, language, 1) },
        ]),
      )}`
    })
    .join('')
  const lastMonths = teams.map((t) => t.months.at(-1))
  const staff = lastMonths.reduce((s, m) => s + (m?.staff ?? 0), 0)
  return {
    id: 'capacity',
    title: say(language, 'Capaciteit door de tijd', 'Capacity over time'),
    html:
      (html ||
        `<p>${say(language, 'Er zijn nog geen teams met casussen of uren.', 'No teams with cases or hours yet.')}</p>`) +
      `<p class="small">${say(
        language,
        `Casussen per FTE staan er alleen bij ${MIN_RATE_OBSERVATIONS} of meer open casussen.`,
        `Cases per FTE are shown only with ${MIN_RATE_OBSERVATIONS} or more open cases.`,
      )}</p>`,
    provenance: [
      {
        figure: say(language, 'Capaciteit per team', 'Capacity per team'),
        source: say(
          language,
          'capaciteitsmonitor: inschrijvingen, contracten, vacatures en tijdregistratie',
          'capacity monitor: enrolments, contracts, vacancies and time registration',
        ),
        observations: staff,
      },
    ],
    sheet: {
      header: [
        'organisation',
        'team',
        'month',
        'openCases',
        'fte',
        'casesPerFte',
        'staff',
        'vacancyFte',
        'waitingDays',
      ],
      rows: teams.flatMap((t) =>
        t.months.map((m) => [
          t.organisationName,
          t.team ?? '',
          m.month,
          m.openCases,
          m.fte,
          m.openCases < MIN_RATE_OBSERVATIONS ? null : m.casesPerFte,
          m.staff,
          m.vacancyFte,
          m.firstContacts < MIN_RATE_OBSERVATIONS ? null : m.waitingDays,
        ]),
      ),
    },
  }
}
