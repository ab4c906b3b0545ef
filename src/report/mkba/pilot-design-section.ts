import {
  formatNumber,
  type PilotAssessment,
  type PilotDesign,
  type PublishedOutcome,
} from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'

/** The project's saved pilot design with its assessment, as its reports print it. */
export interface PlannedPilot {
  readonly design: PilotDesign
  readonly assessment: PilotAssessment
}

const TEXT = {
  nl: {
    title: 'Opzet van de pilot',
    outcome: { proportion: 'aandeel', mean: 'gemiddelde', 'time-to-event': 'tijd tot gebeurtenis' },
    inputs: 'Uitgangspunten',
    kind: 'soort uitkomst',
    groups: 'pilotgroep / vergelijkingsgroep',
    followUp: 'looptijd (maanden)',
    baselineShare: 'basisniveau',
    sd: 'standaardafwijking',
    eventRatePerMonth: 'gebeurtenissen per maand (vergelijking)',
    smallestDifference: 'kleinste verschil dat ertoe doet',
    alphaPower: 'α / power',
    needed: (pilot: string, comparison: string) =>
      `Groepen die zouden volstaan: ${pilot} in de pilotgroep en ${comparison} in de vergelijkingsgroep.`,
    against: (detectable: string, measured: string) =>
      `De opzet kon een effect van ${detectable} aantonen; het gemeten effect is ${measured}.`,
    none: 'Er is geen getoonde uitkomst van deze soort gemeten om ernaast te leggen.',
    points: 'procentpunt',
    ci: '95%-BI',
  },
  en: {
    title: 'Design of the pilot',
    outcome: { proportion: 'proportion', mean: 'mean', 'time-to-event': 'time to event' },
    inputs: 'Inputs',
    kind: 'outcome',
    groups: 'pilot group / comparison group',
    followUp: 'follow-up (months)',
    baselineShare: 'baseline',
    sd: 'standard deviation',
    eventRatePerMonth: 'events per month (comparison)',
    smallestDifference: 'smallest difference that matters',
    alphaPower: 'α / power',
    needed: (pilot: string, comparison: string) =>
      `Groups that would suffice: ${pilot} in the pilot group and ${comparison} in the comparison group.`,
    against: (detectable: string, measured: string) =>
      `The design could detect an effect of ${detectable}; the measured effect is ${measured}.`,
    none: 'No shown outcome of this kind was measured to set beside it.',
    points: 'percentage points',
    ci: '95% CI',
  },
} as const

/** The effect on the design's scale: percentage points (proportion), units (mean), a hazard ratio. */
function effectText(design: PilotDesign, value: number, language: ReportLanguage): string {
  if (design.outcome === 'proportion')
    return `${formatNumber(100 * value, language, 1)} ${TEXT[language].points}`
  return formatNumber(value, language, design.outcome === 'mean' ? 1 : 2)
}

/** The register outcome the design was for: the first shown one of its kind. */
function measuredOutcome(
  design: PilotDesign,
  outcomes: readonly PublishedOutcome[],
): PublishedOutcome | undefined {
  const kinds = {
    proportion: ['binary'],
    mean: ['continuous', 'count', 'cost', 'difference-in-differences'],
    'time-to-event': ['time-to-event'],
  }[design.outcome]
  return outcomes.find((o) => o.shown && o.estimate !== null && kinds.includes(o.type))
}

/**
 * The pilot design as a short section: the one-sentence answer, the inputs and the group size
 * that would suffice; with `outcomes` (the effect analysis's report), the design's detectable
 * effect beside the measured one.
 */
export function pilotDesignHtml(
  planned: PlannedPilot,
  language: ReportLanguage,
  outcomes?: readonly PublishedOutcome[],
): string {
  const m = TEXT[language]
  const { design, assessment } = planned
  const n = (x: number, digits = 0) => formatNumber(x, language, digits)
  const share = (x: number) => `${n(100 * x, 1)}%`
  const specific: [string, string] =
    design.outcome === 'proportion'
      ? [m.baselineShare, share(design.baselineShare)]
      : design.outcome === 'mean'
        ? [m.sd, n(design.sd, 1)]
        : [m.eventRatePerMonth, share(design.eventRatePerMonth)]
  const inputs: [string, string][] = [
    [m.kind, m.outcome[design.outcome]],
    [m.groups, `${n(design.nPilot)} / ${n(design.nComparison)}`],
    [m.followUp, n(design.followUpMonths, Number.isInteger(design.followUpMonths) ? 0 : 1)],
    specific,
    [m.smallestDifference, effectText(design, design.smallestDifference, language)],
    [m.alphaPower, `${n(design.alpha, 2)} / ${share(design.power)}`],
  ]
  const measured = outcomes && measuredOutcome(design, outcomes)
  const against =
    outcomes === undefined
      ? ''
      : `<p data-section="design-against-measured">${
          measured && measured.estimate !== null
            ? escapeHtml(
                m.against(
                  effectText(design, assessment.detectableDifference, language),
                  `${effectText(design, measured.estimate, language)}${
                    measured.ciLow !== null && measured.ciHigh !== null
                      ? ` (${m.ci} ${effectText(design, measured.ciLow, language)} – ${effectText(design, measured.ciHigh, language)}; ${measured.name})`
                      : ` (${measured.name})`
                  }`,
                ),
              )
            : m.none
        }</p>`
  return `<div class="pilot-design"><h2>${m.title}</h2>
<p>${escapeHtml(assessment.sentence[language])}</p>
${against}
<table class="small"><caption>${m.inputs}</caption><tbody>${inputs
    .map(
      ([key, value]) =>
        `<tr><th scope="row">${key}</th><td class="num">${escapeHtml(value)}</td></tr>`,
    )
    .join('')}</tbody></table>
<p>${escapeHtml(m.needed(n(assessment.needed.nPilot), n(assessment.needed.nComparison)))}</p>
</div>`
}
