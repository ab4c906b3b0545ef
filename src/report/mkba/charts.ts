import { formatCompactEuro, stakeholderName } from '../../domain/index.js'
import { type MkbaAnalysis, stakeholderParts, type TornadoBar } from '../../mkba/index.js'
import type { ReportLanguage } from '../format.js'
import { Plot, renderPlot } from '../plot.js'
import { MESSAGES } from './messages.js'

const COST = '#a4000f'
const FINANCIAL = '#2f7d4a'
const SOCIAL = '#8cc5a0'
const TRANSFER = '#9aa5b1'
const NEUTRAL = '#154273'
const LOW = '#c26d00'
const FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'
const STACK_PARTS = ['cost', 'money', 'social', 'transfer'] as const
const STACK_COLOURS = { cost: COST, money: FINANCIAL, social: SOCIAL, transfer: TRANSFER }

/** A colour key as HTML (Plot's own legends need a browser DOM). */
export function legend(entries: ReadonlyArray<readonly [string, string]>): string {
  return `<span class="legend">${entries
    .map(([label, colour]) => `<span><i style="background:${colour}"></i>${label}</span>`)
    .join('')}</span>`
}

export function stakeholderLegend(language: ReportLanguage): string {
  const m = MESSAGES[language].stack
  return legend(STACK_PARTS.map((p) => [m[p], STACK_COLOURS[p]] as const))
}

export function tornadoLegend(language: ReportLanguage): string {
  const m = MESSAGES[language]
  return legend([
    [m.low, LOW],
    [m.high, NEUTRAL],
  ])
}

export function monteCarloLegend(language: ReportLanguage): string {
  const m = MESSAGES[language].stack
  return legend([
    [m.loss, COST],
    [m.gain, FINANCIAL],
  ])
}

export function cashFlowLegend(language: ReportLanguage): string {
  const m = MESSAGES[language].stack
  return legend([
    [m.cost, COST],
    [m.benefit, FINANCIAL],
    [m.cumulative, NEUTRAL],
  ])
}

/** Full text width of the report (186 mm) at 96 dpi. */
const FULL = 700
const HALF = 340

/** Compact axis labels (domain formatCompactEuro), so ticks never overlap. */
const euroTick = (language: ReportLanguage) => (v: number) => formatCompactEuro(v, language)

/**
 * Present values per stakeholder stacked by kind: costs to the left, benefits in money,
 * social benefits and transfers received to the right (transfers paid to the left); the dot
 * is each stakeholder's net. Unquantified items have no bar.
 */
export function stakeholderChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const m = MESSAGES[language].stack
  const name = (id: string) => stakeholderName(id, language)
  const rows = stakeholderParts(result.items).map((p) => ({
    ...p,
    stakeholder: name(p.stakeholder),
    part: m[p.part],
  }))
  const nets = result.perStakeholder.map((s) => ({ ...s, stakeholder: name(s.stakeholder) }))
  return renderPlot({
    width: FULL,
    height: 50 + 22 * result.perStakeholder.length,
    marginLeft: 130,
    marginRight: 20,
    style: FONT,
    x: { label: null, tickFormat: euroTick(language), ticks: 6, grid: true },
    y: { label: null, domain: nets.map((s) => s.stakeholder) },
    color: {
      domain: STACK_PARTS.map((p) => m[p]),
      range: STACK_PARTS.map((p) => STACK_COLOURS[p]),
    },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'stakeholder', fill: 'part', order: 'part' }),
      Plot.dot(nets, { x: 'net', y: 'stakeholder', fill: 'black', r: 3.5 }),
      Plot.ruleX([0]),
    ],
  })
}

/** Yearly real benefits up, costs down, with the cumulative discounted net as a line. */
export function cashFlowChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const m = MESSAGES[language].stack
  const bars = result.years.flatMap((y) => [
    { year: String(y.year), value: y.benefits, kind: m.benefit },
    { year: String(y.year), value: -y.costs, kind: m.cost },
  ])
  const line = result.years.map((y) => ({ year: String(y.year), value: y.cumulativePvNet }))
  const yearStep = Math.ceil(result.years.length / 8)
  return renderPlot({
    width: HALF,
    height: 180,
    marginLeft: 70,
    style: FONT,
    // At most about eight year labels, so they never overlap.
    x: {
      label: null,
      type: 'band',
      padding: 0.25,
      tickFormat: (year: string, i: number) => (i % yearStep === 0 ? year : ''),
    },
    y: { label: null, tickFormat: euroTick(language), ticks: 5, grid: true },
    color: { domain: [m.cost, m.benefit], range: [COST, FINANCIAL] },
    marks: [
      Plot.barY(bars, { x: 'year', y: 'value', fill: 'kind' }),
      Plot.line(line, { x: 'year', y: 'value', stroke: NEUTRAL, strokeWidth: 2, marker: 'dot' }),
      Plot.ruleY([0]),
    ],
  })
}

/** "Welbevinden · waarde per eenheid": the item's label and the parameter in words. */
export function tornadoLabel(
  result: MkbaAnalysis,
  bar: TornadoBar,
  language: ReportLanguage,
): string {
  const field = MESSAGES[language].fields[bar.field]
  if (bar.field === 'effect') return `${field}: ${bar.parameter.replace(/^effect:/, '')}`
  if (bar.item === undefined) return field
  const label = result.items.find((i) => i.id === bar.item)?.label ?? bar.item
  const short = label.length > 30 ? `${label.slice(0, 29)}…` : label
  return `${short} · ${field}`
}

/**
 * One bar per uncertain assumption: from the base NPV to the NPV at its low value (orange)
 * and at its high value (blue); the dashed line is the base NPV, the grey one break-even.
 */
export function tornadoChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const m = MESSAGES[language]
  const shown = result.tornado.slice(0, 8)
  const segments = shown.flatMap((b) => {
    const parameter = tornadoLabel(result, b, language)
    return [
      { parameter, from: result.npv, to: b.npvLow, at: m.low },
      { parameter, from: result.npv, to: b.npvHigh, at: m.high },
    ]
  })
  return renderPlot({
    width: FULL,
    height: 40 + 16 * shown.length,
    marginLeft: 300,
    marginRight: 20,
    style: FONT,
    x: { label: null, tickFormat: euroTick(language), ticks: 6, grid: true },
    y: { label: null, domain: shown.map((b) => tornadoLabel(result, b, language)) },
    color: { domain: [m.low, m.high], range: [LOW, NEUTRAL] },
    marks: [
      Plot.barX(segments, { x1: 'from', x2: 'to', y: 'parameter', fill: 'at', fillOpacity: 0.85 }),
      Plot.ruleX([result.npv], { stroke: 'black', strokeDasharray: '3,2' }),
      Plot.ruleX([0], { stroke: '#888' }),
    ],
  })
}

/** Histogram of the Monte Carlo NPV; bins below zero in red, the break-even line in black. */
export function monteCarloChart(result: MkbaAnalysis, language: ReportLanguage): string {
  const m = MESSAGES[language].stack
  const bins = (result.monteCarlo?.npvHistogram ?? []).map((b) => ({
    ...b,
    side: (b.x0 + b.x1) / 2 < 0 ? m.loss : m.gain,
  }))
  return renderPlot({
    width: HALF,
    height: 140,
    marginLeft: 50,
    marginRight: 20,
    style: FONT,
    x: { label: null, tickFormat: euroTick(language), ticks: 4 },
    y: { label: null, grid: true },
    color: { domain: [m.loss, m.gain], range: [COST, FINANCIAL] },
    marks: [
      Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: 'side', inset: 0.5 }),
      Plot.ruleX([0], { stroke: 'black' }),
      Plot.ruleY([0]),
    ],
  })
}
