import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can, FINDING_SOURCES, type FindingSource } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Badge, Heading, Paragraph, SelectField } from '../../ui/index.js'
import { CodeBook } from './code-book.js'
import { FindingEntry } from './finding-entry.js'
import { Lessons } from './lessons.js'
import { ThemeOverview } from './theme-overview.js'

/**
 * Process evaluation's findings (issue 16): enter and code findings, filter them, see per theme
 * how often it occurs and where, keep the code book, the lessons per phase, and export.
 */
export function FindingsPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const role = useSession().data?.role
  const canWrite = can(role, 'findings.write')
  const client = useQueryClient()
  const params = { id: props.id }
  const [theme, setTheme] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [source, setSource] = useState('')
  const project = useQuery({
    queryKey: ['project', props.id],
    queryFn: () => callRoute(contract.projects.get, { params }),
  })
  const codeBook = useQuery({
    queryKey: ['findings', props.id, 'code-book'],
    queryFn: () => callRoute(contract.findings.codeBook, { params }),
  })
  const query = {
    ...(theme ? { theme } : {}),
    ...(organisation ? { organisation } : {}),
    ...(source ? { source: source as FindingSource } : {}),
  }
  const list = useQuery({
    queryKey: ['findings', props.id, 'list', query],
    queryFn: () => callRoute(contract.findings.list, { params, query }),
  })
  const all = useQuery({
    queryKey: ['findings', props.id, 'list', {}],
    queryFn: () => callRoute(contract.findings.list, { params, query: {} }),
  })
  const overview = useQuery({
    queryKey: ['findings', props.id, 'overview'],
    queryFn: () => callRoute(contract.findings.overview, { params }),
  })
  const lessons = useQuery({
    queryKey: ['findings', props.id, 'lessons'],
    queryFn: () => callRoute(contract.findings.lessons, { params }),
  })
  const refresh = () => void client.invalidateQueries({ queryKey: ['findings', props.id] })
  const failed = [project, codeBook, list, overview, lessons].find((q) => q.isError)
  if (failed?.error) return <Alert type="error">{failed.error.message}</Alert>
  if (!project.data || !codeBook.data || !overview.data || !lessons.data)
    return <p>{t('common.loading')}</p>
  const themes = codeBook.data.themes
  const organisations = project.data.project.organisations
  const themeName = new Map(themes.map((th) => [th.id, en ? th.labelEn : th.labelNl]))
  const all_ = (label: string) => [{ value: '', label }]
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('findings.back')}</Link>
      </p>
      <Heading level={1}>{t('findings.title')}</Heading>
      <Paragraph lead>{t('findings.lead')}</Paragraph>
      <Alert type="info">{t('findings.noNames')}</Alert>
      {canWrite && (
        <FindingEntry
          projectId={props.id}
          themes={themes.filter((th) => th.mergedInto === null)}
          organisations={organisations}
          onSaved={refresh}
        />
      )}
      <ThemeOverview overview={overview.data} />
      <section aria-labelledby="findings-list">
        <Heading level={2} id="findings-list">
          {t('findings.filters.heading')}
        </Heading>
        <div className="ew-form-row">
          <SelectField
            label={t('findings.filters.theme')}
            value={theme}
            options={[
              ...all_(t('findings.filters.all')),
              ...themes
                .filter((th) => th.mergedInto === null)
                .map((th) => ({ value: th.id, label: themeName.get(th.id) ?? '' })),
            ]}
            onChange={(e) => setTheme(e.target.value)}
          />
          <SelectField
            label={t('findings.filters.organisation')}
            value={organisation}
            options={[
              ...all_(t('findings.filters.all')),
              ...organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(e) => setOrganisation(e.target.value)}
          />
          <SelectField
            label={t('findings.filters.source')}
            value={source}
            options={[
              ...all_(t('findings.filters.all')),
              ...FINDING_SOURCES.map((s) => ({ value: s, label: t(`findings.sources.${s}`) })),
            ]}
            onChange={(e) => setSource(e.target.value)}
          />
        </div>
        <p role="status">
          {t('findings.filters.count', { count: list.data?.findings.length ?? 0 })}
        </p>
        {list.data?.findings.length === 0 && <Paragraph>{t('findings.filters.none')}</Paragraph>}
        <ul className="ew-source-list" data-testid="findings">
          {list.data?.findings.map((f) => (
            <li key={f.id}>
              <p>
                {f.quote ? `“${f.text}”` : f.text}
                {f.quote && (
                  <>
                    {' '}
                    <Badge>{t('findings.quoteBadge')}</Badge>
                  </>
                )}
              </p>
              <p className="ew-muted">
                {[
                  t(`findings.sources.${f.source}`),
                  f.organisationName,
                  f.date,
                  f.themeIds.map((id) => themeName.get(id)).join(', '),
                  f.conversationId && t('findings.linked'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <Lessons
        projectId={props.id}
        lessons={lessons.data}
        findings={all.data?.findings ?? []}
        canWrite={canWrite}
        onChange={refresh}
      />
      {canWrite && <CodeBook projectId={props.id} themes={themes} onChange={refresh} />}
      <section aria-labelledby="findings-export">
        <Heading level={2} id="findings-export">
          {t('findings.export.heading')}
        </Heading>
        <ul>
          <li>
            <a
              href={routeUrl(contract.findings.export, { params, query: { format: 'csv' } })}
              download
            >
              {t('findings.export.csv')}
            </a>
          </li>
          <li>
            <a
              href={routeUrl(contract.findings.export, { params, query: { format: 'qdpx' } })}
              download
            >
              {t('findings.export.qdpx')}
            </a>
          </li>
        </ul>
      </section>
    </>
  )
}
