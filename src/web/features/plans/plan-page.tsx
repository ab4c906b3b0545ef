import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import './plans.css'
import { contract } from '../../../contract/index.js'
import { can, formatMoment } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Heading, Paragraph, Table } from '../../ui/index.js'
import { ConsentPanel } from './consent-panel.js'
import { useFollowUpColumns, useFollowUpStatus } from './follow-up-table.js'
import { OutcomeSeries } from './outcome-series.js'
import { PlanEditor } from './plan-editor.js'
import { PlanVersions } from './plan-versions.js'

/** One plan with the resident: the plan, its versions, consent, follow-up and outcomes. */
export function PlanPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const role = useSession().data?.role ?? null
  const writes = can(role, 'participants.write')
  const participant = useQuery({
    queryKey: ['participant', props.id],
    queryFn: () => callRoute(contract.participants.get, { params: { id: props.id } }),
  })
  const plan = useQuery({
    queryKey: ['plan', props.id],
    queryFn: () => callRoute(contract.plans.get, { params: { id: props.id } }),
  })
  const followUps = useQuery({
    queryKey: ['participant-follow-ups', props.id],
    queryFn: () => callRoute(contract.followUps.ofParticipant, { params: { id: props.id } }),
  })
  const projectId = participant.data?.participant.projectIds[0]
  const project = useQuery({
    queryKey: ['project', projectId],
    queryFn:
      projectId === undefined
        ? skipToken
        : () => callRoute(contract.projects.get, { params: { id: projectId } }),
  })
  const status = useFollowUpStatus()
  const columns = useFollowUpColumns()
  const organisations = project.data?.project.organisations ?? []
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['plan', props.id] }),
      client.invalidateQueries({ queryKey: ['participant', props.id] }),
    ])

  const failed = participant.error ?? plan.error
  if (failed) return <Alert type="error">{failed.message}</Alert>
  const p = participant.data?.participant
  const current = plan.data
  if (!p || !current) return <p>{t('common.loading')}</p>
  return (
    <>
      <p>
        <Link to={`/participants/${p.id}`}>{t('plans.back')}</Link>
      </p>
      <Heading level={1}>{t('plans.title', { pseudonym: p.pseudonym })}</Heading>
      <Paragraph>{t('plans.intro')}</Paragraph>
      <p data-testid="plan-version">
        {current.version === 0 || current.savedAt === null
          ? t('plans.noVersion')
          : t('plans.version', {
              version: current.version,
              moment: formatMoment(current.savedAt, language),
              name: current.savedBy?.name ?? '—',
            })}
      </p>
      {current.version > 0 && (
        <p>
          {t('plans.print')}:{' '}
          <a
            href={routeUrl(contract.plans.print, {
              params: { id: p.id },
              query: { lang: 'nl', format: 'pdf' },
            })}
          >
            {t('plans.printNl')}
          </a>
          {' · '}
          <a
            href={routeUrl(contract.plans.print, {
              params: { id: p.id },
              query: { lang: 'en', format: 'pdf' },
            })}
          >
            {t('plans.printEn')}
          </a>
        </p>
      )}
      {writes ? (
        <PlanEditor
          key={current.version}
          current={current}
          organisations={organisations}
          onSaved={refresh}
        />
      ) : (
        <ul>
          {current.plan.goals.map((g) => (
            <li key={g.id}>{g.ownWords}</li>
          ))}
        </ul>
      )}
      <PlanVersions participantId={p.id} version={current.version} />
      {writes && (
        <ConsentPanel
          participantId={p.id}
          consents={p.consents}
          organisations={organisations}
          onSaved={refresh}
        />
      )}
      <Heading level={2}>{t('plans.followUps')}</Heading>
      {(followUps.data?.followUps.length ?? 0) === 0 ? (
        <p>{t('plans.noFollowUps')}</p>
      ) : (
        <Table
          caption={t('plans.followUpsCaption')}
          rowKey={(f) => f.id}
          rows={followUps.data?.followUps ?? []}
          columns={[
            ...columns,
            { header: t('plans.outcome'), cell: status },
            { header: t('plans.owner'), cell: (f) => f.owner.name },
          ]}
        />
      )}
      <OutcomeSeries participantId={p.id} projectId={projectId} />
    </>
  )
}
