import type { StakeholderCosts } from '../../domain/index.js'
import { formatCompactEuro, formatEuro, stakeholderName } from '../../domain/index.js'
import type { ReportLanguage } from '../format.js'
import { Plot, renderPlot } from '../plot.js'

const FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'

/**
 * The two charts of who pays and who gains: each scenario's costs stacked by stakeholder, and
 * the difference as a waterfall — per stakeholder a step to the right (saves) or to the left
 * (pays more), ending in the whole difference (referentie − interventie).
 */
export function stakeholderCharts(
  rows: readonly StakeholderCosts[],
  language: ReportLanguage,
  scenarios: { readonly interventie: string; readonly referentie: string; readonly total: string },
): { readonly stacked: string; readonly waterfall: string } {
  const euro = (v: number) => formatEuro(v, language)
  const named = rows.map((s) => ({ ...s, name: stakeholderName(s.stakeholder, language) }))
  const stacked = renderPlot({
    width: 380,
    height: 220,
    marginLeft: 70,
    style: FONT,
    x: { label: null },
    y: { label: null, grid: true, tickFormat: (v: number) => euro(v) },
    color: { legend: true, scheme: 'tableau10' },
    marks: [
      Plot.barY(
        named.flatMap((s) => [
          { scenario: scenarios.interventie, stakeholder: s.name, cost: s.interventie },
          { scenario: scenarios.referentie, stakeholder: s.name, cost: s.referentie },
        ]),
        { x: 'scenario', y: 'cost', fill: 'stakeholder' },
      ),
      Plot.ruleY([0]),
    ],
  })
  // A waterfall: each stakeholder's difference steps on from where the previous one ended, and
  // the last bar is the whole difference, so that who carries the saving reads at a glance.
  let running = 0
  const steps = named.map((s) => {
    const from = running
    running += s.difference
    return { name: s.name, from, to: running, gain: s.difference >= 0 }
  })
  const total = scenarios.total
  steps.push({ name: total, from: 0, to: running, gain: running >= 0 })
  const waterfall = renderPlot({
    width: 380,
    height: 40 + 24 * steps.length,
    marginLeft: 150,
    marginRight: 16,
    style: FONT,
    x: {
      label: null,
      grid: true,
      ticks: 4,
      tickFormat: (v: number) => formatCompactEuro(v, language),
    },
    y: { label: null, domain: steps.map((s) => s.name) },
    marks: [
      Plot.barX(steps, {
        x1: 'from',
        x2: 'to',
        y: 'name',
        fill: (d: { gain: boolean; name: string }) =>
          d.name === total ? '#154273' : d.gain ? '#2f7d4a' : '#a4000f',
      }),
      Plot.ruleX([0]),
    ],
  })
  return { stacked, waterfall }
}
