import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type MkbaAnalysis,
  type MonteCarloResult,
  type StakeholderPartKind,
  stakeholderParts,
  type TornadoBar,
} from '../../../mkba/index.js'
import { moneyScale, niceTicks } from '../../ui/chart.js'
import { useCompactEuro, useEuro, useStakeholderName } from '../../ui/index.js'

// The report's palette (src/report/mkba/charts.ts), so screen and paper read the same.
const PART_COLOURS: Record<StakeholderPartKind, string> = {
  cost: '#a4000f',
  money: '#2f7d4a',
  social: '#8cc5a0',
  transfer: '#9aa5b1',
}
const NEUTRAL = '#154273'
const LOW = '#c26d00'
const WIDTH = 720

/** A figure of one chart: the SVG named by its title, a colour key and a caption below. */
function ChartFigure(props: {
  readonly title: string
  readonly width?: number
  readonly height: number
  readonly legend?: ReadonlyArray<readonly [string, string]>
  readonly caption?: string
  readonly children: React.ReactNode
}) {
  const id = useId()
  return (
    <figure className="ew-figure ew-figure--wide">
      <svg
        viewBox={`0 0 ${props.width ?? WIDTH} ${props.height}`}
        className="ew-chart"
        role="img"
        aria-labelledby={id}
      >
        <title id={id}>{props.title}</title>
        {props.children}
      </svg>
      <figcaption>
        {props.legend && (
          <ul className="ew-legend">
            {props.legend.map(([label, colour]) => (
              <li key={label}>
                <svg className="ew-legend__swatch" viewBox="0 0 10 10" aria-hidden="true">
                  <rect width="10" height="10" fill={colour} />
                </svg>
                {label}
              </li>
            ))}
          </ul>
        )}
        {props.caption && <span className="ew-muted">{props.caption}</span>}
      </figcaption>
    </figure>
  )
}

/** Vertical grid lines with compact euro labels along the bottom of a horizontal chart. */
function MoneyAxis(props: {
  readonly scale: ReturnType<typeof moneyScale>
  readonly top: number
  readonly bottom: number
}) {
  const compact = useCompactEuro()
  return (
    <g>
      {props.scale.ticks.map((v) => (
        <g key={v}>
          <line
            x1={props.scale.at(v)}
            x2={props.scale.at(v)}
            y1={props.top}
            y2={props.bottom}
            stroke={v === 0 ? '#555' : '#ddd'}
          />
          <text
            x={props.scale.at(v)}
            y={props.bottom + 14}
            textAnchor="middle"
            className="ew-chart__label"
          >
            {compact(v)}
          </text>
        </g>
      ))}
    </g>
  )
}

/**
 * Per stakeholder its present values stacked by kind — costs to the left, money, social value
 * and transfers received to the right — with a dot at its net: who pays and who gains.
 */
export function StakeholderChart(props: { readonly result: MkbaAnalysis }) {
  const { t } = useTranslation()
  const stakeholder = useStakeholderName()
  const euro = useEuro()
  const rows = props.result.perStakeholder
  const parts = stakeholderParts(props.result.items)
  // Narrower than the other charts: it stands beside its table, and its text must stay legible.
  const width = 480
  const left = 120
  const rowHeight = 28
  const ends = rows.flatMap((s) => {
    const mine = parts.filter((p) => p.stakeholder === s.stakeholder)
    return [
      mine.reduce((sum, p) => sum + Math.min(0, p.value), 0),
      mine.reduce((sum, p) => sum + Math.max(0, p.value), 0),
    ]
  })
  const scale = moneyScale(ends, left, width - 24)
  const bottom = rows.length * rowHeight + 6
  const kinds = ['cost', 'money', 'social', 'transfer'] as const
  return (
    <ChartFigure
      title={t('mkba.charts.stakeholders')}
      width={width}
      height={bottom + 22}
      legend={[
        ...kinds.map((k) => [t(`mkba.charts.parts.${k}`), PART_COLOURS[k]] as const),
        [t('mkba.charts.netDot'), '#000'],
      ]}
    >
      <MoneyAxis scale={scale} top={0} bottom={bottom} />
      {rows.map((s, row) => {
        const y = row * rowHeight + 6
        let negative = 0
        let positive = 0
        return (
          <g key={s.stakeholder}>
            <text x={left - 8} y={y + 17} textAnchor="end" className="ew-chart__label">
              {stakeholder(s.stakeholder)}
            </text>
            {parts
              .filter((p) => p.stakeholder === s.stakeholder && p.value !== 0)
              .map((p, k) => {
                const from = p.value < 0 ? negative : positive
                const to = from + p.value
                if (p.value < 0) negative = to
                else positive = to
                const x0 = scale.at(Math.min(from, to))
                return (
                  <rect
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts keep their item order
                    key={k}
                    x={x0}
                    y={y + 3}
                    width={Math.max(1, scale.at(Math.max(from, to)) - x0)}
                    height={rowHeight - 10}
                    fill={PART_COLOURS[p.part]}
                  >
                    <title>{`${stakeholder(s.stakeholder)} · ${t(`mkba.charts.parts.${p.part}`)}: ${euro(p.value)}`}</title>
                  </rect>
                )
              })}
            <circle cx={scale.at(s.net)} cy={y + 12} r={4.5} fill="#000">
              <title>{`${stakeholder(s.stakeholder)} · ${t('mkba.net')}: ${euro(s.net)}`}</title>
            </circle>
          </g>
        )
      })}
    </ChartFigure>
  )
}

/** Per year the real benefits up and costs down, and the cumulative discounted net as a line. */
export function CashFlowChart(props: { readonly result: MkbaAnalysis }) {
  const { t } = useTranslation()
  const euro = useEuro()
  const compact = useCompactEuro()
  const years = props.result.years
  const top = 10
  const bottom = 190
  const left = 70
  const values = years.flatMap((y) => [y.benefits, -y.costs, y.cumulativePvNet])
  // Vertical: the scale runs from the bottom (lowest value) up to the top.
  const scale = moneyScale(values, bottom, top)
  const band = (WIDTH - left - 10) / Math.max(1, years.length)
  const cx = (k: number) => left + band * (k + 0.5)
  const line = years.map((y, k) => `${cx(k)},${scale.at(y.cumulativePvNet)}`).join(' ')
  return (
    <ChartFigure
      title={t('mkba.charts.cashFlow')}
      height={bottom + 24}
      legend={[
        [t('mkba.benefits'), PART_COLOURS.money],
        [t('mkba.costs'), PART_COLOURS.cost],
        [t('mkba.charts.cumulative'), NEUTRAL],
      ]}
    >
      {scale.ticks.map((v) => (
        <g key={v}>
          <line
            x1={left}
            x2={WIDTH - 10}
            y1={scale.at(v)}
            y2={scale.at(v)}
            stroke={v === 0 ? '#555' : '#ddd'}
          />
          <text x={left - 6} y={scale.at(v) + 4} textAnchor="end" className="ew-chart__label">
            {compact(v)}
          </text>
        </g>
      ))}
      {years.map((y, k) => (
        <g key={y.year}>
          <rect
            x={cx(k) - band * 0.35}
            y={scale.at(y.benefits)}
            width={band * 0.7}
            height={Math.max(0, scale.at(0) - scale.at(y.benefits))}
            fill={PART_COLOURS.money}
          >
            <title>{`${y.year} · ${t('mkba.benefits')}: ${euro(y.benefits)}`}</title>
          </rect>
          <rect
            x={cx(k) - band * 0.35}
            y={scale.at(0)}
            width={band * 0.7}
            height={Math.max(0, scale.at(-y.costs) - scale.at(0))}
            fill={PART_COLOURS.cost}
          >
            <title>{`${y.year} · ${t('mkba.costs')}: ${euro(y.costs)}`}</title>
          </rect>
          <text x={cx(k)} y={bottom + 16} textAnchor="middle" className="ew-chart__label">
            {y.year}
          </text>
        </g>
      ))}
      <polyline points={line} fill="none" stroke={NEUTRAL} strokeWidth={2.5} />
      {years.map((y, k) => (
        <circle key={y.year} cx={cx(k)} cy={scale.at(y.cumulativePvNet)} r={3.5} fill={NEUTRAL}>
          <title>{`${y.year} · ${t('mkba.charts.cumulative')}: ${euro(y.cumulativePvNet)}`}</title>
        </circle>
      ))}
    </ChartFigure>
  )
}

/**
 * One bar per uncertain assumption, from the base NPV to the NPV at its low value and at its
 * high value; the dashed line is the base NPV. Largest swing on top (the engine's order).
 */
export function TornadoChart(props: {
  readonly result: MkbaAnalysis
  readonly label: (bar: TornadoBar) => string
}) {
  const { t } = useTranslation()
  const euro = useEuro()
  const bars = props.result.tornado.slice(0, 10)
  const base = props.result.npv
  const left = 320
  const rowHeight = 24
  const bottom = bars.length * rowHeight + 6
  const scale = moneyScale(
    bars.flatMap((b) => [b.npvLow, b.npvHigh]).concat(base),
    left,
    WIDTH - 20,
  )
  const segment = (y: number, to: number, colour: string, title: string) => (
    <rect
      x={scale.at(Math.min(base, to))}
      y={y + 3}
      width={Math.max(1, Math.abs(scale.at(to) - scale.at(base)))}
      height={rowHeight - 8}
      fill={colour}
    >
      <title>{title}</title>
    </rect>
  )
  return (
    <ChartFigure
      title={t('mkba.tornado')}
      height={bottom + 22}
      legend={[
        [t('mkba.npvLow'), LOW],
        [t('mkba.npvHigh'), NEUTRAL],
      ]}
      caption={t('mkba.charts.tornadoCaption')}
    >
      <MoneyAxis scale={scale} top={0} bottom={bottom} />
      {bars.map((b, row) => {
        const y = row * rowHeight + 6
        const label = props.label(b)
        return (
          <g key={b.parameter}>
            <text x={left - 8} y={y + 15} textAnchor="end" className="ew-chart__label">
              {label.length > 44 ? `${label.slice(0, 43)}…` : label}
            </text>
            {segment(y, b.npvLow, LOW, `${label} · ${t('mkba.npvLow')}: ${euro(b.npvLow)}`)}
            {segment(y, b.npvHigh, NEUTRAL, `${label} · ${t('mkba.npvHigh')}: ${euro(b.npvHigh)}`)}
          </g>
        )
      })}
      <line
        x1={scale.at(base)}
        x2={scale.at(base)}
        y1={0}
        y2={bottom}
        stroke="#000"
        strokeDasharray="4 3"
      />
    </ChartFigure>
  )
}

/** The Monte Carlo distribution of the NPV: bins below zero red, above green. */
export function MonteCarloChart(props: { readonly monteCarlo: MonteCarloResult }) {
  const { t } = useTranslation()
  const compact = useCompactEuro()
  const bins = props.monteCarlo.npvHistogram
  const top = 8
  const bottom = 150
  const left = 20
  const first = bins[0]
  const last = bins[bins.length - 1]
  if (!first || !last) return null
  const lo = Math.min(first.x0, 0)
  const hi = Math.max(last.x1, 0)
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (WIDTH - 2 * left)
  const most = Math.max(1, ...bins.map((b) => b.count))
  const y = (count: number) => bottom - (count / most) * (bottom - top)
  return (
    <ChartFigure
      title={t('mkba.charts.monteCarlo')}
      height={bottom + 24}
      legend={[
        [t('mkba.charts.loss'), PART_COLOURS.cost],
        [t('mkba.charts.gain'), PART_COLOURS.money],
      ]}
    >
      {bins.map((b) => (
        <rect
          key={b.x0}
          x={x(b.x0) + 0.5}
          y={y(b.count)}
          width={Math.max(0.5, x(b.x1) - x(b.x0) - 1)}
          height={bottom - y(b.count)}
          fill={(b.x0 + b.x1) / 2 < 0 ? PART_COLOURS.cost : PART_COLOURS.money}
        >
          <title>{`${compact(b.x0)} – ${compact(b.x1)}: ${b.count}`}</title>
        </rect>
      ))}
      <line x1={x(0)} x2={x(0)} y1={top} y2={bottom} stroke="#000" strokeWidth={1.5} />
      <line x1={left} x2={WIDTH - left} y1={bottom} y2={bottom} stroke="#555" />
      {niceTicks(lo, hi, 5).map((v) => (
        <text key={v} x={x(v)} y={bottom + 16} textAnchor="middle" className="ew-chart__label">
          {compact(v)}
        </text>
      ))}
    </ChartFigure>
  )
}
