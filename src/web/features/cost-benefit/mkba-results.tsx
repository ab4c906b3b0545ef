import { useTranslation } from 'react-i18next'
import type { MkbaAnalysis, MonteCarloResult, TornadoBar } from '../../../mkba/index.js'
import {
  Alert,
  Heading,
  Table,
  useEuro,
  usePercent,
  useQuantity,
  useStakeholderName,
} from '../../ui/index.js'
import { CashFlowChart, MonteCarloChart, StakeholderChart, TornadoChart } from './mkba-charts.js'

/**
 * The answer a council member reads first, recomputed in the browser on every edit: the
 * headline, who pays and who gains, the cash flow, which assumption matters, and how sure
 * the answer is (Monte Carlo, computed a moment later so typing stays quick).
 */
export function MkbaResults(props: {
  readonly result: MkbaAnalysis
  readonly monteCarlo: { readonly result: MonteCarloResult | undefined; readonly stale: boolean }
}) {
  const { t, i18n } = useTranslation()
  const stakeholder = useStakeholderName()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const euro = useEuro()
  const r = props.result
  const perEuro = (v: number | null) => (v === null ? '—' : euro(v, 2))
  const percent = usePercent()
  const quantity = useQuantity()
  /** "Welbevinden · waarde per eenheid": the item's label and the assumption in words. */
  const tornadoLabel = (bar: TornadoBar) => {
    const field = t(`mkba.fields.${bar.field}`)
    if (bar.field === 'effect') return `${field}: ${bar.parameter.replace(/^effect:/, '')}`
    if (bar.item === undefined) return field
    const item = r.items.find((i) => i.id === bar.item)?.label ?? bar.item
    return `${item.length > 28 ? `${item.slice(0, 27)}…` : item} · ${field}`
  }
  const mc = props.monteCarlo.result
  return (
    <section aria-labelledby="mkba-results" className="ew-results">
      <Heading level={2} id="mkba-results">
        {t('mkba.results')}
      </Heading>
      <p className="ew-headline">
        {r.ratio === null
          ? t('mkba.noCosts')
          : t('mkba.headline', { all: perEuro(r.ratio), money: perEuro(r.ratioFinancial) })}
      </p>
      <dl className="ew-figures">
        <div>
          <dt>{t('mkba.pvCosts')}</dt>
          <dd>{euro(r.pvCosts)}</dd>
        </div>
        <div>
          <dt>{t('mkba.pvBenefits')}</dt>
          <dd>{euro(r.pvBenefits)}</dd>
        </div>
        <div>
          <dt>{t('mkba.npv')}</dt>
          <dd>{euro(r.npv)}</dd>
        </div>
        <div>
          <dt>{t('mkba.payback')}</dt>
          <dd>{r.paybackYear ?? t('mkba.never')}</dd>
        </div>
        {mc && (
          <div>
            <dt>{t('mkba.probBreakEven')}</dt>
            <dd className={props.monteCarlo.stale ? 'ew-stale' : undefined}>
              {percent(mc.probRatioAbove1)}
            </dd>
          </div>
        )}
      </dl>
      <p className="ew-muted">
        {t('mkba.basis', {
          priceYear: r.priceYear,
          baseYear: r.baseYear,
          rate: percent(r.discountRate, 2),
          timing: t(`mkba.timingStated.${r.timing}`),
        })}
      </p>

      <div className="ew-two-columns">
        <div>
          <Heading level={3}>{t('mkba.perStakeholder')}</Heading>
          <StakeholderChart result={r} />
        </div>
        <Table
          caption={t('mkba.perStakeholderTable')}
          rowKey={(s) => s.stakeholder}
          rows={r.perStakeholder}
          columns={[
            { header: t('mkba.stakeholder'), cell: (s) => stakeholder(s.stakeholder) },
            { header: t('mkba.costs'), cell: (s) => euro(s.pvCosts), numeric: true },
            { header: t('mkba.benefits'), cell: (s) => euro(s.pvBenefits), numeric: true },
            { header: t('mkba.net'), cell: (s) => euro(s.net), numeric: true },
          ]}
        />
      </div>

      {r.scenarios.length > 1 && (
        <Table
          caption={t('mkba.scenarios')}
          rowKey={(s) => s.id}
          rows={r.scenarios}
          columns={[
            { header: t('mkba.scenario'), cell: (s) => s.name },
            { header: t('mkba.costs'), cell: (s) => euro(s.pvCosts), numeric: true },
            { header: t('mkba.benefits'), cell: (s) => euro(s.pvBenefits), numeric: true },
            { header: t('mkba.net'), cell: (s) => euro(s.npv), numeric: true },
            { header: t('mkba.perEuro'), cell: (s) => perEuro(s.ratio), numeric: true },
            {
              header: t('mkba.perEuroMoney'),
              cell: (s) => perEuro(s.ratioFinancial),
              numeric: true,
            },
          ]}
        />
      )}

      <Heading level={3}>{t('mkba.charts.cashFlow')}</Heading>
      <CashFlowChart result={r} />
      <details className="ew-details">
        <summary>{t('mkba.charts.cashFlowTable')}</summary>
        <Table
          caption={t('mkba.charts.cashFlow')}
          rowKey={(y) => String(y.year)}
          rows={r.years}
          columns={[
            { header: t('mkba.year'), cell: (y) => y.year },
            { header: t('mkba.costs'), cell: (y) => euro(y.costs), numeric: true },
            { header: t('mkba.benefits'), cell: (y) => euro(y.benefits), numeric: true },
            {
              header: t('mkba.discountFactor'),
              cell: (y) => y.discountFactor.toFixed(4),
              numeric: true,
            },
            {
              header: t('mkba.charts.cumulative'),
              cell: (y) => euro(y.cumulativePvNet),
              numeric: true,
            },
          ]}
        />
      </details>

      {r.tornado.length > 0 ? (
        <>
          <Heading level={3}>{t('mkba.tornado')}</Heading>
          <TornadoChart result={r} label={tornadoLabel} />
          <details className="ew-details">
            <summary>{t('mkba.charts.tornadoTable')}</summary>
            <Table
              caption={t('mkba.tornado')}
              rowKey={(b) => b.parameter}
              rows={r.tornado}
              columns={[
                { header: t('mkba.parameter'), cell: tornadoLabel },
                { header: t('mkba.npvLow'), cell: (b) => euro(b.npvLow), numeric: true },
                { header: t('mkba.npvHigh'), cell: (b) => euro(b.npvHigh), numeric: true },
              ]}
            />
          </details>
        </>
      ) : (
        <p>{t('mkba.noUncertainty')}</p>
      )}

      {r.tornado.length > 0 && (
        <>
          <Heading level={3}>{t('mkba.monteCarlo')}</Heading>
          {mc ? (
            <div
              className={props.monteCarlo.stale ? 'ew-stale' : undefined}
              aria-busy={props.monteCarlo.stale}
            >
              <p>
                {t('mkba.monteCarloText', {
                  draws: quantity(mc.draws),
                  p: percent(mc.probRatioAbove1),
                  pMoney: percent(mc.probRatioFinancialAbove1),
                  low: euro(mc.npvP5),
                  high: euro(mc.npvP95),
                  ratioLow: perEuro(mc.ratioP5),
                  ratioHigh: perEuro(mc.ratioP95),
                })}
              </p>
              <MonteCarloChart monteCarlo={mc} />
            </div>
          ) : (
            <p className="ew-muted">{t('common.loading')}</p>
          )}
        </>
      )}

      <Heading level={3}>{t('mkba.unquantified')}</Heading>
      {r.unquantified.length > 0 ? (
        <ul>
          {r.unquantified.map((u) => (
            <li key={u.id}>
              <strong>{u.sign}</strong> {u.label} ({stakeholder(u.stakeholder)},{' '}
              {t(`mkba.signs.${u.sign}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('mkba.noUnquantified')}</p>
      )}
      {r.warningDetails.map((w) => (
        <Alert key={w.message.en} type="warning">
          {w.message[language]}
        </Alert>
      ))}
    </section>
  )
}
