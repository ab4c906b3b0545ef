import {
  EFFECT_ANALYSIS_RULES,
  formatNumber,
  type PublishedCount,
  type PublishedResults,
  publishedResults,
  type StudyResult,
  shownCount,
  suppressionReason,
} from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'
import { type PlannedPilot, pilotDesignHtml } from '../mkba/index.js'
import { Plot, renderPlot } from '../plot.js'
import { REPORT_CSS } from '../report.css.js'

const FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'
const PILOT = '#154273'
const COMPARISON = '#c2581a'

const T = {
  nl: {
    title: 'Effectanalyse',
    summary: 'Samenvatting',
    design: 'Opzet',
    balance: 'Balans van de groepen',
    covariate: 'Kenmerk',
    before: 'SMD voor',
    after: 'SMD na',
    love: 'Gestandaardiseerde verschillen voor (grijs) en na (blauw) de correctie; |SMD| < 0,1 geldt als goede balans',
    km: 'Overleving zonder gebeurtenis',
    kmCaption: 'Kaplan–Meier, pilot (blauw) en vergelijking (oranje)',
    forest: 'Alle effecten',
    outcome: 'Uitkomst',
    estimate: 'Schatting',
    ci: '95%-BI',
    p: 'p',
    scale: 'Schaal',
    warnings: 'Waarschuwingen',
    riskDifferences: 'Risicoverschillen',
    hazardRatios: 'Hazard ratio’s',
    matched: (matched: string, unmatched: string) =>
      `${matched} pilotdeelnemers gekoppeld, ${unmatched} niet gekoppeld`,
    smdDenominator: (estimand: string) =>
      estimand === 'ATT'
        ? 'standaardafwijking van de pilotgroep in de hele steekproef (binair: √(p(1 − p)))'
        : 'gepoolde standaardafwijking √((s²_pilot + s²_vergelijking)/2)',
    n: (a: string, p: string, c: string, d: string) =>
      `${a} personen geanalyseerd (${p} pilot, ${c} vergelijking); ${d} rijen weggelaten wegens ontbrekende kenmerken.`,
    missing: 'Ontbrekende waarden per kolom',
    atRisk: 'Aantal nog at risk op tijdstip',
    pilot: 'Pilot',
    comparison: 'Vergelijking',
  },
  en: {
    title: 'Effect analysis',
    summary: 'Summary',
    design: 'Design',
    balance: 'Balance of the groups',
    covariate: 'Covariate',
    before: 'SMD before',
    after: 'SMD after',
    love: 'Standardised differences before (grey) and after (blue) adjustment; |SMD| < 0.1 counts as good balance',
    km: 'Survival without the event',
    kmCaption: 'Kaplan–Meier, pilot (blue) and comparison (orange)',
    forest: 'All effects',
    outcome: 'Outcome',
    estimate: 'Estimate',
    ci: '95% CI',
    p: 'p',
    scale: 'Scale',
    warnings: 'Warnings',
    riskDifferences: 'Risk differences',
    hazardRatios: 'Hazard ratios',
    matched: (matched: string, unmatched: string) =>
      `${matched} pilot matched, ${unmatched} unmatched`,
    smdDenominator: (estimand: string) =>
      estimand === 'ATT'
        ? 'standard deviation of the pilot group in the full sample (binary: √(p(1 − p)))'
        : 'pooled standard deviation √((s²_pilot + s²_comparison)/2)',
    n: (a: string, p: string, c: string, d: string) =>
      `${a} people analysed (${p} pilot, ${c} comparison); ${d} rows left out for missing covariates.`,
    missing: 'Missing values per column',
    atRisk: 'Number still at risk at time',
    pilot: 'Pilot',
    comparison: 'Comparison',
  },
} as const

/**
 * The effect analysis as one self-contained HTML page: readings, balance and love plot, KM
 * curves with the numbers at risk, forest plots. It shows the published results (counts below
 * 10 as "<10", secondary suppression; publishedResults), for the CLI's report as for the app's;
 * with the project's pilot design (the app), what the design could detect beside what was measured.
 */
export function effectAnalysisReportHtml(results: StudyResult, planned?: PlannedPilot): string {
  const result: PublishedResults = publishedResults(results)
  const page = (language: ReportLanguage) => {
    const m = T[language]
    // No estimate (not shown, an infinite hazard ratio, an interval that does not exist) shows as a dash.
    const num = (x: number | null, d = 2) =>
      x !== null && Number.isFinite(x) ? formatNumber(x, language, d) : '—'
    const count = (c: PublishedCount) =>
      escapeHtml(shownCount(c, (x) => formatNumber(x, language, 0)))
    const missing = result.missingByColumn
    const design = result.spec.design
    const loveRows = result.balance.flatMap((b) => [
      { covariate: b.covariate, smd: Math.abs(b.smdBefore), when: 'before' },
      { covariate: b.covariate, smd: Math.abs(b.smdAfter), when: 'after' },
    ])
    const love =
      result.balance.length === 0
        ? ''
        : renderPlot({
            width: 340,
            height: 30 + 18 * result.balance.length,
            marginLeft: 150,
            style: FONT,
            x: { label: '|SMD|', grid: true },
            y: { label: null, domain: result.balance.map((b) => b.covariate) },
            color: { domain: ['before', 'after'], range: ['#999', PILOT] },
            marks: [
              Plot.ruleX([0.1], { stroke: '#a4000f', strokeDasharray: '3,2' }),
              Plot.dot(loveRows, { x: 'smd', y: 'covariate', fill: 'when', r: 3.5 }),
            ],
          })
    const atRiskTable = (atRisk: PublishedResults['outcomes'][number]['atRisk']) =>
      atRisk
        ? `<table class="small"><thead><tr><th>${m.atRisk}</th>${atRisk.times.map((t) => `<th class="num">${num(t, 0)}</th>`).join('')}</tr></thead><tbody>${(['pilot', 'comparison'] as const).map((g) => `<tr><td>${m[g]}</td>${atRisk.counts[g].map((c) => `<td class="num">${count(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
        : ''
    const kmCharts = result.outcomes
      .filter((o) => o.km.length > 0)
      .map((o) => {
        const points = o.km.flatMap((curve) => [
          { group: curve.group, time: 0, survival: 1 },
          ...curve.time.map((t, i) => ({
            group: curve.group,
            time: t,
            survival: curve.survival[i] ?? Number.NaN,
          })),
        ])
        return `<figure>${renderPlot({
          width: 340,
          height: 200,
          style: FONT,
          x: { label: o.name, grid: true },
          y: { label: null, domain: [0, 1], grid: true },
          color: { domain: ['pilot', 'comparison'], range: [PILOT, COMPARISON] },
          marks: [
            Plot.line(points, { x: 'time', y: 'survival', stroke: 'group', curve: 'step-after' }),
          ],
        })}<figcaption>${m.kmCaption}: ${escapeHtml(o.name)}</figcaption>${atRiskTable(o.atRisk)}</figure>`
      })
    const forestRows = result.outcomes.flatMap((o) =>
      o.estimate !== null && o.ciLow !== null && o.ciHigh !== null
        ? [{ name: o.name, estimate: o.estimate, low: o.ciLow, high: o.ciHigh, scale: o.scale }]
        : [],
    )
    const forest = (rows: typeof forestRows, ref: number, log: boolean) =>
      rows.length === 0
        ? ''
        : renderPlot({
            width: 340,
            height: 30 + 24 * rows.length,
            marginLeft: 130,
            style: FONT,
            x: { type: log ? 'log' : 'linear', label: null, grid: true },
            y: { label: null, domain: rows.map((r) => r.name) },
            marks: [
              Plot.ruleX([ref], { stroke: '#888' }),
              Plot.link(rows, { x1: 'low', x2: 'high', y1: 'name', y2: 'name', stroke: PILOT }),
              Plot.dot(rows, { x: 'estimate', y: 'name', fill: PILOT, r: 4 }),
            ],
          })
    const ratios = forestRows.filter((r) => r.scale.startsWith('hazard'))
    const risks = forestRows.filter((r) => r.scale.startsWith('risk'))
    return `<section lang="${language}">
<h1>${m.title}</h1>
<p class="meta">${m.n(count(result.n.analysed), count(result.n.pilot), count(result.n.comparison), count(result.droppedRows))} ${m.design}: ${escapeHtml(design.method)}${design.method === 'nearest' ? ` 1:${design.ratio}${design.caliper ? `, caliper ${design.caliper} SD` : ''}${result.matching ? ` — ${m.matched(count(result.matching.treated), count(result.matching.unmatchedTreated))}` : ''}` : ''}, ${design.estimand}.</p>
${missing.length ? `<p class="meta">${m.missing}: ${missing.map((c) => `${escapeHtml(c.column)} ${count(c.rows)}`).join(', ')}.</p>` : ''}
<p class="small">&lt;${EFFECT_ANALYSIS_RULES.threshold}: ${suppressionReason('primary', EFFECT_ANALYSIS_RULES)[language]} ·: ${suppressionReason('secondary', EFFECT_ANALYSIS_RULES)[language]}</p>
<h2>${m.summary}</h2>
<ul>${result.outcomes.map((o) => `<li>${escapeHtml(o.reading[language])}</li>`).join('')}</ul>
${planned ? pilotDesignHtml(planned, language, result.outcomes) : ''}
<h2>${m.forest}</h2>
<table><thead><tr><th>${m.outcome}</th><th>${m.scale}</th><th class="num">${m.estimate}</th><th class="num">${m.ci}</th><th class="num">${m.p}</th></tr></thead>
<tbody>${result.outcomes.map((o) => `<tr><td>${escapeHtml(o.name)}</td><td>${escapeHtml(o.scale)}</td><td class="num">${num(o.estimate, 3)}</td><td class="num">${num(o.ciLow, 3)} – ${num(o.ciHigh, 3)}</td><td class="num">${num(o.p, 4)}</td></tr>`).join('')}</tbody></table>
<div class="charts">${risks.length ? `<figure>${forest(risks, 0, false)}<figcaption>${m.riskDifferences}</figcaption></figure>` : ''}${ratios.length ? `<figure>${forest(ratios, 1, true)}<figcaption>${m.hazardRatios}</figcaption></figure>` : ''}</div>
${kmCharts.length ? `<h2>${m.km}</h2><div class="charts">${kmCharts.join('')}</div>` : ''}
${result.balance.length ? `<h2>${m.balance}</h2><div class="charts"><table><thead><tr><th>${m.covariate}</th><th class="num">${m.before}</th><th class="num">${m.after}</th></tr></thead><tbody>${result.balance.map((b) => `<tr><td>${escapeHtml(b.covariate)}</td><td class="num">${num(b.smdBefore, 3)}</td><td class="num">${num(b.smdAfter, 3)}</td></tr>`).join('')}</tbody></table><figure>${love}<figcaption>${m.love}</figcaption></figure></div><p class="small">SMD: ${m.smdDenominator(design.estimand)}</p>` : ''}
${result.warningDetails.length ? `<h3>${m.warnings}</h3><ul class="warnings">${result.warningDetails.map((w) => `<li>${escapeHtml(w[language])}</li>`).join('')}</ul>` : ''}
</section>`
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Effectanalyse — Effect analysis</title><style>${REPORT_CSS}</style></head><body><main>${page('nl')}<div class="page-break"></div>${page('en')}</main></body></html>`
}
