import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { caseLabel, DEFAULTS, EARLIEST_CPI_YEAR, LATEST_CPI_YEAR } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Alert, Heading, SelectField, Table, useEuro } from '../../ui/index.js'
import { CaseSpread } from './case-spread.js'
import { ScenarioBars } from './scenario-bars.js'
import { StakeholderTable } from './stakeholder-table.js'

/**
 * The project result over all cases: the mean saving per case with its bootstrap interval,
 * every case on one axis, who pays and who gains, T0 against T1, and how prices and unsure
 * reference cards move the answer.
 */
export function ProjectBusinessCase(props: { projectId: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const euro = useEuro()
  const [baseYear, setBaseYear] = useState(String(LATEST_CPI_YEAR))
  const [discount, setDiscount] = useState('')
  const [cases, setCases] = useState<'all' | 'signed-off'>('all')
  const options = { cases, baseYear, ...(discount ? { discountRate: discount } : {}) }
  const params = { id: props.projectId }
  const answer = useQuery({
    queryKey: ['business-case', props.projectId, cases, baseYear, discount],
    queryFn: () => callRoute(contract.businessCase.get, { params, query: options }),
  })
  if (answer.isError) return <Alert type="error">{answer.error.message}</Alert>
  if (!answer.data) return <p>{t('common.loading')}</p>
  const { result, notSignedOff, restricted } = answer.data
  const scope = (
    <SelectField
      label={t('conversation.casesScope')}
      value={cases}
      onChange={(e) => setCases(e.target.value === 'signed-off' ? 'signed-off' : 'all')}
      options={[
        { value: 'all', label: t('conversation.casesAll') },
        { value: 'signed-off', label: t('conversation.casesSignedOff') },
      ]}
    />
  )
  if (!result)
    return answer.data.total === 0 ? (
      <Alert type="info">{t('conversation.noCases')}</Alert>
    ) : (
      <>
        {scope}
        <Alert type="info">{t('conversation.noSignedOffCases')}</Alert>
      </>
    )
  const p = result.project
  const report = routeUrl(contract.businessCase.report, {
    params,
    query: { lang: i18n.language === 'en' ? 'en' : 'nl', ...options },
  })
  return (
    <section aria-labelledby="project-result" className="ew-results">
      <Heading level={2} id="project-result">
        {t('conversation.projectResult')}
      </Heading>
      <p className="ew-headline" data-testid="project-headline">
        {t(p.meanDifference >= 0 ? 'conversation.headlineSaves' : 'conversation.headlineCosts', {
          n: p.n,
          mean: euro(Math.abs(p.meanDifference)),
          low: euro(p.ciLow),
          high: euro(p.ciHigh),
        })}
      </p>
      <div className="ew-form-row">
        {scope}
        <SelectField
          label={t('conversation.priceLevelYear')}
          value={baseYear}
          onChange={(e) => setBaseYear(e.target.value)}
          options={Array.from({ length: LATEST_CPI_YEAR - EARLIEST_CPI_YEAR + 1 }, (_, k) => {
            const year = String(LATEST_CPI_YEAR - k)
            return { value: year, label: year }
          })}
        />
        <SelectField
          label={t('conversation.discounting')}
          value={discount}
          onChange={(e) => setDiscount(e.target.value)}
          options={[
            { value: '', label: t('conversation.noDiscounting') },
            { value: String(DEFAULTS.discountRate), label: t('conversation.guidelineRate') },
          ]}
        />
      </div>
      {p.warningDetails.length > 0 && (
        <Alert type="warning">
          <ul>
            {p.warningDetails.map((w) => (
              <li key={w.en}>{w[i18n.language === 'en' ? 'en' : 'nl']}</li>
            ))}
          </ul>
        </Alert>
      )}
      <dl className="ew-figures">
        <div>
          <dt>{t('conversation.median')}</dt>
          <dd>{euro(p.medianDifference)}</dd>
        </div>
        <div>
          <dt>{t('conversation.signedOff')}</dt>
          <dd>{`${answer.data.signedOff} / ${answer.data.total}`}</dd>
        </div>
        <div>
          <dt>{t('conversation.priceLevel')}</dt>
          <dd>{`${result.priceList.id} ${result.priceList.version} · ${result.baseYear}`}</dd>
        </div>
      </dl>
      {notSignedOff.length > 0 && (
        <p className="ew-muted" data-testid="not-signed-off">
          {t('conversation.notSignedOff', {
            list: notSignedOff.map((id) => caseLabel(id, language)).join(', '),
          })}
        </p>
      )}
      {restricted > 0 && (
        <p className="ew-muted" data-testid="restricted-left-out">
          {t('conversation.restrictedLeftOut', { count: restricted })}
        </p>
      )}
      <CaseSpread
        differences={result.perCase.map((c) => ({
          label: `${caseLabel(c.caseId, language)} ${c.measurement}`,
          value: c.difference,
        }))}
        mean={p.meanDifference}
        ciLow={p.ciLow}
        ciHigh={p.ciHigh}
      />
      <ScenarioBars rows={p.perStakeholder} />
      <StakeholderTable caption={t('conversation.perStakeholderProject')} rows={p.perStakeholder} />
      <Table
        caption={t('conversation.byMeasurement')}
        rows={p.byMeasurement}
        rowKey={(m) => m.measurement}
        columns={[
          { header: t('conversation.measurement'), cell: (m) => m.measurement },
          { header: t('conversation.casesHeader'), cell: (m) => m.n, numeric: true },
          {
            header: t('conversation.meanDifference'),
            cell: (m) => euro(m.meanDifference),
            numeric: true,
          },
        ]}
      />
      <Table
        caption={t('conversation.sensitivity')}
        rows={[
          { key: 'low', value: result.sensitivity.pricesLow },
          { key: 'high', value: result.sensitivity.pricesHigh },
          { key: 'withoutLow', value: result.sensitivity.withoutLowConfidenceReference },
        ]}
        rowKey={(r) => r.key}
        columns={[
          { header: t('conversation.variant'), cell: (r) => t(`conversation.variants.${r.key}`) },
          { header: t('conversation.meanDifference'), cell: (r) => euro(r.value), numeric: true },
        ]}
      />
      <p className="ew-muted">
        {t('conversation.rangeCoverage', {
          withRange: result.sensitivity.itemsWithRange,
          used: result.sensitivity.itemsUsed,
        })}
      </p>
      <p>
        <a className="utrecht-link" href={report} target="_blank" rel="noreferrer">
          {t('conversation.reportHtml')}
        </a>
        {' · '}
        <a className="utrecht-link" href={`${report}&format=pdf`}>
          PDF
        </a>
        {' · '}
        <a className="utrecht-link" href={`${report}&format=xlsx`}>
          {t('conversation.reportXlsx')}
        </a>
      </p>
    </section>
  )
}
