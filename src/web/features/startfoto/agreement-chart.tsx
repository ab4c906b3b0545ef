import { useTranslation } from 'react-i18next'
import type { RoundResult } from '../../../domain/index.js'
import { Table, useQuantity } from '../../ui/index.js'

const WIDTH = 640
const LEFT = 16
const RIGHT = 16
const ROW = 56
const TOP = 28
/** A spread of a whole point or more on the five-point scale is drawn as a difference. */
const DIFFERS = 1
/** Marker shapes and colours by organisation (colour is never the only cue). */
const MARKERS = [
  { shape: 'circle', colour: '#1f5fa8' },
  { shape: 'square', colour: '#b34700' },
  { shape: 'triangle', colour: '#2b7a3d' },
  { shape: 'diamond', colour: '#6b3fa0' },
] as const

function Marker(props: { index: number; x: number; y: number }) {
  const { shape, colour } = MARKERS[props.index % MARKERS.length] ?? MARKERS[0]
  const { x, y } = props
  if (shape === 'circle') return <circle cx={x} cy={y} r={6} fill={colour} />
  if (shape === 'square')
    return <rect x={x - 5.5} y={y - 5.5} width={11} height={11} fill={colour} />
  if (shape === 'triangle')
    return <polygon points={`${x},${y - 7} ${x + 7},${y + 6} ${x - 7},${y + 6}`} fill={colour} />
  return (
    <polygon points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`} fill={colour} />
  )
}

/**
 * Where partners differ: per statement a dot per organisation at its mean rating (1–5), the
 * all-partners mean as a tick, and the stretch between the lowest and highest organisation
 * drawn heavy and red when it spans a point or more. The table beside it holds the same.
 */
export function AgreementChart(props: { round: RoundResult }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const quantity = useQuantity()
  const { statements, responses } = props.round
  const organisations = responses.map((r) => ({ id: r.organisationId, name: r.name }))
  const height = TOP + statements.length * ROW + 8
  const x = (mean: number) => LEFT + ((mean - 1) / 4) * (WIDTH - LEFT - RIGHT)
  const title = t('startfoto.chart.title', { round: props.round.number })
  const mean = (value: number | undefined) => (value === undefined ? '—' : quantity(value))
  return (
    <div className="ew-startfoto-chart">
      <figure className="ew-figure ew-figure--wide">
        <figcaption>
          {title}
          <ul className="ew-startfoto-legend">
            {organisations.map((o, i) => (
              <li key={o.id}>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <Marker index={i} x={8} y={8} />
                </svg>{' '}
                {o.name}
              </li>
            ))}
            <li>{t('startfoto.chart.tick')}</li>
            <li>{t('startfoto.chart.differs')}</li>
          </ul>
        </figcaption>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={`agreement-title-${props.round.number}`}
          className="ew-chart"
          data-testid="startfoto-chart"
        >
          <title id={`agreement-title-${props.round.number}`}>{title}</title>
          {[1, 2, 3, 4, 5].map((point) => (
            <g key={point}>
              <line
                x1={x(point)}
                x2={x(point)}
                y1={TOP - 8}
                y2={height - 8}
                stroke="currentColor"
                strokeOpacity={0.15}
              />
              <text x={x(point)} y={14} textAnchor="middle" className="ew-chart__label">
                {point}
              </text>
            </g>
          ))}
          {statements.map((statement, row) => {
            const top = TOP + row * ROW
            const y = top + 34
            const means = statement.organisations.flatMap((o) =>
              o.summary ? [o.summary.mean] : [],
            )
            const differs = statement.spread !== null && statement.spread >= DIFFERS
            return (
              <g key={statement.questionId} data-spread={statement.spread ?? ''}>
                <text x={LEFT} y={top + 14} className="ew-chart__label">
                  {statement.text[language].length > 90
                    ? `${statement.text[language].slice(0, 88)}…`
                    : statement.text[language]}
                </text>
                {means.length >= 2 && (
                  <line
                    x1={x(Math.min(...means))}
                    x2={x(Math.max(...means))}
                    y1={y}
                    y2={y}
                    stroke={differs ? '#b00020' : 'currentColor'}
                    strokeOpacity={differs ? 0.55 : 0.25}
                    strokeWidth={differs ? 10 : 4}
                    strokeLinecap="round"
                  />
                )}
                {statement.all && (
                  <line
                    x1={x(statement.all.mean)}
                    x2={x(statement.all.mean)}
                    y1={y - 11}
                    y2={y + 11}
                    stroke="currentColor"
                    strokeWidth={2}
                  />
                )}
                {statement.organisations.map((o, i) =>
                  o.summary ? (
                    <Marker key={o.organisationId} index={i} x={x(o.summary.mean)} y={y} />
                  ) : null,
                )}
              </g>
            )
          })}
        </svg>
      </figure>
      <Table
        caption={t('startfoto.chart.tableCaption', { round: props.round.number })}
        rowKey={(s) => s.questionId}
        rows={statements}
        columns={[
          { header: t('startfoto.chart.statement'), cell: (s) => s.text[language] },
          ...organisations.map((o) => ({
            header: o.name,
            numeric: true,
            cell: (s: (typeof statements)[number]) => {
              const group = s.organisations.find((g) => g.organisationId === o.id)
              if (!group || group.n === 0) return '—'
              return group.summary
                ? `${mean(group.summary.mean)} (n = ${group.n})`
                : t(`startfoto.hidden.${group.hidden ?? 'small'}`)
            },
          })),
          {
            header: t('startfoto.chart.all'),
            numeric: true,
            cell: (s) =>
              s.all ? `${mean(s.all.mean)} (n = ${s.all.n})` : t('startfoto.hidden.small'),
          },
          {
            header: t('startfoto.chart.spread'),
            numeric: true,
            cell: (s) => (s.spread === null ? '—' : mean(s.spread)),
          },
        ]}
      />
    </div>
  )
}
