/**
 * A small horizontal bar chart in plain SVG (CSP-safe: no injected style sheets).
 * Suppressed cells (null) are drawn as a bar of no length with the suppressed label ("·").
 */
export function BarChart(props: {
  title: string
  rows: ReadonlyArray<{ label: string; count: number | null }>
  suppressedLabel: string
}) {
  const max = Math.max(1, ...props.rows.map((r) => r.count ?? 0))
  const rowHeight = 26
  const labelWidth = 150
  const width = 520
  const barSpace = width - labelWidth - 50
  return (
    <figure className="ew-figure">
      <svg
        viewBox={`0 0 ${width} ${props.rows.length * rowHeight + 8}`}
        role="img"
        aria-labelledby="chart-title"
        className="ew-chart"
      >
        <title id="chart-title">{props.title}</title>
        {props.rows.map((row, i) => {
          const y = i * rowHeight + 4
          const w = row.count === null ? 0 : (row.count / max) * barSpace
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="ew-chart__label">
                {row.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(w, 1)}
                height={rowHeight - 8}
                className="ew-chart__bar"
              />
              <text x={labelWidth + w + 6} y={y + 16} className="ew-chart__value">
                {row.count === null ? props.suppressedLabel : row.count}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  )
}
