import { formatNumber, type StartfotoResponse } from '../../../domain/index.js'
import { type PilotSection, say, tableHtml } from '../section.js'

/**
 * The startfoto in the pilot report (issue 16): for the latest round with answers, how far the
 * partners agree with each statement (mean on 1–5) per organisation, and the spread between
 * them — where integrated working means different things to different partners. An
 * organisation's figure appears only as the results route shows it (five answers or more, and
 * no complement that would give a small group away): the report hides what the page hides.
 */
export const startfotoSection: PilotSection<StartfotoResponse> = (_input, language, startfoto) => {
  const round = startfoto.rounds.filter((r) => r.total > 0).at(-1)
  const title = say(
    language,
    'Startfoto: hoe de partners het zien',
    'Startfoto: how the partners see it',
  )
  if (!round)
    return {
      id: 'startfoto',
      title,
      html: `<p>${say(language, 'Er is nog geen startfoto beantwoord.', 'No startfoto has been answered yet.')}</p>`,
      provenance: [],
    }
  const organisations = round.responses.map((r) => r.name)
  const mean = (value: number | undefined) =>
    value === undefined
      ? say(language, 'verborgen', 'hidden')
      : { num: formatNumber(value, language, 1) }
  const rows = round.statements.map((s) => [
    s.text[language],
    mean(s.all?.mean),
    ...s.organisations.map((o) => mean(o.summary?.mean)),
    s.spread === null ? '—' : { num: formatNumber(s.spread, language, 1) },
  ])
  const header = [
    say(language, 'Stelling', 'Statement'),
    say(language, 'Alle partners', 'All partners'),
    ...organisations,
    say(language, 'Verschil', 'Spread'),
  ]
  return {
    id: 'startfoto',
    title,
    html: [
      `<p>${say(
        language,
        `Ronde ${round.number} (geopend ${round.openedOn}): gemiddelde instemming op een schaal van 1 (oneens) tot 5 (eens). Een organisatie met minder dan vijf antwoorden staat alleen in het totaal.`,
        `Round ${round.number} (opened ${round.openedOn}): mean agreement on a scale from 1 (disagree) to 5 (agree). An organisation with fewer than five answers counts only in the total.`,
      )}</p>`,
      tableHtml(header, rows),
    ].join(''),
    provenance: [
      {
        figure: say(language, 'instemming per stelling', 'agreement per statement'),
        source: say(
          language,
          `anonieme startfoto-vragenlijst van de partners, ronde ${round.number}`,
          `the partners' anonymous startfoto questionnaire, round ${round.number}`,
        ),
        observations: round.total,
      },
    ],
    sheet: {
      header,
      rows: rows.map((row) => row.map((cell) => (typeof cell === 'object' ? cell.num : cell))),
    },
  }
}
