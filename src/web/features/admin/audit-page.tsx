import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Alert, Heading, Paragraph, Table, TextField } from '../../ui/index.js'

/** Who viewed or changed what: per person ("wie heeft dit dossier bekeken") and per employee. */
export function AuditPage() {
  const { t } = useTranslation()
  const [personId, setPersonId] = useState('')
  const [actorId, setActorId] = useState('')
  const uuid = /^[0-9a-f-]{36}$/i
  const query = {
    ...(uuid.test(personId) ? { personId } : {}),
    ...(uuid.test(actorId) ? { actorId } : {}),
  }
  const entries = useQuery({
    queryKey: ['audit', query],
    queryFn: () => callRoute(contract.audit.list, { query }),
  })
  return (
    <>
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <div className="ew-form-row">
        <TextField
          label={t('audit.person')}
          description={t('audit.idHelp')}
          value={personId}
          onChange={(e) => setPersonId(e.target.value.trim())}
        />
        <TextField
          label={t('audit.actor')}
          description={t('audit.idHelp')}
          value={actorId}
          onChange={(e) => setActorId(e.target.value.trim())}
        />
      </div>
      <p>
        <a
          className="utrecht-link"
          href={routeUrl(contract.audit.export, { query })}
          download="audit.csv"
        >
          {t('audit.export')}
        </a>
      </p>
      {entries.isError && <Alert type="error">{entries.error.message}</Alert>}
      <Table
        caption={t('audit.caption', { count: entries.data?.entries.length ?? 0 })}
        rowKey={(e) => String(e.id)}
        rows={entries.data?.entries ?? []}
        columns={[
          { header: t('audit.at'), cell: (e) => e.at.replace('T', ' ').slice(0, 19) },
          {
            header: t('audit.actor'),
            cell: (e) =>
              `${e.actorName ?? '—'}${e.role ? ` (${t(`roles.${e.role}`, { defaultValue: e.role })})` : ''}`,
          },
          { header: t('audit.action'), cell: (e) => `${e.action} ${e.objectType}` },
          { header: t('audit.personCol'), cell: (e) => e.personPseudonym ?? '—' },
          { header: t('audit.purpose'), cell: (e) => e.purpose },
          {
            header: t('audit.allowed'),
            cell: (e) => (e.allowed ? t('common.yes') : t('audit.denied')),
          },
        ]}
      />
    </>
  )
}
