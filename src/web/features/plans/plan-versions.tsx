import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { formatMoment, type PlanChange } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Heading, Table } from '../../ui/index.js'

/** Every version of the plan with who saved it and, readably, what it changed. */
export function PlanVersions(props: { participantId: string; version: number }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const versions = useQuery({
    queryKey: ['plan-versions', props.participantId, props.version],
    queryFn: () => callRoute(contract.plans.versions, { params: { id: props.participantId } }),
  })
  const rows = [...(versions.data?.versions ?? [])].reverse()
  if (rows.length === 0) return null
  const describe = (c: PlanChange) => {
    const what = `${t(`plans.part.${c.part}`)} ${t(`plans.change.${c.kind}`)}`
    const detail =
      c.kind === 'changed' ? `${c.before ?? '—'} → ${c.after ?? '—'}` : (c.after ?? c.before ?? '')
    return `${what}${c.field ? ` (${c.field})` : ''}: ${detail}`
  }
  return (
    <>
      <Heading level={2}>{t('plans.versions')}</Heading>
      <Table
        caption={t('plans.versionsCaption')}
        rowKey={(v) => String(v.version)}
        rows={rows}
        columns={[
          { header: t('plans.versionColumn'), cell: (v) => v.version, numeric: true },
          { header: t('plans.when'), cell: (v) => formatMoment(v.savedAt, language) },
          { header: t('plans.who'), cell: (v) => v.savedBy?.name ?? '—' },
          {
            header: t('plans.what'),
            cell: (v) => (
              <ul className="ew-plain-list">
                {v.changes.map((c) => (
                  <li key={`${c.part}-${c.id}-${c.field}-${c.kind}`}>{describe(c)}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </>
  )
}
