import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  formatDay,
  formatMonth,
  MINKMAN_PHASE_COLOURS,
  MS_PER_DAY,
  type PhaseBand,
  type PhaseRow,
  phaseBands,
  quarterStarts,
} from '../../../domain/index.js'

const day = (date: string) => Date.parse(`${date}T00:00:00Z`)

/**
 * The phase timeline: a row for the whole project and one per participating organisation, each
 * phase a band over time. A band is a button: hover or focus shows its reason, and Tab walks the
 * bands. The same content is in a visually hidden table for screen readers. Colours are the
 * printed report's (MINKMAN_PHASE_COLOURS), so screen and paper read alike.
 */
export function PhaseTimeline(props: {
  rows: readonly PhaseRow[]
  span: { from: string; to: string }
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [active, setActive] = useState<string | null>(null)
  const start = day(props.span.from)
  const days = Math.max(1, (day(props.span.to) - start) / MS_PER_DAY)
  const percent = (date: string) => ((day(date) - start) / MS_PER_DAY / days) * 100
  const rowName = (row: PhaseRow) => row.organisation?.name ?? t('pilotPhases.wholeProject')
  const rows = props.rows.map((row) => ({ row, bands: phaseBands(row.history, props.span.to) }))
  const describe = (row: PhaseRow, band: PhaseBand) =>
    t('pilotPhases.band', {
      who: rowName(row),
      phase: t(`phases.${band.phase}`),
      from: formatDay(band.from, language),
      reason: band.reason ?? t('pilotPhases.startingPhase'),
    })
  return (
    <figure className="ew-phase-timeline" data-testid="phase-timeline">
      <div>
        <div aria-hidden="true" style={{ display: 'flex', height: '1.4rem' }}>
          <span style={{ width: '14rem', flex: 'none' }} />
          <div style={{ position: 'relative', flex: 1 }}>
            {quarterStarts(props.span.from, props.span.to).map((tick) => (
              <span
                key={tick}
                className="ew-muted"
                style={{ position: 'absolute', left: `${percent(tick)}%`, fontSize: '0.85em' }}
              >
                {formatMonth(day(tick), language)}
              </span>
            ))}
          </div>
        </div>
        {rows.map(({ row, bands }) => (
          <div
            key={row.organisation?.id ?? 'whole'}
            style={{ display: 'flex', alignItems: 'center', margin: '4px 0' }}
          >
            <span
              style={{ width: '14rem', flex: 'none', fontWeight: row.organisation ? 400 : 700 }}
            >
              {rowName(row)}
            </span>
            <div style={{ position: 'relative', flex: 1, height: '2rem', background: '#f3f4f6' }}>
              {bands.length === 0 && (
                <span style={{ position: 'absolute', left: 8, top: 6, color: '#4b5563' }}>
                  {t('pilotPhases.noOwnPhase')}
                </span>
              )}
              {bands.map((band) => {
                const key = `${row.organisation?.id ?? 'whole'}-${band.from}`
                const left = percent(band.from)
                const width = Math.max(0.5, percent(band.to) - left)
                return (
                  <button
                    key={key}
                    type="button"
                    aria-label={describe(row, band)}
                    onMouseEnter={() => setActive(key)}
                    onMouseLeave={() => setActive(null)}
                    onFocus={() => setActive(key)}
                    onBlur={() => setActive(null)}
                    style={{
                      position: 'absolute',
                      left: `${left}%`,
                      width: `${width}%`,
                      top: 0,
                      bottom: 0,
                      background: MINKMAN_PHASE_COLOURS[band.phase],
                      color: '#ffffff',
                      border: '1px solid #ffffff',
                      overflow: 'hidden',
                      whiteSpace: 'nowrap',
                      textOverflow: 'ellipsis',
                      textAlign: 'left',
                      padding: '0 6px',
                      font: 'inherit',
                      cursor: 'default',
                    }}
                  >
                    {t(`phases.${band.phase}`)}
                  </button>
                )
              })}
              {bands.map((band) => {
                const key = `${row.organisation?.id ?? 'whole'}-${band.from}`
                if (active !== key) return null
                return (
                  <span
                    key={key}
                    role="tooltip"
                    style={{
                      position: 'absolute',
                      left: `${Math.min(percent(band.from), 60)}%`,
                      top: '2.2rem',
                      background: '#1a1a1a',
                      color: '#ffffff',
                      padding: '4px 8px',
                      maxWidth: '28rem',
                      zIndex: 10,
                    }}
                  >
                    {describe(row, band)}
                  </span>
                )
              })}
            </div>
          </div>
        ))}
      </div>
      <figcaption className="ew-muted">
        {t('pilotPhases.caption', {
          from: formatDay(props.span.from, language),
          to: formatDay(props.span.to, language),
        })}
      </figcaption>
      <table className="ew-visually-hidden">
        <caption>{t('pilotPhases.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pilotPhases.who')}</th>
            <th scope="col">{t('pilotPhases.phase')}</th>
            <th scope="col">{t('pilotPhases.from')}</th>
            <th scope="col">{t('pilotPhases.to')}</th>
            <th scope="col">{t('pilotPhases.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap(({ row, bands }) =>
            bands.map((band) => (
              <tr key={`${row.organisation?.id ?? 'whole'}-${band.from}`}>
                <td>{rowName(row)}</td>
                <td>{t(`phases.${band.phase}`)}</td>
                <td>{formatDay(band.from, language)}</td>
                <td>{formatDay(band.to, language)}</td>
                <td>{band.reason ?? t('pilotPhases.startingPhase')}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </figure>
  )
}
