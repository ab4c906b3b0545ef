import { useTranslation } from 'react-i18next'
import type { CapacityResponse } from '../../../domain/index.js'
import { niceTicks } from '../../ui/chart.js'
import { useQuantity } from '../../ui/index.js'

type Team = CapacityResponse['teams'][number]

const WIDTH = 640
const HEIGHT = 260
const LEFT = 44
const RIGHT = 12
const TOP = 12
const BOTTOM = 36

/**
 * Open cases per FTE per team and month as lines, the project's threshold as a dashed line and
 * the pilot's phase changes as vertical marks: the explanation beside the effect. Plain SVG
 * (the CSP forbids injected styles); each team's line has its own dash so colour is not needed.
 */
export function CaseloadChart(props: { capacity: CapacityResponse; name: (team: Team) => string }) {
  const { t } = useTranslation()
  const quantity = useQuantity()
  const c = props.capacity
  const months = c.teams[0]?.months.map((m) => m.month) ?? []
  if (months.length === 0) return null
  const values = c.teams.flatMap((team) =>
    team.months.flatMap((m) => (m.casesPerFte === null ? [] : [m.casesPerFte])),
  )
  const ticks = niceTicks(0, Math.max(c.maxCasesPerFte, ...values) * 1.1)
  const top = ticks.at(-1) ?? 1
  const x = (i: number) =>
    LEFT + (months.length === 1 ? 0 : (i / (months.length - 1)) * (WIDTH - LEFT - RIGHT))
  const y = (v: number) => TOP + (1 - v / top) * (HEIGHT - TOP - BOTTOM)
  const dashes = ['', '6 4', '2 3', '10 3 2 3']
  const title = t('time.capacity.chartTitle')
  return (
    <figure className="ew-figure ew-figure--wide">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="caseload-title"
        className="ew-chart"
      >
        <title id="caseload-title">{title}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(v)}
              y2={y(v)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="ew-chart__label">
              {quantity(v)}
            </text>
          </g>
        ))}
        {months.map((m, i) =>
          i % Math.ceil(months.length / 8) === 0 ? (
            <text key={m} x={x(i)} y={HEIGHT - 14} textAnchor="middle" className="ew-chart__label">
              {m}
            </text>
          ) : null,
        )}
        {c.phaseChanges.map((p) => {
          const i = months.indexOf(p.date.slice(0, 7))
          return i < 0 ? null : (
            <g key={`${p.phase}-${p.date}`}>
              <line
                x1={x(i)}
                x2={x(i)}
                y1={TOP}
                y2={HEIGHT - BOTTOM}
                stroke="currentColor"
                strokeDasharray="1 3"
              />
              <text x={x(i) + 4} y={TOP + 10} className="ew-chart__label">
                {t(`phases.${p.phase}`)}
              </text>
            </g>
          )
        })}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(c.maxCasesPerFte)}
          y2={y(c.maxCasesPerFte)}
          stroke="#b00020"
          strokeDasharray="8 4"
        />
        {c.teams.map((team, k) => {
          const points = team.months.flatMap((m, i) =>
            m.casesPerFte === null ? [] : [`${x(i)},${y(m.casesPerFte)}`],
          )
          return (
            <polyline
              key={props.name(team)}
              points={points.join(' ')}
              fill="none"
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray={dashes[k % dashes.length]}
            />
          )
        })}
      </svg>
      <figcaption>
        {title}
        <ul>
          <li>{t('time.capacity.thresholdLegend', { value: quantity(c.maxCasesPerFte) })}</li>
          {c.teams.map((team, k) => (
            <li key={props.name(team)}>
              {t('time.capacity.teamLegend', {
                team: props.name(team),
                line: t(`time.capacity.lines.${k % dashes.length}`),
                last: quantity(team.months.at(-1)?.casesPerFte ?? 0),
              })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
