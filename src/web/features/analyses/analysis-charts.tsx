import { useId } from 'react'
import { niceTicks, SERIES_COLOURS } from '../../ui/chart.js'
import { type KmCurveView, noEffect, type OutcomeView, type ResultsView } from './results-view.js'

// Plain SVG charts (the CSP forbids the style sheets chart libraries inject), ticks by d3-scale.
const WIDTH = 640
const LABEL = 240
const RIGHT = 24

function linear(lo: number, hi: number, from: number, to: number) {
  const span = hi - lo || 1
  return (v: number) => from + ((v - lo) / span) * (to - from)
}

function Axis(props: { ticks: readonly number[]; x: (v: number) => number; y: number }) {
  return (
    <g>
      <line x1={LABEL} x2={WIDTH - RIGHT} y1={props.y} y2={props.y} stroke="currentColor" />
      {props.ticks.map((tick) => (
        <text
          key={tick}
          x={props.x(tick)}
          y={props.y + 16}
          textAnchor="middle"
          className="ew-chart__label"
        >
          {tick}
        </text>
      ))}
    </g>
  )
}

/** Love plot: |SMD| per covariate before (open) and after (filled) adjustment, the 0.1 line. */
export function LovePlot(props: { balance: ResultsView['balance']; title: string }) {
  const id = useId()
  const rows = props.balance
  const max = Math.max(
    0.2,
    ...rows.flatMap((b) => [b.smdBefore ?? 0, b.smdAfter ?? 0].map(Math.abs)),
  )
  const x = linear(0, max, LABEL, WIDTH - RIGHT)
  const row = 22
  const height = rows.length * row + 30
  return (
    <figure className="ew-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={id} className="ew-chart">
        <title id={id}>{props.title}</title>
        <line x1={x(0.1)} x2={x(0.1)} y1={0} y2={height - 30} stroke="#888" strokeDasharray="4 3" />
        {rows.map((b, i) => {
          const y = i * row + 14
          return (
            <g key={b.covariate}>
              <text x={LABEL - 8} y={y + 4} textAnchor="end" className="ew-chart__label">
                {b.covariate}
              </text>
              {b.smdBefore !== null && (
                <circle
                  cx={x(Math.abs(b.smdBefore))}
                  cy={y}
                  r={5}
                  fill="none"
                  stroke={SERIES_COLOURS[1]}
                  strokeWidth={2}
                />
              )}
              {b.smdAfter !== null && (
                <circle cx={x(Math.abs(b.smdAfter))} cy={y} r={5} fill={SERIES_COLOURS[0]} />
              )}
            </g>
          )
        })}
        <Axis ticks={niceTicks(0, max, 5)} x={x} y={height - 28} />
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  )
}

/** Forest plot: each effect with its 95% interval on its own scale, the no-effect line dashed. */
export function ForestPlot(props: {
  outcomes: readonly OutcomeView[]
  title: string
  format: (v: number) => string
}) {
  const id = useId()
  const row = 34
  const shown = props.outcomes.filter((o) => o.estimate !== null)
  const height = shown.length * row + 8
  return (
    <figure className="ew-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={id} className="ew-chart">
        <title id={id}>{props.title}</title>
        {shown.map((o, i) => {
          const none = noEffect(o)
          const estimate = o.estimate ?? none
          const low = o.ciLow ?? estimate
          const high = o.ciHigh ?? estimate
          const lo = Math.min(low, none)
          const hi = Math.max(high, none)
          const pad = (hi - lo) * 0.1 || 1
          const x = linear(lo - pad, hi + pad, LABEL, WIDTH - RIGHT - 150)
          const y = i * row + 18
          return (
            <g key={o.name}>
              <text x={LABEL - 8} y={y + 4} textAnchor="end" className="ew-chart__label">
                {o.name}
              </text>
              <line
                x1={x(none)}
                x2={x(none)}
                y1={y - 12}
                y2={y + 12}
                stroke="#888"
                strokeDasharray="3 3"
              />
              <line
                x1={x(low)}
                x2={x(high)}
                y1={y}
                y2={y}
                stroke={SERIES_COLOURS[0]}
                strokeWidth={2}
              />
              <rect x={x(estimate) - 5} y={y - 5} width={10} height={10} fill={SERIES_COLOURS[0]} />
              <text x={WIDTH - RIGHT - 140} y={y + 4} className="ew-chart__value">
                {`${props.format(estimate)} (${props.format(low)} – ${props.format(high)})`}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  )
}

/** Kaplan–Meier step curves of the pilot and comparison group (share without the event yet). */
export function KmChart(props: {
  curves: readonly KmCurveView[]
  title: string
  groupName: (group: KmCurveView['group']) => string
}) {
  const id = useId()
  const last = Math.max(1, ...props.curves.flatMap((c) => c.time))
  const lowest = Math.min(...props.curves.flatMap((c) => c.survival), 1)
  const floor = Math.max(0, Math.floor(lowest * 10) / 10 - 0.1)
  const height = 260
  const x = linear(0, last, 60, WIDTH - RIGHT)
  const y = linear(floor, 1, height - 50, 10)
  return (
    <figure className="ew-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={id} className="ew-chart">
        <title id={id}>{props.title}</title>
        {niceTicks(floor, 1, 4).map((tick) => (
          <text key={tick} x={52} y={y(tick) + 4} textAnchor="end" className="ew-chart__label">
            {tick}
          </text>
        ))}
        <line x1={60} x2={60} y1={10} y2={height - 50} stroke="currentColor" />
        <line x1={60} x2={WIDTH - RIGHT} y1={height - 50} y2={height - 50} stroke="currentColor" />
        {niceTicks(0, last, 6).map((tick) => (
          <text
            key={tick}
            x={x(tick)}
            y={height - 34}
            textAnchor="middle"
            className="ew-chart__label"
          >
            {tick}
          </text>
        ))}
        {props.curves.map((curve, k) => {
          let path = `M ${x(0)} ${y(1)}`
          curve.time.forEach((time, i) => {
            path += ` H ${x(time)} V ${y(curve.survival[i] ?? 1)}`
          })
          const colour = SERIES_COLOURS[k] ?? SERIES_COLOURS[0]
          return (
            <g key={curve.group}>
              <path d={path} fill="none" stroke={colour} strokeWidth={2} />
              <rect x={70 + k * 180} y={height - 18} width={12} height={12} fill={colour} />
              <text x={88 + k * 180} y={height - 8} className="ew-chart__label">
                {props.groupName(curve.group)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  )
}
