import type { MkbaAnalysis } from '../../mkba/index.js'
import type { ReportLanguage } from '../format.js'
import { Plot, renderPlot } from '../plot.js'

const COST = '#a4000f'
const BENEFIT = '#2f7d4a'
const NEUTRAL = '#154273'
const FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'

/** Compact axis labels (€ -200K), so ticks never overlap. */
const euroTick = (language: ReportLanguage) => (v: number) =>
  new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(v)

/** Costs to the left, benefits to the right, per stakeholder (present values). */
export function stakeholderChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const rows = result.perStakeholder.flatMap((s) => [
    { stakeholder: s.stakeholder, value: -s.pvCosts, kind: 'cost' },
    { stakeholder: s.stakeholder, value: s.pvBenefits, kind: 'benefit' },
  ])
  return renderPlot({
    width: 340,
    height: 40 + 28 * result.perStakeholder.length,
    marginLeft: 110,
    style: FONT,
    x: { label: null, tickFormat: euroTick(language), ticks: 4, grid: true },
    y: { label: null, domain: result.perStakeholder.map((s) => s.stakeholder) },
    color: { domain: ['cost', 'benefit'], range: [COST, BENEFIT] },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'stakeholder', fill: 'kind' }),
      Plot.dot(result.perStakeholder, { x: 'net', y: 'stakeholder', fill: 'black', r: 3.5 }),
      Plot.ruleX([0]),
    ],
  })
}

/** Yearly real benefits up, costs down, with the cumulative discounted net as a line. */
export function cashFlowChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const bars = result.years.flatMap((y) => [
    { year: String(y.year), value: y.benefits, kind: 'benefit' },
    { year: String(y.year), value: -y.costs, kind: 'cost' },
  ])
  const line = result.years.map((y) => ({ year: String(y.year), value: y.cumulativePvNet }))
  return renderPlot({
    width: 340,
    height: 200,
    marginLeft: 80,
    style: FONT,
    x: { label: null, type: 'band', padding: 0.25 },
    y: { label: null, tickFormat: euroTick(language), ticks: 5, grid: true },
    color: { domain: ['cost', 'benefit'], range: [COST, BENEFIT] },
    marks: [
      Plot.barY(bars, { x: 'year', y: 'value', fill: 'kind' }),
      Plot.line(line, { x: 'year', y: 'value', stroke: NEUTRAL, strokeWidth: 2, marker: 'dot' }),
      Plot.ruleY([0]),
    ],
  })
}

/** One bar per uncertain assumption from NPV(low) to NPV(high); the base NPV as a rule. */
export function tornadoChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const bars = result.tornado.slice(0, 12).map((b) => ({
    parameter: b.parameter,
    from: Math.min(b.npvLow, b.npvHigh),
    to: Math.max(b.npvLow, b.npvHigh),
  }))
  return renderPlot({
    width: 340,
    height: 40 + 22 * bars.length,
    marginLeft: 150,
    style: FONT,
    x: { label: null, tickFormat: euroTick(language), ticks: 3, grid: true },
    y: { label: null, domain: bars.map((b) => b.parameter) },
    marks: [
      Plot.barX(bars, { x1: 'from', x2: 'to', y: 'parameter', fill: NEUTRAL, fillOpacity: 0.8 }),
      Plot.ruleX([result.npv], { stroke: 'black', strokeDasharray: '3,2' }),
      Plot.ruleX([0], { stroke: '#888' }),
    ],
  })
}

/** Histogram of the Monte Carlo NPV; bins below zero in red. */
export function monteCarloChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const bins = (result.monteCarlo?.npvHistogram ?? []).map((b) => ({
    ...b,
    loss: (b.x0 + b.x1) / 2 < 0 ? 'loss' : 'gain',
  }))
  return renderPlot({
    width: 340,
    height: 180,
    marginLeft: 50,
    style: FONT,
    x: { label: null, tickFormat: euroTick(language), ticks: 4 },
    y: { label: null, grid: true },
    color: { domain: ['loss', 'gain'], range: [COST, BENEFIT] },
    marks: [
      Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: 'loss', inset: 0.5 }),
      Plot.ruleX([0], { stroke: 'black' }),
      Plot.ruleY([0]),
    ],
  })
}
