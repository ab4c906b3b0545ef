import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import './plans.css'
import { contract } from '../../../contract/index.js'
import { can, LADDER_RUNGS, zrmDomainName } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Heading, Paragraph, Table } from '../../ui/index.js'
import { BeforeAfterChart } from './before-after-chart.js'

/** A project's outcomes over time: ladder transitions as a flow table, ZRM before/after, relapse. */
export function ProjectOutcomesPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const role = useSession().data?.role ?? null
  const project = useQuery({
    queryKey: ['project', props.id],
    queryFn: () => callRoute(contract.projects.get, { params: { id: props.id } }),
  })
  const outcomes = useQuery({
    queryKey: ['project-outcomes', props.id],
    queryFn: () =>
      callRoute(contract.outcomeMeasurements.aggregate, { query: { projectId: props.id } }),
  })
  const relapse = useQuery({
    queryKey: ['project-relapse', props.id],
    queryFn: () => callRoute(contract.followUps.relapse, { query: { projectId: props.id } }),
  })
  const shown = (count: number | null) => (count === null ? t('plans.suppressed') : String(count))
  const failed = outcomes.error ?? relapse.error
  if (failed) return <Alert type="error">{failed.message}</Alert>
  const o = outcomes.data
  if (!o) return <p>{t('common.loading')}</p>
  const cell = (from: number, to: number) =>
    o.ladder.transitions.find((c) => c.from === from && c.to === to)?.count ?? null
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('plans.backToProject')}</Link>
      </p>
      <Heading level={1}>
        {t('plans.projectOutcomesTitle', { name: project.data?.project.name ?? '' })}
      </Heading>
      <Paragraph>{t('plans.projectOutcomesIntro')}</Paragraph>
      <Heading level={2}>{t('plans.ladderFlow')}</Heading>
      <p>{t('plans.ladderTotal', { count: shown(o.ladder.total.count) })}</p>
      <Table
        caption={t('plans.ladderFlow')}
        rowKey={(from) => String(from)}
        rows={[...LADDER_RUNGS]}
        columns={[
          { header: t('plans.from'), cell: (from) => t(`ladder.${from}`) },
          ...LADDER_RUNGS.map((to) => ({
            header: t('plans.to', { rung: to }),
            cell: (from: number) => shown(cell(from, to)),
            numeric: true,
          })),
        ]}
      />
      <Heading level={2}>{t('plans.zrmBeforeAfter')}</Heading>
      {o.zrm.length === 0 ? (
        <p>{t('plans.noZrm')}</p>
      ) : (
        <div className="ew-chart-grid">
          {o.zrm.map((domain) => (
            <BeforeAfterChart
              key={domain.domain}
              title={t('plans.zrmDomain', {
                domain: zrmDomainName(domain.domain, language),
                count: shown(domain.total.count),
              })}
              labels={{ first: t('plans.first'), last: t('plans.last') }}
              suppressed={t('plans.suppressed')}
              rows={domain.scores.map((s) => ({
                label: t('plans.score', { score: s.score }),
                first: s.first.count,
                last: s.last.count,
              }))}
            />
          ))}
        </div>
      )}
      {relapse.data && (
        <>
          <Heading level={2}>{t('plans.relapse')}</Heading>
          <Table
            caption={t('plans.relapseCaption')}
            rowKey={(c) => c.outcome}
            rows={relapse.data.byLatestOutcome}
            columns={[
              {
                header: t('plans.outcome'),
                cell: (c) =>
                  c.outcome === 'pending'
                    ? t('plans.pending')
                    : t(`plans.outcomeName.${c.outcome}`),
              },
              { header: t('plans.relapseCount'), cell: (c) => shown(c.count), numeric: true },
            ]}
          />
        </>
      )}
      {can(role, 'research.export') && (
        <p>
          <a
            href={routeUrl(contract.outcomeMeasurements.export, { query: { projectId: props.id } })}
          >
            {t('plans.export')}
          </a>
        </p>
      )}
    </>
  )
}
