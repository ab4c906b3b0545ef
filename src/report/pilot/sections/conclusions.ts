import { formatDay, formatEuro, formatNumber, MINKMAN_PHASE_NAMES } from '../../../domain/index.js'
import { escapeHtml } from '../../format.js'
import { type PilotSection, say } from '../section.js'
import { activityTotals } from './activities.js'
import { effectShown } from './results.js'

/**
 * The opening page: what was done, what it cost, what it yielded and what we learned, in short
 * sentences a council member reads in five minutes (B1 Dutch). Every figure is one of the
 * sections' that follow, where its source and number of observations stand.
 */
export const conclusionsSection: PilotSection = (input, language) => {
  const t = activityTotals(input)
  const euro = (cents: number) => formatEuro(cents / 100, language)
  const organisations = input.phases.rows.filter((r) => r.organisation !== null)
  const until = input.project.periodEnd
    ? formatDay(input.project.periodEnd, language)
    : say(language, 'nu', 'now')
  const done: string[] = [
    say(
      language,
      `Van ${formatDay(input.project.periodStart, language)} tot ${until} werkten ${organisations.length} organisaties samen. Het ging om ${input.project.participantCount} inwoners.`,
      `From ${formatDay(input.project.periodStart, language)} to ${until}, ${organisations.length} organisations worked together, for ${input.project.participantCount} residents.`,
    ),
    say(
      language,
      `Er waren ${t.conferences} casusoverleggen. Medewerkers schreven ${formatNumber(t.minutes / 60, language, 0)} uur.`,
      `${t.conferences} case conferences were held. Staff recorded ${formatNumber(t.minutes / 60, language, 0)} hours.`,
    ),
  ]
  const cost = [
    say(
      language,
      `De uren kostten ${euro(t.hoursCents)}. Uit het budget ging ${euro(t.spendCents)} naar ${t.spends} uitgaven.`,
      `The hours cost ${euro(t.hoursCents)}. ${euro(t.spendCents)} of the budget went to ${t.spends} spends.`,
    ),
  ]
  const bc = input.businessCase.result
  const yielded: string[] = []
  // the interval of the mean difference spans zero: the sign itself is not known
  const unsure = bc !== null && bc.ciLow < 0 && bc.ciHigh > 0
  if (bc)
    yielded.push(
      say(
        language,
        `Aan tafel bespraken we ${bc.n} casussen. Met de aanpak waren de kosten per casus gemiddeld ${formatEuro(Math.abs(bc.meanDifference), language)} ${bc.meanDifference >= 0 ? 'lager' : 'hoger'}.${unsure ? ' Dat is nog onzeker: het kan ook een besparing of een meerprijs zijn.' : ''}`,
        `We discussed ${bc.n} cases at the table. With the approach, the cost per case was on average ${formatEuro(Math.abs(bc.meanDifference), language)} ${bc.meanDifference >= 0 ? 'lower' : 'higher'}.${unsure ? ' That is still uncertain: it may be a saving or an extra cost.' : ''}`,
      ),
    )
  if (input.effect && effectShown(input.effect) && input.effect.outcomes[0]?.reading)
    yielded.push(input.effect.outcomes[0].reading[language])
  if (input.mkba?.ratio != null)
    yielded.push(
      say(
        language,
        `Elke euro die we erin staken, levert ${formatEuro(input.mkba.ratio, language, 2)} op voor de samenleving. In geld is dat ${formatEuro(input.mkba.ratioFinancial ?? 0, language, 2)}.`,
        `Each euro we put in returns ${formatEuro(input.mkba.ratio, language, 2)} to society; ${formatEuro(input.mkba.ratioFinancial ?? 0, language, 2)} of it in money.`,
      ),
    )
  if (yielded.length === 0)
    yielded.push(
      say(language, 'Er is nog geen resultaat gemeten.', 'No result has been measured yet.'),
    )
  // partners without a phase of their own follow the whole project
  const current = organisations.flatMap((r) => {
    const last = r.history.at(-1)
    return last ? [{ name: r.organisation?.name ?? '', phase: last.phase }] : []
  })
  const phasesNamed = current
    .map((c) => `${c.name}: ${MINKMAN_PHASE_NAMES[c.phase][language]}`)
    .join('; ')
  const open = input.phases.checklist.filter((i) => i.done === null)
  const learned = [
    new Set(current.map((c) => c.phase)).size > 1
      ? say(
          language,
          `De partners zitten niet allemaal in dezelfde fase. ${phasesNamed}.`,
          `The partners are not all in the same phase. ${phasesNamed}.`,
        )
      : say(
          language,
          `De partners zitten in dezelfde fase${current.length > 0 ? ` (${phasesNamed})` : ''}.`,
          `The partners are in the same phase${current.length > 0 ? ` (${phasesNamed})` : ''}.`,
        ),
    say(
      language,
      `Van de ${input.phases.checklist.length} punten die de literatuur per fase verwacht, zijn er ${input.phases.checklist.length - open.length} gedaan.`,
      `Of the ${input.phases.checklist.length} points the literature expects per phase, ${input.phases.checklist.length - open.length} are done.`,
    ),
  ]
  const block = (title: string, lines: readonly string[]) =>
    `<h3>${title}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
  return {
    id: 'conclusions',
    title: say(language, 'Conclusies', 'Conclusions'),
    html: [
      block(say(language, 'Wat hebben we gedaan?', 'What did we do?'), done),
      block(say(language, 'Wat kostte het?', 'What did it cost?'), cost),
      block(say(language, 'Wat leverde het op?', 'What did it yield?'), yielded),
      block(say(language, 'Wat hebben we geleerd?', 'What did we learn?'), learned),
      `<p class="small">${say(language, 'Waar elk getal vandaan komt en op hoeveel waarnemingen het rust, staat bij de hoofdstukken hierna.', 'Where each figure comes from and how many observations it rests on is stated with the chapters that follow.')}</p>`,
    ].join(''),
    provenance: [],
  }
}
