import { formatEuro, formatNumber, formatPercent, stakeholderName } from '../../domain/index.js'
import type { MkbaAnalysis, MkbaModel } from '../../mkba/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'
import { REPORT_CSS } from '../report.css.js'
import {
  cashFlowChart,
  cashFlowLegend,
  monteCarloChart,
  monteCarloLegend,
  stakeholderChart,
  stakeholderLegend,
  tornadoChart,
  tornadoLegend,
} from './charts.js'
import { glossaryHtml } from './glossary.js'
import { itemTableHtml } from './item-table.js'
import { MESSAGES } from './messages.js'
import { type PlannedPilot, pilotDesignHtml } from './pilot-design-section.js'
import { type MkbaReportContext, reportContextHtml } from './report-context.js'
import { yearRows } from './year-rows.js'

/** Additions to the shared report style: a larger headline and the chart keys. */
const MKBA_CSS = `
@page { margin: 12mm; }
body { padding: 0; }
h2 { margin-top: 4mm; break-after: avoid; }
table, ul { break-inside: avoid; }
.headline { font-size: 14pt; }
.headline strong { font-size: 18pt; color: #154273; }
.legend { display: inline-flex; gap: 3mm; margin-right: 2mm; }
.two-columns { columns: 2; column-gap: 6mm; }
table.compact td, table.compact th { padding: 0.4mm 2mm; }
.warnings { font-size: 9pt; }
.status { font-weight: bold; margin: 0; }
.status-draft { color: #a90061; }
.appendix { break-before: page; }
table.items td.source { font-size: 8pt; max-width: 55mm; }
dl.glossary { font-size: 9pt; display: grid; grid-template-columns: max-content 1fr; gap: 0.6mm 4mm; }
dl.glossary dt { font-weight: bold; }
dl.glossary dd { margin: 0; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.3mm; }
`

export interface MkbaReportInput {
  readonly analysis: MkbaAnalysis
  /** The model the analysis is of, for the table of every item. */
  readonly model: MkbaModel
  readonly context: MkbaReportContext
  /** The project's saved pilot design, printed at the head of the appendix. */
  readonly pilotDesign?: PlannedPilot | undefined
}

/**
 * The MKBA report as one self-contained HTML document (inline CSS and SVG, no scripts), laid
 * out for A4: page 1 the answer (status, headline, figures, who pays and who gains, PM items),
 * page 2 the why and how sure (cash flow, sensitivity, Monte Carlo, warnings), then an appendix
 * with the pilot design (when saved), every item and its source and the terms in one line each.
 */
export function mkbaReportHtml(
  { analysis: result, model, context, pilotDesign }: MkbaReportInput,
  language: ReportLanguage = 'nl',
): string {
  const m = MESSAGES[language]
  const euro = (v: number) => formatEuro(v, language)
  const cents = (ratio: number | null) => (ratio === null ? '—' : formatEuro(ratio, language, 2))
  const cls = (v: number) => (v < 0 ? 'num negative' : 'num')
  const headline =
    result.ratio === null
      ? m.noCosts
      : m.headline(cents(result.ratio), cents(result.ratioFinancial))

  const stakeholderRows = result.perStakeholder
    .map(
      (s) =>
        `<tr><td>${escapeHtml(stakeholderName(s.stakeholder, language))}</td><td class="num">${euro(s.pvCosts)}</td><td class="num">${euro(s.pvBenefits)}</td><td class="${cls(s.net)}">${euro(s.net)}</td></tr>`,
    )
    .join('')
  const unquantified =
    result.unquantified.length === 0
      ? `<p>${m.noUnquantified}</p>`
      : `<ul class="${result.unquantified.length > 3 ? 'two-columns' : ''}">${result.unquantified
          .map(
            (u) =>
              `<li><strong>${u.sign}</strong> ${escapeHtml(u.label)} <span class="small">(${escapeHtml(stakeholderName(u.stakeholder, language))}, ${m.signs[u.sign]})</span></li>`,
          )
          .join('')}</ul>`
  const scenarios =
    result.scenarios.length < 2
      ? ''
      : `<h2>${m.scenarios}</h2><table><thead><tr><th>${m.scenario}</th><th class="num">${m.costs}</th><th class="num">${m.benefits}</th><th class="num">${m.net}</th><th class="num">${m.ratio}</th><th class="num">${m.ratioFinancial}</th></tr></thead><tbody>${result.scenarios
          .map(
            (s) =>
              `<tr><td>${escapeHtml(s.name)}</td><td class="num">${euro(s.pvCosts)}</td><td class="num">${euro(s.pvBenefits)}</td><td class="${cls(s.npv)}">${euro(s.npv)}</td><td class="num">${cents(s.ratio)}</td><td class="num">${cents(s.ratioFinancial)}</td></tr>`,
          )
          .join('')}</tbody></table>`
  const mc = result.monteCarlo
  const monteCarloText = mc
    ? `<p>${m.monteCarloText(
        formatNumber(mc.draws, language, 0),
        formatPercent(mc.probRatioAbove1, language, 1),
        euro(mc.npvP5),
        euro(mc.npvP95),
      )} ${m.monteCarloRatio(cents(mc.ratioP5), cents(mc.ratioP50), cents(mc.ratioP95))}</p>`
    : ''
  const warnings =
    result.warningDetails.length === 0
      ? ''
      : `<h3>${m.warnings}</h3><ul class="warnings">${result.warningDetails.map((w) => `<li>${escapeHtml(w.message[language])}</li>`).join('')}</ul>`
  // Warnings and method sit beside the Monte Carlo histogram when there is one, else below.
  const notes = `${warnings}<p class="small">${m.method}</p>`
  const uncertainty =
    result.tornado.length === 0
      ? `<p>${m.noUncertainty}</p>`
      : `<figure>${tornadoChart(result, language)}<figcaption>${tornadoLegend(language)} ${m.tornadoChart}</figcaption></figure>${
          mc
            ? `<div class="charts"><figure>${monteCarloChart(result, language)}<figcaption>${monteCarloLegend(language)} ${m.monteCarloChart}</figcaption></figure><div>${monteCarloText}${notes}</div></div>`
            : ''
        }`
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${m.title} — ${result.name}`)}</title>${context.organisation === undefined ? '' : `<meta name="author" content="${escapeHtml(context.organisation)}">`}
<style>${REPORT_CSS}${MKBA_CSS}</style></head>
<body>
<main>
<h1>${escapeHtml(result.name)}</h1>
${reportContextHtml(context, language)}
<p class="meta">${m.title}. ${m.assumptionText(result.baseYear, result.priceYear, result.horizonYears, formatPercent(result.discountRate, language, 2), m.timing[result.timing])}</p>
<p class="headline">${headline}</p>
<div class="figures">
  <div class="figure"><div class="label">${m.pvCosts}</div><div class="value">${euro(result.pvCosts)}</div></div>
  <div class="figure"><div class="label">${m.pvBenefits}</div><div class="value">${euro(result.pvBenefits)}</div></div>
  <div class="figure"><div class="label">${m.npv}</div><div class="value ${result.npv < 0 ? 'negative' : 'positive'}">${euro(result.npv)}</div></div>
  <div class="figure"><div class="label">${m.payback}</div><div class="value">${result.paybackYear ?? m.never}</div></div>
</div>
<h2>${m.perStakeholder}</h2>
<table><thead><tr><th>${m.stakeholder}</th><th class="num">${m.costs}</th><th class="num">${m.benefits}</th><th class="num">${m.net}</th></tr></thead>
<tbody>${stakeholderRows}<tr><th>${m.total}</th><th class="num">${euro(result.pvCosts)}</th><th class="num">${euro(result.pvBenefits)}</th><th class="${cls(result.npv)}">${euro(result.npv)}</th></tr></tbody></table>
<figure>${stakeholderChart(result, language)}<figcaption>${stakeholderLegend(language)} ${m.stakeholderChart}</figcaption></figure>
<h2>${m.unquantified}</h2>
${unquantified}
${scenarios}
<section>
<h2>${m.cashFlow}</h2>
<div class="charts">
<figure>${cashFlowChart(result, language)}<figcaption>${cashFlowLegend(language)} ${m.cashFlowChart}</figcaption></figure>
<table class="compact"><thead><tr><th>${m.year}</th><th class="num">${m.costs}</th><th class="num">${m.benefits}</th><th class="num">${m.discountFactor}</th></tr></thead>
<tbody>${yearRows(result.years)
    .map(
      (y) =>
        `<tr><td>${y.label}</td><td class="num">${euro(y.costs)}</td><td class="num">${euro(y.benefits)}</td><td class="num">${y.discountFactor === undefined ? '—' : formatNumber(y.discountFactor, language, 4)}</td></tr>`,
    )
    .join('')}</tbody></table>
</div>
<h2>${m.tornado}${mc ? ` · ${m.monteCarlo}` : ''}</h2>
${uncertainty}
${mc && result.tornado.length > 0 ? '' : notes}
</section>
<section class="appendix">
${pilotDesign ? pilotDesignHtml(pilotDesign, language) : ''}
${itemTableHtml(model, result, language)}
${glossaryHtml(language)}
</section>
</main>
</body></html>`
}
