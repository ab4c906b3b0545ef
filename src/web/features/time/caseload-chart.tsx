import { useTranslation } from 'react-i18next'
import type { CapacityResponse } from '../../../domain/index.js'
import { linePlot, niceTicks } from '../../ui/chart.js'
import { useQuantity } from '../../ui/index.js'
import {
  LineChartFrame,
  SeriesLine,
  ThresholdLine,
  VerticalMark,
} from '../../ui/line-chart-frame.js'

type Team = CapacityResponse['teams'][number]

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
  const plot = linePlot({ left: 44, xMax: months.length - 1, yMax: ticks.at(-1) ?? 1 })
  const every = Math.ceil(months.length / 8)
  const dashes = ['', '6 4', '2 3', '10 3 2 3']
  return (
    <LineChartFrame
      plot={plot}
      titleId="caseload-title"
      title={t('time.capacity.chartTitle')}
      yTicks={ticks.map((v) => ({ value: v, label: quantity(v) }))}
      xTicks={months.flatMap((m, i) => (i % every === 0 ? [{ value: i, label: m }] : []))}
      legend={
        <>
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
        </>
      }
    >
      {c.phaseChanges.map((p) => {
        const i = months.indexOf(p.date.slice(0, 7))
        return i < 0 ? null : (
          <g key={`${p.phase}-${p.date}`}>
            <VerticalMark plot={plot} value={i} />
            <text x={plot.x(i) + 4} y={plot.top + 10} className="ew-chart__label">
              {t(`phases.${p.phase}`)}
            </text>
          </g>
        )
      })}
      <ThresholdLine plot={plot} value={c.maxCasesPerFte} />
      {c.teams.map((team, k) => (
        <SeriesLine
          key={props.name(team)}
          plot={plot}
          points={team.months.flatMap((m, i) =>
            m.casesPerFte === null ? [] : [[i, m.casesPerFte] as const],
          )}
          dash={dashes[k % dashes.length]}
        />
      ))}
    </LineChartFrame>
  )
}
