import { formatEuro, formatNumber, type Language } from '../../../domain/index.js'
import type { PilotReportInput } from '../input.js'
import { type PilotSection, type Provenance, say, shareText, tableHtml } from '../section.js'

/** Totals of what was done, shared by this section and the conclusions. */
export function activityTotals(input: PilotReportInput) {
  const conferences = input.conferences.months.reduce((sum, m) => sum + m.held, 0)
  const minutes = input.costs.hours.reduce((s, h) => s + h.formalMinutes + h.informalMinutes, 0)
  const timeEntries = input.costs.hours.reduce((s, h) => s + h.entries, 0)
  const hoursCents = input.costs.hours.reduce((s, h) => s + (h.pilotCents ?? 0), 0)
  const spendCents = input.costs.spends.reduce((s, p) => s + p.cents, 0)
  const spends = input.costs.spends.reduce((s, p) => s + p.entries, 0)
  return { conferences, minutes, timeEntries, hoursCents, spendCents, spends }
}

const euros = (cents: number, language: Language) => formatEuro(cents / 100, language)
const hours = (minutes: number, language: Language) => formatNumber(minutes / 60, language, 0)

/** What was done: conferences held, partners at the table, hours and budget spends. */
export const activitiesSection: PilotSection = (input, language) => {
  const t = activityTotals(input)
  const quarters = new Map<string, number>()
  for (const m of input.conferences.months) {
    const [y, mm] = m.month.split('-').map(Number) as [number, number]
    const q = `${y} Q${Math.ceil(mm / 3)}`
    quarters.set(q, (quarters.get(q) ?? 0) + m.held)
  }
  const conferenceSource = say(
    language,
    'casuïstiekoverleggen in de app (aanwezigheid per partner)',
    'case conferences in the app (attendance per partner)',
  )
  const timeSource = say(
    language,
    'tijdregistratie, geprijsd met de uurtarieven van de prijslijst',
    'time registration, priced with the price list’s hourly tariffs',
  )
  const spendSource = say(
    language,
    'het budgetgrootboek (uitgaven na correcties)',
    'the budget ledger (spends after corrections)',
  )
  const provenance: Provenance[] = [
    {
      figure: say(language, 'Casusoverleggen', 'Case conferences'),
      source: conferenceSource,
      observations: t.conferences,
    },
    { figure: say(language, 'Uren', 'Hours'), source: timeSource, observations: t.timeEntries },
    {
      figure: say(language, 'Budgetuitgaven', 'Budget spends'),
      source: spendSource,
      observations: t.spends,
    },
  ]
  const html = [
    `<h3>${say(language, 'Casusoverleggen', 'Case conferences')}</h3>`,
    `<p>${say(language, `Er waren ${t.conferences} casusoverleggen.`, `${t.conferences} case conferences were held.`)}</p>`,
    tableHtml(
      [say(language, 'Kwartaal', 'Quarter'), say(language, 'Overleggen', 'Conferences')],
      [...quarters].map(([q, n]) => [q, { num: String(n) }]),
    ),
    `<h3>${say(language, 'Partners aan tafel', 'Partners at the table')}</h3>`,
    tableHtml(
      [say(language, 'Partner', 'Partner'), say(language, 'Aanwezig bij', 'Attended')],
      input.conferences.partners.map((p) => [
        p.name,
        shareText(p.attended, t.conferences, language),
      ]),
    ),
    `<h3>${say(language, 'Uren', 'Hours')}</h3>`,
    tableHtml(
      [
        say(language, 'Organisatie', 'Organisation'),
        say(language, 'Jaar', 'Year'),
        say(language, 'Uren', 'Hours'),
        say(language, 'Kosten', 'Cost'),
      ],
      input.costs.hours.map((h) => [
        h.organisationName,
        String(h.year),
        { num: hours(h.formalMinutes + h.informalMinutes, language) },
        {
          num:
            h.pilotCents === null
              ? say(language, 'geen tarief', 'no tariff')
              : euros(h.pilotCents, language),
        },
      ]),
    ),
    `<h3>${say(language, 'Budget', 'Budget')}</h3>`,
    `<p>${say(
      language,
      `Uit het ontschotte budget ging ${euros(t.spendCents, language)} naar ${t.spends} uitgaven${input.budgetPotCents === null ? '' : ` (pot: ${euros(input.budgetPotCents, language)})`}.`,
      `${euros(t.spendCents, language)} of the unshielded budget went to ${t.spends} spends${input.budgetPotCents === null ? '' : ` (pot: ${euros(input.budgetPotCents, language)})`}.`,
    )}</p>`,
  ].join('')
  return {
    id: 'activities',
    title: say(language, 'Wat er is gedaan', 'What was done'),
    html,
    provenance,
    sheet: {
      header: ['kind', 'name', 'year', 'count', 'hours', 'euros'],
      rows: [
        ...input.conferences.months.map((m) => ['conferences', m.month, null, m.held, null, null]),
        ...input.conferences.partners.map((p) => [
          'attended',
          p.name,
          null,
          p.attended,
          null,
          null,
        ]),
        ...input.costs.hours.map((h) => [
          'hours',
          h.organisationName,
          h.year,
          h.entries,
          (h.formalMinutes + h.informalMinutes) / 60,
          h.pilotCents === null ? null : h.pilotCents / 100,
        ]),
        ...input.costs.spends.map((s) => [
          'spends',
          s.domain ?? '',
          s.year,
          s.entries,
          null,
          s.cents / 100,
        ]),
      ],
    },
  }
}
