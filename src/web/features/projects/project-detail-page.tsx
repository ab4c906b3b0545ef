import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { type AggregateResponse, can, type ProjectDetail } from '../../../domain/index.js'
import { api } from '../../api/client.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, DataList, Heading, Paragraph } from '../../ui/index.js'
import { SUPPRESSED_MARK } from '../participants/suppressed-mark.js'
import { BarChart } from './bar-chart.js'
import { PhaseStepper } from './phase-stepper.js'

export function ProjectDetailPage(props: { id: string }) {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const project = useQuery({
    queryKey: ['project', props.id],
    queryFn: () => api<{ project: ProjectDetail }>(`/projects/${props.id}`),
  })
  const seesAggregate = can(role, 'participants.aggregate')
  const aggregate = useQuery({
    queryKey: ['aggregate', props.id],
    queryFn: () => api<AggregateResponse>(`/research/participants/aggregate?projectId=${props.id}`),
    enabled: seesAggregate,
  })
  if (project.isError) return <Alert type="error">{project.error.message}</Alert>
  const p = project.data?.project
  if (!p) return <p>{t('common.loading')}</p>
  return (
    <>
      <p>
        <Link to="/">{t('projects.back')}</Link>
      </p>
      <Heading level={1}>{p.name}</Heading>
      <PhaseStepper phase={p.phase} />
      <DataList
        items={[
          {
            key: t('projects.period'),
            value: `${p.periodStart} – ${p.periodEnd ?? t('projects.ongoing')}`,
          },
          { key: t('projects.targetGroup'), value: p.targetGroup },
          { key: t('projects.participantCount'), value: p.participantCount },
          {
            key: t('projects.organisations'),
            value: p.organisations.map((o) => o.name).join(', '),
          },
        ]}
      />
      <Heading level={2}>{t('projects.theoryOfChange')}</Heading>
      <Paragraph>{p.theoryOfChange}</Paragraph>
      {can(role, 'participants.read') && (
        <p>
          <Link to={`/participants?projectId=${p.id}`}>{t('projects.toParticipants')}</Link>
        </p>
      )}
      {(can(role, 'conversations.read') || can(role, 'businessCase.read')) && (
        <p>
          <Link to={`/projects/${p.id}/conversations`}>{t('projects.toConversations')}</Link>
        </p>
      )}
      {can(role, 'mkba.use') && (
        <p>
          <Link to={`/projects/${p.id}/mkba`}>{t('projects.toMkba')}</Link>
        </p>
      )}
      {seesAggregate && aggregate.data && (
        <>
          <Heading level={2}>{t('projects.ladder')}</Heading>
          <Paragraph>
            {t('aggregate.legend', {
              n: aggregate.data.suppressionThreshold,
              base: aggregate.data.roundingBase,
            })}
          </Paragraph>
          <BarChart
            title={t('projects.ladderChart')}
            suppressedLabel={SUPPRESSED_MARK}
            rows={aggregate.data.byLadderRung.map((c) => ({
              label: t(`ladder.${c.value}`, { defaultValue: c.value }),
              count: c.count,
            }))}
          />
        </>
      )}
    </>
  )
}
