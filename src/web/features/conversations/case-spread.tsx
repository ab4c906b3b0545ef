import { useTranslation } from 'react-i18next'
import { niceTicks } from '../../ui/chart.js'
import { useEuro } from '../../ui/index.js'

/**
 * Every case's difference on one axis (a dot each, stacked where they coincide), with the mean
 * and its 95% interval as a band: the spread a mean alone hides.
 */
export function CaseSpread(props: {
  readonly differences: ReadonlyArray<{ label: string; value: number }>
  readonly mean: number
  readonly ciLow: number
  readonly ciHigh: number
}) {
  const { t } = useTranslation()
  const euro = useEuro()
  const values = props.differences.map((d) => d.value)
  const lo = Math.min(0, props.ciLow, ...values)
  const hi = Math.max(0, props.ciHigh, ...values)
  const pad = (hi - lo) * 0.05 || 1
  const [x0, x1] = [lo - pad, hi + pad]
  const width = 720
  const x = (v: number) => 20 + ((v - x0) / (x1 - x0)) * (width - 40)
  const bins = new Map<number, number>()
  const dots = [...props.differences]
    .sort((a, b) => a.value - b.value)
    .map((d) => {
      const bin = Math.round(x(d.value) / 8)
      const stack = bins.get(bin) ?? 0
      bins.set(bin, stack + 1)
      return { ...d, cx: x(d.value), cy: 70 - stack * 9 }
    })
  const ticks = niceTicks(x0, x1)
  return (
    <figure className="ew-figure ew-spread">
      <svg
        viewBox={`0 0 ${width} 110`}
        className="ew-chart"
        role="img"
        aria-labelledby="spread-title"
      >
        <title id="spread-title">
          {t('conversation.spreadTitle', {
            n: values.length,
            min: euro(Math.min(...values)),
            max: euro(Math.max(...values)),
          })}
        </title>
        <rect
          x={x(props.ciLow)}
          y={10}
          width={Math.max(1, x(props.ciHigh) - x(props.ciLow))}
          height={70}
          className="ew-spread__ci"
        />
        <line x1={x(props.mean)} x2={x(props.mean)} y1={8} y2={82} className="ew-spread__mean" />
        <line x1={x(0)} x2={x(0)} y1={8} y2={82} className="ew-spread__zero" />
        {dots.map((d) => (
          <circle key={d.label} cx={d.cx} cy={d.cy} r={4} className="ew-spread__dot">
            <title>{`${d.label}: ${euro(d.value)}`}</title>
          </circle>
        ))}
        {ticks.map((v) => (
          <text key={v} x={x(v)} y={100} textAnchor="middle" className="ew-chart__label">
            {euro(v)}
          </text>
        ))}
      </svg>
      <figcaption className="ew-muted">{t('conversation.spreadCaption')}</figcaption>
    </figure>
  )
}
