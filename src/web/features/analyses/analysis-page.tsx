import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type AnalysisView,
  can,
  formatMoment,
  formatNumber,
  type Language,
  type PublishedCount,
  shownCount,
} from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, DataList, Heading, Table } from '../../ui/index.js'
import { ForestPlot, KmChart, LovePlot } from './analysis-charts.js'
import { type OutcomeView, type ResultsView, resultsView } from './results-view.js'
import { UseInMkba } from './use-in-mkba.js'

const POLL_MS = 500

/**
 * One effect analysis: its progress while it runs; then the plain-language reading first,
 * counts as published (small ones as "<10", secondary suppression: resultsView), balance with the love plot, the effects with the forest plot,
 * the Kaplan–Meier curves with numbers at risk, the reports, and *Gebruik in MKBA*.
 */
export function AnalysisPage(props: { id: string }) {
  const { t } = useTranslation()
  const answer = useQuery({
    queryKey: ['analysis', props.id],
    queryFn: () => callRoute(contract.analyses.get, { params: { id: props.id } }),
    refetchInterval: (query) => {
      const status = query.state.data?.analysis.status
      return status === 'queued' || status === 'running' ? POLL_MS : false
    },
  })
  if (answer.isError) return <Alert type="error">{answer.error.message}</Alert>
  const analysis = answer.data?.analysis
  if (!analysis) return <p>{t('common.loading')}</p>
  return (
    <>
      <p>
        <Link to={`/projects/${analysis.projectId}/analyses`}>{t('analyses.backToList')}</Link>
      </p>
      <Heading
        level={1}
      >{`${analysis.name} (${t('analyses.version')} ${analysis.version})`}</Heading>
      {(analysis.status === 'queued' || analysis.status === 'running') && (
        <div>
          <label className="utrecht-form-label" htmlFor="analysis-progress">
            {t('analyses.progress')}
          </label>{' '}
          <progress id="analysis-progress" max={1} value={analysis.progress}>
            {Math.round(analysis.progress * 100)}%
          </progress>
          <p aria-live="polite">{t('analyses.running')}</p>
        </div>
      )}
      {analysis.status === 'failed' && <Failure analysis={analysis} />}
      {analysis.status === 'done' && analysis.results !== null ? (
        <Results analysis={analysis} results={resultsView(analysis.results, analysis.leftOut)} />
      ) : (
        <About analysis={analysis} />
      )}
    </>
  )
}

function Failure(props: { analysis: AnalysisView }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const error = props.analysis.error
  return (
    <Alert type="error">
      <p>{t('analyses.failed')}</p>
      {error && error.issues.length > 0 ? (
        <ul data-testid="analysis-issues" aria-label={t('analyses.issues')}>
          {error.issues.map((issue) => (
            <li key={`${issue.row}-${issue.column}-${issue.field}-${issue.message.en}`}>
              {t('common.issue', {
                row: issue.row ?? '—',
                column: issue.column ?? issue.field ?? '—',
                message: issue.message[language],
              })}
            </li>
          ))}
        </ul>
      ) : (
        error && <p>{error[language]}</p>
      )}
    </Alert>
  )
}

function Results(props: { analysis: AnalysisView; results: ResultsView }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const role = useSession().data?.role
  const { results, analysis } = props
  const num = (v: number | null | undefined, decimals = 3) =>
    v === null || v === undefined ? '—' : formatNumber(v, language, decimals)
  const count = (c: PublishedCount) => shownCount(c, (n) => formatNumber(n, language, 0))
  const report = (format: 'html' | 'pdf' | 'xlsx') =>
    routeUrl(contract.analyses.report, { params: { id: analysis.id }, query: { format } })
  const timeOutcomes = results.outcomes.filter((o) => o.km.length > 0 && o.atRisk)
  return (
    <>
      <Heading level={2}>{t('analyses.reading')}</Heading>
      <ul data-testid="analysis-reading">
        {results.outcomes.map((o) => (
          <li key={o.name}>{o.reading[language]}</li>
        ))}
      </ul>
      {results.warningDetails.length > 0 && (
        <Alert type="warning">
          <p>{t('analyses.warnings')}</p>
          <ul>
            {results.warningDetails.map((w) => (
              <li key={w.en}>{w[language]}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Heading level={2}>{t('analyses.counts')}</Heading>
      <DataList
        items={[
          { key: t('analyses.countRows'), value: count(results.n.rows) },
          { key: t('analyses.countAnalysed'), value: count(results.n.analysed) },
          { key: t('analyses.countPilot'), value: count(results.n.pilot) },
          { key: t('analyses.countComparison'), value: count(results.n.comparison) },
          { key: t('analyses.countDropped'), value: count(results.droppedRows) },
          ...(results.matching
            ? [
                { key: t('analyses.countMatched'), value: count(results.matching.treated) },
                {
                  key: t('analyses.countUnmatched'),
                  value: count(results.matching.unmatchedTreated),
                },
                {
                  key: t('analyses.countControls'),
                  value: count(results.matching.controlsMatched),
                },
              ]
            : []),
        ]}
      />
      {results.restricted && results.restricted.count !== 0 && (
        <p data-testid="analysis-restricted">
          {t('analyses.restrictedLeftOut', { count: count(results.restricted) })}
        </p>
      )}
      <p className="ew-muted">{t('analyses.countsCaption')}</p>

      <Heading level={2}>{t('analyses.effects')}</Heading>
      <ForestPlot
        outcomes={results.outcomes}
        title={t('analyses.forestPlot')}
        format={(v) => num(v)}
      />
      <Table<OutcomeView>
        caption={t('analyses.effectsCaption')}
        rowKey={(o) => o.name}
        rows={results.outcomes}
        columns={[
          { header: t('analyses.outcome'), cell: (o) => o.name },
          { header: t('analyses.scale'), cell: (o) => o.scale },
          { header: t('analyses.outcomePilot'), cell: (o) => count(o.groupN.pilot), numeric: true },
          {
            header: t('analyses.outcomeComparison'),
            cell: (o) => count(o.groupN.comparison),
            numeric: true,
          },
          { header: t('analyses.meanPilot'), cell: (o) => num(o.meanPilot), numeric: true },
          {
            header: t('analyses.meanComparison'),
            cell: (o) => num(o.meanComparison),
            numeric: true,
          },
          { header: t('analyses.estimate'), cell: (o) => num(o.estimate), numeric: true },
          {
            header: t('analyses.interval'),
            cell: (o) => `${num(o.ciLow)} – ${num(o.ciHigh)}`,
            numeric: true,
          },
          { header: t('analyses.p'), cell: (o) => num(o.p), numeric: true },
        ]}
      />

      {results.balance.length > 0 && (
        <>
          <Heading level={2}>{t('analyses.balance')}</Heading>
          <LovePlot balance={results.balance} title={t('analyses.lovePlot')} />
          <Table<ResultsView['balance'][number]>
            caption={t('analyses.balanceCaption')}
            rowKey={(b) => b.covariate}
            rows={results.balance}
            columns={[
              { header: t('analyses.covariate'), cell: (b) => b.covariate },
              { header: t('analyses.smdBefore'), cell: (b) => num(b.smdBefore), numeric: true },
              { header: t('analyses.smdAfter'), cell: (b) => num(b.smdAfter), numeric: true },
              { header: t('analyses.varRatio'), cell: (b) => num(b.varRatioAfter), numeric: true },
            ]}
          />
        </>
      )}

      {timeOutcomes.map((o) => (
        <KaplanMeier key={o.name} outcome={o} count={count} />
      ))}
      <About analysis={analysis} rows={count(results.n.rows)} />

      <Heading level={2}>{t('analyses.reports')}</Heading>
      <ul>
        <li>
          <a className="utrecht-link" href={report('html')}>
            {t('analyses.reportHtml')}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={report('pdf')}>
            {t('analyses.reportPdf')}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={report('xlsx')}>
            {t('analyses.reportXlsx')}
          </a>
        </li>
        <li>
          <a
            className="utrecht-link"
            download="spec.json"
            href={`data:application/json;charset=utf-8,${encodeURIComponent(
              `${JSON.stringify(analysis.spec, null, 2)}\n`,
            )}`}
          >
            {t('analyses.downloadSpec')}
          </a>
        </li>
      </ul>
      {can(role, 'mkba.save') && (
        <UseInMkba
          analysisId={analysis.id}
          projectId={analysis.projectId}
          outcomes={results.outcomes}
          pilotSize={(results.matching?.treated ?? results.n.pilot).count ?? undefined}
        />
      )}
    </>
  )
}

function KaplanMeier(props: { outcome: OutcomeView; count: (c: PublishedCount) => string }) {
  const { t } = useTranslation()
  const curves = props.outcome.km
  const atRisk = props.outcome.atRisk
  const groupName = (group: 'pilot' | 'comparison') => t(`analyses.${group}`)
  return (
    <>
      <Heading level={2}>{t('analyses.km', { name: props.outcome.name })}</Heading>
      <KmChart curves={curves} title={t('analyses.kmFigure')} groupName={groupName} />
      {atRisk && (
        <Table<'pilot' | 'comparison'>
          caption={t('analyses.atRisk', { name: props.outcome.name })}
          rowKey={(group) => group}
          rows={['pilot', 'comparison']}
          columns={[
            { header: t('analyses.month'), cell: (group) => groupName(group) },
            ...atRisk.times.map((time, k) => ({
              header: String(time),
              cell: (group: 'pilot' | 'comparison') =>
                props.count(atRisk.counts[group][k] ?? { count: null, suppression: 'secondary' }),
              numeric: true,
            })),
          ]}
        />
      )}
    </>
  )
}

/** The run's details; `rows` as published once there are results (it is a count of people). */
function About(props: { analysis: AnalysisView; rows?: string }) {
  const { t, i18n } = useTranslation()
  const { analysis } = props
  const data = analysis.data
  return (
    <>
      <Heading level={2}>{t('analyses.details')}</Heading>
      <DataList
        items={[
          { key: t('analyses.status'), value: t(`analyses.statuses.${analysis.status}`) },
          { key: t('analyses.fingerprint'), value: <code>{data.sha256 ?? '—'}</code> },
          {
            key: t('analyses.rows'),
            value:
              props.rows ??
              (data.rows === null ? '—' : formatNumber(data.rows, i18n.language as Language, 0)),
          },
          {
            key: t('analyses.uploaded'),
            value: formatMoment(data.uploadedAt, i18n.language as Language),
          },
          { key: t('analyses.uploadedBy'), value: data.uploadedBy?.name ?? '—' },
          { key: t('analyses.engine'), value: analysis.engineVersion },
        ]}
      />
    </>
  )
}
