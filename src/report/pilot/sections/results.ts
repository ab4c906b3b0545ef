import { formatEuro, formatNumber, formatPercent, stakeholderName } from '../../../domain/index.js'
import { escapeHtml } from '../../format.js'
import type { PilotReportInput } from '../input.js'
import { MIN_RATE_OBSERVATIONS, type PilotSection, say, tableHtml } from '../section.js'

/** Whether the effect analysis' smaller group is large enough for its readings (rates) to be shown. */
export const effectShown = (effect: NonNullable<PilotReportInput['effect']>) =>
  Math.min(effect.pilot, effect.comparison) >= MIN_RATE_OBSERVATIONS

/** The case-based result: the business case of the signed-off table conversations. */
export const caseBasedSection: PilotSection = (input, language) => {
  const { result, coverage } = input.businessCase
  const euro = (v: number) => formatEuro(v, language)
  const coverageText = say(
    language,
    `${coverage.signedOff} van ${coverage.total} tafelgesprekken zijn afgetekend; het resultaat gaat over de afgetekende.${coverage.restricted > 0 ? ` ${coverage.restricted} gesprek(ken) van bewoners die bezwaar maakten of beperking vroegen, tellen niet mee.` : ''}`,
    `${coverage.signedOff} of ${coverage.total} table conversations are signed off; the result is over the signed-off ones.${coverage.restricted > 0 ? ` ${coverage.restricted} conversation(s) of residents who objected or asked for restriction are left out.` : ''}`,
  )
  const html = result
    ? [
        `<p class="headline">${say(
          language,
          `Per casus gemiddeld <strong>${euro(Math.abs(result.meanDifference))}</strong> ${result.meanDifference >= 0 ? 'minder' : 'meer'} kosten dan zonder de aanpak (95%-interval van het verschil ${euro(result.ciLow)} tot ${euro(result.ciHigh)}; ${result.n} casussen).`,
          `On average <strong>${euro(Math.abs(result.meanDifference))}</strong> ${result.meanDifference >= 0 ? 'less' : 'more'} cost per case than without the approach (95% interval of the difference ${euro(result.ciLow)} to ${euro(result.ciHigh)}; ${result.n} cases).`,
        )}</p>`,
        `<p>${escapeHtml(coverageText)}</p>`,
        tableHtml(
          [
            say(language, 'Wie', 'Who'),
            say(language, 'Met aanpak', 'With approach'),
            say(language, 'Zonder', 'Without'),
            say(language, 'Verschil', 'Difference'),
          ],
          result.perStakeholder.map((s) => [
            stakeholderName(s.stakeholder, language),
            { num: euro(s.interventie) },
            { num: euro(s.referentie) },
            { num: euro(s.difference) },
          ]),
        ),
      ].join('')
    : `<p>${escapeHtml(coverageText)} ${say(language, 'Er is nog geen afgetekend tafelgesprek, dus nog geen resultaat.', 'No table conversation is signed off yet, so there is no result yet.')}</p>`
  return {
    id: 'case-based',
    title: say(language, 'Resultaat uit de tafelgesprekken', 'Result of the table conversations'),
    html,
    provenance: [
      {
        figure: say(language, 'Besparing per casus', 'Saving per case'),
        source: say(
          language,
          'business case van de afgetekende tafelgesprekken (Effectencalculator)',
          'business case of the signed-off table conversations (Effectencalculator)',
        ),
        observations: result?.n ?? 0,
      },
    ],
    sheet: {
      header: ['measure', 'stakeholder', 'value'],
      rows: result
        ? [
            ['n', '', result.n],
            ['meanDifference', '', result.meanDifference],
            ['ciLow', '', result.ciLow],
            ['ciHigh', '', result.ciHigh],
            ...result.perStakeholder.map((s) => ['difference', s.stakeholder, s.difference]),
          ]
        : [['n', '', 0]],
    },
  }
}

/** The register-based result: the latest finished effect analysis and the MKBA ratio with its interval. */
export const registerBasedSection: PilotSection = (input, language) => {
  const { effect, mkba } = input
  const ratio = (v: number | null) => (v === null ? '—' : formatEuro(v, language, 2))
  const parts: string[] = []
  if (effect) {
    parts.push(
      `<h3>${say(language, 'Effectanalyse', 'Effect analysis')} — ${escapeHtml(effect.name)} (${say(language, 'versie', 'version')} ${effect.version})</h3>`,
      `<p>${say(language, `Pilotgroep ${effect.pilot}, vergelijkingsgroep ${effect.comparison} personen.`, `Pilot group ${effect.pilot}, comparison group ${effect.comparison} people.`)}</p>`,
      effectShown(effect)
        ? `<ul>${effect.outcomes.map((o) => `<li>${escapeHtml(o.reading?.[language] ?? o.name)}</li>`).join('')}</ul>`
        : `<p>${say(language, `Een groep is kleiner dan ${MIN_RATE_OBSERVATIONS}: de uitkomsten staan er niet als percentage bij.`, `A group is smaller than ${MIN_RATE_OBSERVATIONS}: the outcomes are not shown as rates.`)}</p>`,
    )
  } else
    parts.push(
      `<p>${say(language, 'Er is nog geen afgeronde effectanalyse.', 'There is no finished effect analysis yet.')}</p>`,
    )
  if (mkba) {
    parts.push(
      `<h3>MKBA (${say(language, 'versie', 'version')} ${mkba.version})</h3>`,
      `<p class="headline">${say(
        language,
        `Elke geïnvesteerde euro levert <strong>${ratio(mkba.ratio)}</strong> op aan maatschappelijke baten, ${ratio(mkba.ratioFinancial)} in geld (90%-interval ${ratio(mkba.ratioP5)} tot ${ratio(mkba.ratioP95)}).`,
        `Each euro invested returns <strong>${ratio(mkba.ratio)}</strong> in social benefits, ${ratio(mkba.ratioFinancial)} in money (90% interval ${ratio(mkba.ratioP5)} to ${ratio(mkba.ratioP95)}).`,
      )}</p>`,
      `<p>${say(
        language,
        `Kosten ${formatEuro(mkba.pvCosts, language)}, baten ${formatEuro(mkba.pvBenefits, language)} (contante waarde). Kans dat de baten hoger zijn dan de kosten: ${formatPercent(mkba.probRatioAbove1, language)} (${formatNumber(mkba.draws, language, 0)} trekkingen).`,
        `Costs ${formatEuro(mkba.pvCosts, language)}, benefits ${formatEuro(mkba.pvBenefits, language)} (present value). Chance that the benefits exceed the costs: ${formatPercent(mkba.probRatioAbove1, language)} (${formatNumber(mkba.draws, language, 0)} draws).`,
      )}</p>`,
    )
  } else
    parts.push(
      `<p>${say(language, 'Er is nog geen opgeslagen MKBA-model.', 'There is no saved MKBA model yet.')}</p>`,
    )
  return {
    id: 'register-based',
    title: say(language, 'Resultaat uit de registers', 'Result from the registers'),
    html: parts.join(''),
    provenance: [
      {
        figure: say(language, 'Effect', 'Effect'),
        source: say(
          language,
          'de laatste afgeronde effectanalyse van een registerbestand',
          'the latest finished effect analysis of a register extract',
        ),
        observations: effect ? effect.pilot + effect.comparison : 0,
      },
      {
        figure: 'MKBA',
        source: say(
          language,
          'het opgeslagen MKBA-model met Monte Carlo',
          'the saved MKBA model with Monte Carlo',
        ),
        observations: mkba?.draws ?? 0,
      },
    ],
    sheet: {
      header: ['measure', 'value'],
      rows: [
        ['effect.version', effect?.version ?? null],
        ['effect.pilot', effect?.pilot ?? null],
        ['effect.comparison', effect?.comparison ?? null],
        ...(effect && effectShown(effect)
          ? effect.outcomes.map((o) => [`effect.${o.name}`, o.reading?.[language] ?? null])
          : []),
        ['mkba.version', mkba?.version ?? null],
        ['mkba.ratio', mkba?.ratio ?? null],
        ['mkba.ratioFinancial', mkba?.ratioFinancial ?? null],
        ['mkba.ratioP5', mkba?.ratioP5 ?? null],
        ['mkba.ratioP95', mkba?.ratioP95 ?? null],
        ['mkba.draws', mkba?.draws ?? null],
        ['mkba.seed', mkba?.seed ?? null],
      ],
    },
  }
}
