import {
  checklistFor,
  formatDay,
  MINKMAN_PHASE_NAMES,
  MINKMAN_PHASES,
  timelineSpan,
} from '../../../domain/index.js'
import { escapeHtml } from '../../format.js'
import type { PilotReportInput } from '../input.js'
import { phaseTimelineSvg } from '../phase-timeline-svg.js'
import { type PilotSection, say, tableHtml } from '../section.js'

/** The timeline's span as of the report's day. */
export const reportSpan = (input: PilotReportInput) =>
  timelineSpan(input.phases.periodStart, input.phases.periodEnd, input.madeAt.slice(0, 10))

/** The phase timeline (whole project and each organisation) with every change's reason, and the checklists. */
export const phasesSection: PilotSection = (input, language) => {
  const whole = say(language, 'Hele project', 'Whole project')
  const changes = input.phases.rows.flatMap((row) =>
    row.history.map((c) => ({ ...c, row: row.organisation?.name ?? whole })),
  )
  const done = new Map(input.phases.checklist.map((i) => [i.id, i.done]))
  const checklists = MINKMAN_PHASES.map((phase) => {
    const items = checklistFor(phase)
    const ticked = items.filter((i) => done.get(i.id))
    return `<h4>${escapeHtml(MINKMAN_PHASE_NAMES[phase][language])} — ${say(language, `${ticked.length} van ${items.length} gedaan`, `${ticked.length} of ${items.length} done`)}</h4><ul class="checklist">${items
      .map((i) => {
        const d = done.get(i.id)
        const mark = d
          ? `☑ ${escapeHtml(i.text[language])} <span class="small">(${formatDay(d.date, language)}${d.by ? `, ${escapeHtml(d.by)}` : ''})</span>`
          : `☐ ${escapeHtml(i.text[language])}`
        return `<li>${mark} <span class="small">[${escapeHtml(i.source)}]</span></li>`
      })
      .join('')}</ul>`
  }).join('')
  const html = [
    `<figure>${phaseTimelineSvg(input.phases.rows, reportSpan(input), language)}<figcaption>${say(language, 'Elke balk is een fase, van de wisseling tot de volgende; de redenen staan in de tabel.', 'Each band is a phase, from its change to the next; the reasons are in the table.')}</figcaption></figure>`,
    tableHtml(
      [
        say(language, 'Wie', 'Who'),
        say(language, 'Fase', 'Phase'),
        say(language, 'Vanaf', 'From'),
        say(language, 'Reden', 'Reason'),
      ],
      changes.map((c) => [
        c.row,
        MINKMAN_PHASE_NAMES[c.phase][language],
        formatDay(c.date, language),
        c.reason ?? say(language, 'startfase', 'starting phase'),
      ]),
    ),
    `<h3>${say(language, 'Checklist per fase', 'Checklist per phase')}</h3>`,
    checklists,
  ].join('')
  return {
    id: 'phases',
    title: say(
      language,
      'Fasen van de samenwerking (Minkman)',
      'Phases of the collaboration (Minkman)',
    ),
    html,
    provenance: [
      {
        figure: say(language, 'Fasewisselingen', 'Phase changes'),
        source: say(
          language,
          'fasegeschiedenis, vastgelegd door de pilotleider',
          'phase history, recorded by the pilot manager',
        ),
        observations: changes.length,
      },
      {
        figure: say(language, 'Checklist', 'Checklist'),
        source: say(
          language,
          'checklist per fase (Minkman 2017; issue 16), afgevinkt door de pilotleider',
          'checklist per phase (Minkman 2017; issue 16), ticked by the pilot manager',
        ),
        observations: input.phases.checklist.length,
      },
    ],
    sheet: {
      header: ['row', 'phase', 'date', 'reason', 'changedBy'],
      rows: [
        ...changes.map((c) => [c.row, c.phase, c.date, c.reason, c.changedBy]),
        ...input.phases.checklist.map((i) => [
          'checklist',
          i.phase,
          i.done?.date ?? null,
          i.text[language],
          i.done?.by ?? null,
        ]),
      ],
    },
  }
}
