import { useTranslation } from 'react-i18next'
import type { StakeholderCosts } from '../../../domain/index.js'
import { SERIES_COLOURS } from '../../ui/chart.js'
import { useEuro, useStakeholderName } from '../../ui/index.js'

/**
 * Both scenarios as one bar each, split by who pays: how the same case or project costs
 * different stakeholders in the approach and in the reference. The table beside it holds the
 * same numbers for screen readers.
 */
export function ScenarioBars(props: { readonly rows: readonly StakeholderCosts[] }) {
  const { t } = useTranslation()
  const stakeholder = useStakeholderName()
  const euro = useEuro()
  const width = 640
  const left = 110
  const total = Math.max(
    1,
    ...(['interventie', 'referentie'] as const).map((s) =>
      props.rows.reduce((sum, r) => sum + Math.max(0, r[s]), 0),
    ),
  )
  const scale = (v: number) => (Math.max(0, v) / total) * (width - left - 10)
  return (
    <figure className="ew-figure ew-scenario-bars">
      <svg viewBox={`0 0 ${width} 90`} className="ew-chart" role="img" aria-labelledby="bars-title">
        <title id="bars-title">{t('conversation.barsTitle')}</title>
        {(['interventie', 'referentie'] as const).map((scenario, row) => {
          let x = left
          return (
            <g key={scenario}>
              <text x={0} y={row * 40 + 24} className="ew-chart__label">
                {t(`conversation.${scenario}`)}
              </text>
              {props.rows.map((r, k) => {
                const w = scale(r[scenario])
                const rect = (
                  <rect
                    key={r.stakeholder}
                    x={x}
                    y={row * 40 + 8}
                    width={w}
                    height={26}
                    fill={SERIES_COLOURS[k % SERIES_COLOURS.length]}
                  >
                    <title>{`${stakeholder(r.stakeholder)}: ${euro(r[scenario])}`}</title>
                  </rect>
                )
                x += w
                return rect
              })}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="ew-legend">
          {props.rows.map((r, k) => (
            <li key={r.stakeholder}>
              <span
                className="ew-legend__swatch"
                style={{ background: SERIES_COLOURS[k % SERIES_COLOURS.length] }}
              />
              {stakeholder(r.stakeholder)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
