import { useId } from 'react'

/**
 * Counts at the first and the last measurement side by side per row (a ZRM score), in plain
 * SVG (CSP-safe). A hidden count (null) is drawn as no bar with the suppressed mark.
 */
export function BeforeAfterChart(props: {
  title: string
  labels: { first: string; last: string }
  suppressed: string
  rows: ReadonlyArray<{ label: string; first: number | null; last: number | null }>
}) {
  const id = useId()
  const max = Math.max(1, ...props.rows.flatMap((r) => [r.first ?? 0, r.last ?? 0]))
  const rowHeight = 34
  const labelWidth = 80
  const width = 360
  const barSpace = width - labelWidth - 40
  const bar = (count: number | null, y: number, kind: 'first' | 'last') => {
    const w = count === null ? 0 : (count / max) * barSpace
    return (
      <>
        <rect
          x={labelWidth}
          y={y}
          width={Math.max(w, 1)}
          height={12}
          className={kind === 'first' ? 'ew-chart__bar ew-chart__bar--muted' : 'ew-chart__bar'}
        />
        <text x={labelWidth + w + 4} y={y + 10} className="ew-chart__value">
          {count === null ? props.suppressed : count}
        </text>
      </>
    )
  }
  return (
    <figure className="ew-figure">
      <svg
        viewBox={`0 0 ${width} ${props.rows.length * rowHeight + 8}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="ew-chart"
      >
        <title id={`${id}-title`}>
          {`${props.title}: ${props.rows
            .map((r) => `${r.label} ${r.first ?? props.suppressed} → ${r.last ?? props.suppressed}`)
            .join('; ')}`}
        </title>
        {props.rows.map((row, i) => {
          const y = i * rowHeight + 4
          return (
            <g key={row.label}>
              <text x={labelWidth - 6} y={y + 18} textAnchor="end" className="ew-chart__label">
                {row.label}
              </text>
              {bar(row.first, y, 'first')}
              {bar(row.last, y + 14, 'last')}
            </g>
          )
        })}
      </svg>
      <figcaption>
        {props.title} — {props.labels.first} / {props.labels.last}
      </figcaption>
    </figure>
  )
}
