import type { StakeholderCosts } from '../../domain/index.js'
import { formatEuro, type ReportLanguage } from '../format.js'
import { Plot, renderPlot } from '../plot.js'
import { stakeholderName } from './stakeholder-names.js'

const FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'

/**
 * The two charts of who pays and who gains: each scenario's costs stacked by stakeholder, and
 * the difference per stakeholder as bars left (pays more) and right (saves) of zero.
 */
export function stakeholderCharts(
  rows: readonly StakeholderCosts[],
  language: ReportLanguage,
  scenarios: { readonly interventie: string; readonly referentie: string },
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
  const waterfall = renderPlot({
    width: 380,
    height: 40 + 24 * Math.max(1, rows.length),
    marginLeft: 170,
    style: FONT,
    x: { label: null, grid: true, ticks: 4, tickFormat: (v: number) => euro(v) },
    y: { label: null },
    marks: [
      Plot.barX(named, {
        x: 'difference',
        y: 'name',
        fill: (d: { difference: number }) => (d.difference >= 0 ? '#2f7d4a' : '#a4000f'),
      }),
      Plot.ruleX([0]),
    ],
  })
  return { stacked, waterfall }
}
