import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { type AuditQuery, formatMoment } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'

const UUID = /^[0-9a-f-]{36}$/i
const PSEUDONYM = /^P-[0-9A-HJKMNP-TV-Z]{8}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The search a link opened the page with ("wie bekeek dit dossier?" from a resident's page). */
function initialPerson(): string {
  const id = new URLSearchParams(window.location.search).get('personId') ?? ''
  return UUID.test(id) ? id : ''
}

/**
 * Who viewed or changed what (AVG art. 32, BIO 12.4): searched by resident (pseudonym, or the
 * id a resident's page links with), by employee and by period, newest first, page by page, in
 * words and local time; the export holds every entry the search finds.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [personId] = useState(initialPerson)
  const [pseudonym, setPseudonym] = useState('')
  const [actorId, setActorId] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const wanted = pseudonym.trim().toUpperCase()
  const query: AuditQuery = {
    ...(personId && !wanted ? { personId } : {}),
    ...(PSEUDONYM.test(wanted) ? { pseudonym: wanted } : {}),
    ...(UUID.test(actorId) ? { actorId } : {}),
    ...(DATE.test(from) ? { from } : {}),
    ...(DATE.test(to) ? { to } : {}),
  }
  const actors = useQuery({
    queryKey: ['audit-actors'],
    queryFn: () => callRoute(contract.audit.actors),
  })
  const pages = useInfiniteQuery({
    queryKey: ['audit', query],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      callRoute(contract.audit.list, {
        query: pageParam === undefined ? query : { ...query, before: pageParam },
      }),
    getNextPageParam: (last) => last.next ?? undefined,
  })
  const entries = pages.data?.pages.flatMap((p) => p.entries) ?? []
  const unreadablePseudonym = wanted !== '' && !PSEUDONYM.test(wanted)
  return (
    <>
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      {personId && !wanted && <Paragraph>{t('audit.fromResident')}</Paragraph>}
      <search className="ew-form-row" aria-label={t('audit.search')}>
        <TextField
          label={t('audit.pseudonym')}
          description={t('audit.pseudonymHelp')}
          value={pseudonym}
          onChange={(e) => setPseudonym(e.target.value)}
          {...(unreadablePseudonym ? { error: t('audit.pseudonymUnreadable') } : {})}
        />
        <SelectField
          label={t('audit.actor')}
          value={actorId}
          onChange={(e) => setActorId(e.target.value)}
          options={[
            { value: '', label: t('audit.everyone') },
            ...(actors.data?.actors ?? []).map((a) => ({
              value: a.id,
              label: a.role ? `${a.name} (${t(`roles.${a.role}`)})` : a.name,
            })),
          ]}
        />
        <TextField
          label={t('audit.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </search>
      <p>
        <a
          className="utrecht-link"
          href={routeUrl(contract.audit.export, { query })}
          download="audit.csv"
        >
          {t('audit.export')}
        </a>
      </p>
      {pages.isError && <Alert type="error">{pages.error.message}</Alert>}
      <Table
        caption={t(pages.hasNextPage ? 'audit.captionMore' : 'audit.caption', {
          count: entries.length,
        })}
        rowKey={(e) => String(e.id)}
        rows={entries}
        columns={[
          { header: t('audit.at'), cell: (e) => formatMoment(e.at, language) },
          {
            header: t('audit.actor'),
            cell: (e) =>
              `${e.actorName ?? t('audit.anonymous')}${e.role ? ` (${t(`roles.${e.role}`, { defaultValue: e.role })})` : ''}`,
          },
          { header: t('audit.organisation'), cell: (e) => e.organisation ?? '—' },
          {
            header: t('audit.action'),
            cell: (e) => [e.description[language], e.personPseudonym].filter(Boolean).join(' '),
          },
          { header: t('audit.purpose'), cell: (e) => t(`audit.purposes.${e.purpose}`) },
          {
            header: t('audit.allowed'),
            cell: (e) => (e.allowed ? t('common.yes') : t('audit.denied')),
          },
        ]}
      />
      {pages.hasNextPage && (
        <Button
          appearance="secondary"
          disabled={pages.isFetchingNextPage}
          onClick={() => pages.fetchNextPage()}
        >
          {t('audit.older')}
        </Button>
      )}
    </>
  )
}
