import { useTranslation } from 'react-i18next'
import type { PilotAssessment } from '../../../domain/index.js'
import { linePlot, niceTicks } from '../../ui/chart.js'
import { usePercent } from '../../ui/index.js'
import {
  LineChartFrame,
  SeriesLine,
  ThresholdLine,
  VerticalMark,
} from '../../ui/line-chart-frame.js'

/**
 * Power at the smallest difference that matters against the pilot group's size, with the
 * design's target power (dashed) and the planned size (dotted). Plain SVG, as the other charts.
 */
export function PowerCurveChart(props: {
  assessment: PilotAssessment
  plannedPilot: number
  targetPower: number
}) {
  const { t } = useTranslation()
  const percent = usePercent()
  const { curve } = props.assessment
  const last = curve.at(-1)?.nPilot ?? 1
  const plot = linePlot({ left: 48, xMax: last, yMax: 1 })
  return (
    <LineChartFrame
      plot={plot}
      titleId="power-curve-title"
      title={t('pilotDesign.chartTitle')}
      yTicks={[0, 0.2, 0.4, 0.6, 0.8, 1].map((p) => ({ value: p, label: percent(p) }))}
      xTicks={niceTicks(0, last).map((n) => ({ value: n, label: String(n) }))}
      legend={
        <>
          <li>{t('pilotDesign.targetLegend', { power: percent(props.targetPower) })}</li>
          <li>{t('pilotDesign.plannedLegend', { n: props.plannedPilot })}</li>
        </>
      }
    >
      <ThresholdLine plot={plot} value={props.targetPower} />
      {props.plannedPilot <= last && <VerticalMark plot={plot} value={props.plannedPilot} />}
      <SeriesLine plot={plot} points={curve.map((c) => [c.nPilot, c.power] as const)} />
    </LineChartFrame>
  )
}
