import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link, navigate } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, Card, Heading, Paragraph } from '../../ui/index.js'
import { PhaseStepper } from './phase-stepper.js'
import { ProjectForm } from './project-form.js'

export function ProjectListPage() {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const [creating, setCreating] = useState(false)
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => callRoute(contract.projects.list),
  })
  return (
    <>
      <Heading level={1}>{t('projects.title')}</Heading>
      <Paragraph lead>{t('projects.intro')}</Paragraph>
      {can(role, 'projects.write') &&
        (creating ? (
          <ProjectForm
            onDone={(project) => navigate(`/projects/${project.id}`)}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <div className="ew-actions">
            <Button onClick={() => setCreating(true)}>{t('projects.new')}</Button>
          </div>
        ))}
      {projects.isError && <Alert type="error">{projects.error.message}</Alert>}
      {projects.data?.projects.length === 0 && <Paragraph>{t('projects.empty')}</Paragraph>}
      <div className="ew-grid">
        {projects.data?.projects.map((project) => (
          <Card key={project.id}>
            <Heading level={2}>
              <Link to={`/projects/${project.id}`}>{project.name}</Link>
            </Heading>
            <p className="ew-muted">
              {project.periodStart} – {project.periodEnd ?? t('projects.ongoing')} ·{' '}
              {t('projects.participants', { count: project.participantCount })}
            </p>
            <p>{project.targetGroup}</p>
            <PhaseStepper phase={project.phase} />
          </Card>
        ))}
      </div>
    </>
  )
}
