import type { ReactNode, SVGProps } from 'react'
import type { LinePlot } from './chart.js'

/** A tick: the value it stands at and its text in the user's language. */
export interface Tick {
  readonly value: number
  readonly label: string
}

/**
 * A line chart's figure in plain SVG (the CSP forbids injected styles): the title that names
 * the image, a gridline with its label at each y tick, the x labels, then the chart's own
 * marks and lines (`children`), and below it the title again with the legend items.
 */
export function LineChartFrame(props: {
  plot: LinePlot
  titleId: string
  title: string
  yTicks: readonly Tick[]
  xTicks: readonly Tick[]
  /** The legend's list items. */
  legend: ReactNode
  children: ReactNode
}) {
  const { plot } = props
  return (
    <figure className="ew-figure ew-figure--wide">
      <svg
        viewBox={`0 0 ${plot.width} ${plot.height}`}
        role="img"
        aria-labelledby={props.titleId}
        className="ew-chart"
      >
        <title id={props.titleId}>{props.title}</title>
        {props.yTicks.map((tick) => (
          <g key={tick.value}>
            <Across plot={plot} value={tick.value} stroke="currentColor" strokeOpacity={0.15} />
            <text
              x={plot.left - 6}
              y={plot.y(tick.value) + 4}
              textAnchor="end"
              className="ew-chart__label"
            >
              {tick.label}
            </text>
          </g>
        ))}
        {props.xTicks.map((tick) => (
          <text
            key={tick.value}
            x={plot.x(tick.value)}
            y={plot.height - 14}
            textAnchor="middle"
            className="ew-chart__label"
          >
            {tick.label}
          </text>
        ))}
        {props.children}
      </svg>
      <figcaption>
        {props.title}
        <ul>{props.legend}</ul>
      </figcaption>
    </figure>
  )
}

/** The threshold across the plot at a y value, dashed in red as in every chart of the app. */
export function ThresholdLine(props: { plot: LinePlot; value: number }) {
  return <Across plot={props.plot} value={props.value} stroke="#b00020" strokeDasharray="8 4" />
}

/** A line across the plot at a y value, drawn as `style` says. */
function Across(props: { plot: LinePlot; value: number } & SVGProps<SVGLineElement>) {
  const { plot, value, ...style } = props
  return <line x1={plot.left} x2={plot.right} y1={plot.y(value)} y2={plot.y(value)} {...style} />
}

/** A dotted vertical mark at an x value (the planned size, a phase change). */
export function VerticalMark(props: { plot: LinePlot; value: number }) {
  const { plot } = props
  return (
    <line
      x1={plot.x(props.value)}
      x2={plot.x(props.value)}
      y1={plot.top}
      y2={plot.bottom}
      stroke="currentColor"
      strokeDasharray="1 3"
    />
  )
}

/** A series through [x, y] values; `dash` tells lines apart without colour. */
export function SeriesLine(props: {
  plot: LinePlot
  points: readonly (readonly [number, number])[]
  dash?: string | undefined
}) {
  const { plot } = props
  return (
    <polyline
      points={props.points.map(([x, y]) => `${plot.x(x)},${plot.y(y)}`).join(' ')}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeDasharray={props.dash}
    />
  )
}
