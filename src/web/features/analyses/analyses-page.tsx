import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type AnalysisSummaryView,
  can,
  formatMoment,
  type Language,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Heading, Paragraph, Table, useQuantity } from '../../ui/index.js'
import { AnalysisForm } from './analysis-form.js'

/** A project's effect analyses: every run as a version with its data fingerprint, and a new one. */
export function AnalysesPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const quantity = useQuantity()
  const role = useSession().data?.role
  const list = useQuery({
    queryKey: ['analyses', props.id],
    queryFn: () => callRoute(contract.analyses.list, { params: { id: props.id } }),
  })
  const analyses = list.data?.analyses ?? []
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('analyses.back')}</Link>
      </p>
      <Heading level={1}>{t('analyses.title')}</Heading>
      <Paragraph>{t('analyses.intro')}</Paragraph>
      {can(role, 'businessCase.read') && (
        <p>
          <Link to={`/projects/${props.id}/two-answers`}>{t('analyses.toTwoAnswers')}</Link>
        </p>
      )}
      {list.isError && <Alert type="error">{list.error.message}</Alert>}
      <Heading level={2}>{t('analyses.versions')}</Heading>
      {list.data && analyses.length === 0 && <Paragraph>{t('analyses.none')}</Paragraph>}
      {analyses.length > 0 && (
        <Table<AnalysisSummaryView>
          caption={t('analyses.versionsCaption', { count: analyses.length })}
          rowKey={(a) => a.id}
          rows={analyses}
          columns={[
            { header: t('analyses.version'), cell: (a) => a.version, numeric: true },
            {
              header: t('analyses.name'),
              cell: (a) => <Link to={`/analyses/${a.id}`}>{a.name}</Link>,
            },
            { header: t('analyses.status'), cell: (a) => t(`analyses.statuses.${a.status}`) },
            {
              header: t('analyses.rows'),
              cell: (a) => (a.data.rows === null ? '—' : quantity(a.data.rows)),
              numeric: true,
            },
            {
              header: t('analyses.fingerprint'),
              cell: (a) => <code title={a.data.sha256 ?? ''}>{a.data.sha256?.slice(0, 12)}</code>,
            },
            {
              header: t('analyses.uploaded'),
              cell: (a) =>
                `${formatMoment(a.data.uploadedAt, i18n.language as Language)}${
                  a.data.uploadedBy ? ` · ${a.data.uploadedBy.name}` : ''
                }`,
            },
          ]}
        />
      )}
      {can(role, 'analyses.run') && <AnalysisForm projectId={props.id} />}
    </>
  )
}
