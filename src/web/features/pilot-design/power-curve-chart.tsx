import { useTranslation } from 'react-i18next'
import type { PilotAssessment } from '../../../domain/index.js'
import { niceTicks } from '../../ui/chart.js'
import { usePercent } from '../../ui/index.js'

const WIDTH = 640
const HEIGHT = 260
const LEFT = 48
const RIGHT = 12
const TOP = 12
const BOTTOM = 36

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
  const xTicks = niceTicks(0, last)
  const x = (n: number) => LEFT + (n / last) * (WIDTH - LEFT - RIGHT)
  const y = (p: number) => TOP + (1 - p) * (HEIGHT - TOP - BOTTOM)
  const title = t('pilotDesign.chartTitle')
  return (
    <figure className="ew-figure ew-figure--wide">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="power-curve-title"
        className="ew-chart"
      >
        <title id="power-curve-title">{title}</title>
        {[0, 0.2, 0.4, 0.6, 0.8, 1].map((p) => (
          <g key={p}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(p)}
              y2={y(p)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text x={LEFT - 6} y={y(p) + 4} textAnchor="end" className="ew-chart__label">
              {percent(p)}
            </text>
          </g>
        ))}
        {xTicks.map((n) => (
          <text key={n} x={x(n)} y={HEIGHT - 14} textAnchor="middle" className="ew-chart__label">
            {n}
          </text>
        ))}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(props.targetPower)}
          y2={y(props.targetPower)}
          stroke="#b00020"
          strokeDasharray="8 4"
        />
        {props.plannedPilot <= last && (
          <line
            x1={x(props.plannedPilot)}
            x2={x(props.plannedPilot)}
            y1={TOP}
            y2={HEIGHT - BOTTOM}
            stroke="currentColor"
            strokeDasharray="1 3"
          />
        )}
        <polyline
          points={curve.map((c) => `${x(c.nPilot)},${y(c.power)}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
        />
      </svg>
      <figcaption>
        {title}
        <ul>
          <li>{t('pilotDesign.targetLegend', { power: percent(props.targetPower) })}</li>
          <li>{t('pilotDesign.plannedLegend', { n: props.plannedPilot })}</li>
        </ul>
      </figcaption>
    </figure>
  )
}
