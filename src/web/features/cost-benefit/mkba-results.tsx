import { useTranslation } from 'react-i18next'
import type { MkbaAnalysis } from '../../../mkba/index.js'
import { Alert, Heading, Table } from '../../ui/index.js'

/** The answer a council member reads first, recomputed in the browser on every edit. */
export function MkbaResults(props: { result: MkbaAnalysis }) {
  const { t, i18n } = useTranslation()
  const r = props.result
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL'
  const euro = (v: number, digits = 0) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(v)
  const perEuro = (v: number | null) => (v === null ? '—' : euro(v, 2))
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
      </dl>
      <Table
        caption={t('mkba.perStakeholder')}
        rowKey={(s) => s.stakeholder}
        rows={r.perStakeholder}
        columns={[
          { header: t('mkba.stakeholder'), cell: (s) => s.stakeholder },
          { header: t('mkba.costs'), cell: (s) => euro(s.pvCosts), numeric: true },
          { header: t('mkba.benefits'), cell: (s) => euro(s.pvBenefits), numeric: true },
          { header: t('mkba.net'), cell: (s) => euro(s.net), numeric: true },
        ]}
      />
      {r.tornado.length > 0 && (
        <Table
          caption={t('mkba.tornado')}
          rowKey={(b) => b.parameter}
          rows={r.tornado}
          columns={[
            { header: t('mkba.parameter'), cell: (b) => b.parameter },
            { header: t('mkba.npvLow'), cell: (b) => euro(b.npvLow), numeric: true },
            { header: t('mkba.npvHigh'), cell: (b) => euro(b.npvHigh), numeric: true },
          ]}
        />
      )}
      {r.unquantified.length > 0 && (
        <>
          <Heading level={3}>{t('mkba.unquantified')}</Heading>
          <ul>
            {r.unquantified.map((u) => (
              <li key={u.id}>
                <strong>{u.sign}</strong> {u.label} ({u.stakeholder})
              </li>
            ))}
          </ul>
        </>
      )}
      {r.warnings.map((w) => (
        <Alert key={w} type="warning">
          {w}
        </Alert>
      ))}
    </section>
  )
}
