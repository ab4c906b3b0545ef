import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, DataList, Heading, Paragraph } from '../../ui/index.js'
import { aggregateLabel } from '../participants/aggregate-label.js'
import { SUPPRESSED_MARK } from '../participants/suppressed-mark.js'
import { BarChart } from './bar-chart.js'
import { PhaseStepper } from './phase-stepper.js'
import { PilotPhasesPanel } from './pilot-phases-panel.js'
import { ProjectEnrolments } from './project-enrolments.js'
import { ProjectForm } from './project-form.js'

export function ProjectDetailPage(props: { id: string }) {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const [editing, setEditing] = useState(false)
  const project = useQuery({
    queryKey: ['project', props.id],
    queryFn: () => callRoute(contract.projects.get, { params: { id: props.id } }),
  })
  const seesAggregate = can(role, 'participants.aggregate')
  const aggregate = useQuery({
    queryKey: ['aggregate', props.id],
    queryFn: () => callRoute(contract.research.aggregate, { query: { projectId: props.id } }),
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
      {can(role, 'projects.write') &&
        (editing ? (
          <ProjectForm
            project={p}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="ew-actions">
            <Button appearance="secondary" onClick={() => setEditing(true)}>
              {t('projects.edit')}
            </Button>
          </div>
        ))}
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
      <Heading level={2}>{t('projects.phaseHistory')}</Heading>
      <ol className="utrecht-ordered-list" data-testid="phase-history">
        {p.phaseHistory.map((c) => (
          <li key={`${c.date}-${c.phase}`}>
            {`${c.date} · ${t(`phases.${c.phase}`)} · ${c.reason ?? t('projects.phaseStarted')}`}
            {c.changedBy && ` (${t('projects.phaseBy', { name: c.changedBy })})`}
          </li>
        ))}
      </ol>
      <PilotPhasesPanel projectId={p.id} canWrite={can(role, 'projects.write')} />
      {can(role, 'pilotReport.read') && <PilotReportLinks projectId={p.id} />}
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
      {can(role, 'participants.aggregate') && (
        <p>
          <Link to={`/projects/${p.id}/outcomes`}>{t('plans.toOutcomes')}</Link>
        </p>
      )}
      {can(role, 'budget.read') && (
        <p>
          <Link to={`/projects/${p.id}/budget`}>{t('time.budget.link')}</Link>
        </p>
      )}
      {can(role, 'capacity.read') && (
        <p>
          <Link to={`/projects/${p.id}/capacity`}>{t('time.capacity.link')}</Link>
        </p>
      )}
      <p>
        <Link to={`/projects/${p.id}/pilot-design`}>{t('pilotDesign.link')}</Link>
      </p>
      {can(role, 'findings.read') && (
        <p>
          <Link to={`/projects/${p.id}/findings`}>{t('findings.link')}</Link>
        </p>
      )}
      {can(role, 'startfoto.read') && (
        <p>
          <Link to={`/projects/${p.id}/startfoto`}>{t('startfoto.link')}</Link>
        </p>
      )}
      {can(role, 'analyses.read') && (
        <p>
          <Link to={`/projects/${p.id}/analyses`}>{t('analyses.toAnalyses')}</Link>
        </p>
      )}
      {can(role, 'participants.read') && (
        <ProjectEnrolments projectId={p.id} canWrite={can(role, 'enrolments.write')} />
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
              label: aggregateLabel(t, 'ladder', c.value),
              count: c.count,
            }))}
          />
        </>
      )}
    </>
  )
}

/** The pilot report as a page, a PDF and a workbook, in the language of the screen. */
function PilotReportLinks(props: { projectId: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const report = (format: 'html' | 'pdf' | 'xlsx') =>
    routeUrl(contract.pilotReport.get, { params: { id: props.projectId }, query: { lang, format } })
  return (
    <p>
      <a className="utrecht-link" href={report('html')} target="_blank" rel="noreferrer">
        {t('pilotPhases.reportHtml')}
      </a>
      {' · '}
      <a className="utrecht-link" href={report('pdf')}>
        PDF
      </a>
      {' · '}
      <a className="utrecht-link" href={report('xlsx')}>
        {t('pilotPhases.reportXlsx')}
      </a>
    </p>
  )
}
