import type { BusinessCaseCoverage, BusinessCaseResult } from '../../domain/index.js'
import { caseLabel, formatEuro, stakeholderName } from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'
import { Plot, renderPlot } from '../plot.js'
import { REPORT_CSS } from '../report.css.js'
import { stakeholderCharts } from './stakeholder-charts.js'

const TEXT = {
  nl: {
    title: 'Businesscase per belanghebbende',
    headline: (n: number, mean: string, lo: string, hi: string) =>
      `Over ${n} casussen kost de aanpak gemiddeld <strong>${mean}</strong> minder dan het alternatief (95%-bootstrapinterval ${lo} tot ${hi}).`,
    headlineMore: (n: number, mean: string, lo: string, hi: string) =>
      `Over ${n} casussen kost de aanpak gemiddeld <strong>${mean}</strong> meer dan het alternatief (95%-bootstrapinterval ${lo} tot ${hi}).`,
    median: 'Mediaan per casus',
    perStakeholder: 'Wie betaalt, wie wint',
    stakeholder: 'Belanghebbende',
    interventie: 'Interventie',
    referentie: 'Referentie',
    difference: 'Verschil (besparing)',
    stacked: 'Kosten per belanghebbende in beide scenario’s, alle casussen samen',
    waterfall:
      'Waterval van het verschil (referentie − interventie): per belanghebbende een stap naar rechts (bespaart) of links (betaalt meer), onderaan het totaal',
    total: 'Totaal',
    cases: 'Casussen',
    distribution: 'Verschil per casus; positief = de aanpak bespaart',
    case: 'Casus',
    moment: 'Meting',
    sensitivity: 'Gevoeligheid',
    byMeasurement:
      'T0 tegenover T1: gemiddeld verschil per meetmoment (alle casussen met die meting)',
    meanDifference: 'Gemiddeld verschil',
    lowConfidence: 'Gemiddeld verschil zonder referentiekaarten met lage zekerheid',
    pricesLow: 'Gemiddeld verschil met lage prijzen',
    pricesHigh: 'Gemiddeld verschil met hoge prijzen',
    rangeCoverage: (withRange: number, used: number) =>
      `${withRange} van de ${used} gebruikte prijzen hebben een bandbreedte; de andere blijven in beide varianten op hun prijs.`,
    warnings: 'Waarschuwingen',
    signedOffOnly: (signedOff: number, total: number) =>
      `Over de ${signedOff} afgetekende van de ${total} tafelgesprekken.`,
    allCases: (signedOff: number, total: number) =>
      `Over alle ${total} tafelgesprekken, waarvan ${signedOff} afgetekend: een werkoverzicht, nog geen eindresultaat.`,
    notSignedOff: (list: string) => `Niet afgetekend: ${list}.`,
    restricted: (n: number) =>
      `${n === 1 ? '1 tafelgesprek telt' : `${n} tafelgesprekken tellen`} niet mee: de inwoner heeft het gebruik van de gegevens beperkt of bezwaar gemaakt (AVG art. 18, 21).`,
    basis: (year: number, list: string) =>
      `Prijspeil ${year}, geïndexeerd met de CBS-consumentenprijsindex; prijslijst ${list}. Verschil = referentie − interventie. Methode: Effectencalculator (tafelgesprekken, twee scenario’s). Gemaakt met Effectwijzer.`,
  },
  en: {
    title: 'Business case per stakeholder',
    headline: (n: number, mean: string, lo: string, hi: string) =>
      `Over ${n} cases the approach costs on average <strong>${mean}</strong> less than the alternative (95% bootstrap interval ${lo} to ${hi}).`,
    headlineMore: (n: number, mean: string, lo: string, hi: string) =>
      `Over ${n} cases the approach costs on average <strong>${mean}</strong> more than the alternative (95% bootstrap interval ${lo} to ${hi}).`,
    median: 'Median per case',
    perStakeholder: 'Who pays, who gains',
    stakeholder: 'Stakeholder',
    interventie: 'Intervention',
    referentie: 'Reference',
    difference: 'Difference (saving)',
    stacked: 'Costs per stakeholder in both scenarios, all cases together',
    waterfall:
      'Waterfall of the difference (reference − intervention): per stakeholder a step to the right (saves) or left (pays more), the total at the bottom',
    total: 'Total',
    cases: 'Cases',
    distribution: 'Difference per case; positive = the approach saves',
    case: 'Case',
    moment: 'Measurement',
    sensitivity: 'Sensitivity',
    byMeasurement: 'T0 versus T1: mean difference per measurement (every case measured then)',
    meanDifference: 'Mean difference',
    lowConfidence: 'Mean difference without low-confidence reference cards',
    pricesLow: 'Mean difference at low prices',
    pricesHigh: 'Mean difference at high prices',
    rangeCoverage: (withRange: number, used: number) =>
      `${withRange} of the ${used} prices used have a range; the others stay at their price in both variants.`,
    warnings: 'Warnings',
    signedOffOnly: (signedOff: number, total: number) =>
      `Over the ${signedOff} signed-off of the ${total} table conversations.`,
    allCases: (signedOff: number, total: number) =>
      `Over all ${total} table conversations, ${signedOff} of them signed off: a working view, not yet a final result.`,
    notSignedOff: (list: string) => `Not signed off: ${list}.`,
    restricted: (n: number) =>
      `${n === 1 ? '1 table conversation is' : `${n} table conversations are`} left out: the resident restricted use of the data or objected (GDPR art. 18, 21).`,
    basis: (year: number, list: string) =>
      `Prices of ${year}, indexed with the CBS consumer price index; price list ${list}. Difference = reference − intervention. Method: Effectencalculator (table conversations, two scenarios). Made with Effectwijzer.`,
  },
} as const

/** Which cases the result is over, which are not signed off, and how many are left out. */
function coverageSentences(
  coverage: BusinessCaseCoverage,
  m: (typeof TEXT)[ReportLanguage],
  language: ReportLanguage,
): string {
  const labels = coverage.notSignedOff.map((id) => caseLabel(id, language)).join(', ')
  return [
    (coverage.cases === 'all' ? m.allCases : m.signedOffOnly)(coverage.signedOff, coverage.total),
    coverage.notSignedOff.length > 0 ? escapeHtml(m.notSignedOff(labels)) : '',
    coverage.restricted > 0 ? m.restricted(coverage.restricted) : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ')
}

const FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'

/** The project's business case as one self-contained HTML page (inline CSS and SVG). */
export function businessCaseReportHtml(
  result: BusinessCaseResult,
  language: ReportLanguage = 'nl',
  title = '',
  coverage?: BusinessCaseCoverage,
  /** Who issues the report (the municipality), as the PDF's author. */
  author?: string,
): string {
  const m = TEXT[language]
  const coverageText = coverage
    ? `<p class="coverage">${coverageSentences(coverage, m, language)}</p>`
    : ''
  const euro = (v: number) => formatEuro(v, language)
  const p = result.project
  const headline = (p.meanDifference >= 0 ? m.headline : m.headlineMore)(
    p.n,
    euro(Math.abs(p.meanDifference)),
    euro(p.ciLow),
    euro(p.ciHigh),
  )
  const charts = stakeholderCharts(p.perStakeholder, language, m)
  const latest = result.perCase
  const distributionSvg = renderPlot({
    width: 700,
    height: 120,
    marginLeft: 40,
    style: FONT,
    x: { label: null, grid: true, tickFormat: (v: number) => euro(v) },
    y: { axis: null },
    marks: [
      Plot.dot(latest, {
        x: 'difference',
        fill: (d: { difference: number }) => (d.difference >= 0 ? '#2f7d4a' : '#a4000f'),
        r: 5,
        fillOpacity: 0.8,
      }),
      Plot.ruleX([0]),
      Plot.ruleX([p.meanDifference], { stroke: '#154273', strokeDasharray: '4,3' }),
    ],
  })
  const row = (cells: string[]) => `<tr>${cells.join('')}</tr>`
  const num = (v: number) => `<td class="num${v < 0 ? ' negative' : ''}">${euro(v)}</td>`
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(`${m.title} ${title}`)}</title>${author === undefined ? '' : `<meta name="author" content="${escapeHtml(author)}">`}<style>${REPORT_CSS}</style></head>
<body><main>
<h1>${escapeHtml(title || m.title)}</h1>
<p class="meta">${m.title}</p>
<p class="headline">${headline}</p>
${coverageText}
<p>${m.median}: ${euro(p.medianDifference)}.</p>
<h2>${m.perStakeholder}</h2>
<table><thead>${row([`<th>${m.stakeholder}</th>`, `<th class="num">${m.interventie}</th>`, `<th class="num">${m.referentie}</th>`, `<th class="num">${m.difference}</th>`])}</thead>
<tbody>${p.perStakeholder.map((s) => row([`<td>${escapeHtml(stakeholderName(s.stakeholder, language))}</td>`, num(s.interventie), num(s.referentie), num(s.difference)])).join('')}</tbody></table>
<div class="charts"><figure>${charts.stacked}<figcaption>${m.stacked}</figcaption></figure><figure>${charts.waterfall}<figcaption>${m.waterfall}</figcaption></figure></div>
<h2>${m.cases}</h2>
<figure>${distributionSvg}<figcaption>${m.distribution}</figcaption></figure>
<table><thead>${row([`<th>${m.case}</th>`, `<th>${m.moment}</th>`, `<th class="num">${m.interventie}</th>`, `<th class="num">${m.referentie}</th>`, `<th class="num">${m.difference}</th>`])}</thead>
<tbody>${result.perCase.map((c) => row([`<td>${escapeHtml(caseLabel(c.caseId, language))}</td>`, `<td>${escapeHtml(c.measurement)}</td>`, num(c.interventie), num(c.referentie), num(c.difference)])).join('')}</tbody></table>
<h3>${m.byMeasurement}</h3>
<table><thead>${row([`<th>${m.moment}</th>`, `<th class="num">${m.cases}</th>`, `<th class="num">${m.meanDifference}</th>`])}</thead>
<tbody>${p.byMeasurement.map((b) => row([`<td>${escapeHtml(b.measurement)}</td>`, `<td class="num">${b.n}</td>`, num(b.meanDifference)])).join('')}</tbody></table>
<h2>${m.sensitivity}</h2>
<ul><li>${m.lowConfidence}: ${euro(result.sensitivity.withoutLowConfidenceReference)}</li><li>${m.pricesLow}: ${euro(result.sensitivity.pricesLow)}</li><li>${m.pricesHigh}: ${euro(result.sensitivity.pricesHigh)}</li></ul><p class="small">${m.rangeCoverage(result.sensitivity.itemsWithRange, result.sensitivity.itemsUsed)}</p>
${p.warningDetails.length ? `<h3>${m.warnings}</h3><ul class="warnings">${p.warningDetails.map((w) => `<li>${escapeHtml(w[language])}</li>`).join('')}</ul>` : ''}
<p class="small">${m.basis(result.baseYear, `${escapeHtml(result.priceList.id)} ${escapeHtml(result.priceList.version)}`)}</p>
</main></body></html>`
}
