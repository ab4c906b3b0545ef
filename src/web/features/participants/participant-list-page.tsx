import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Heading, Paragraph, Table, TextField } from '../../ui/index.js'
import { AggregateView } from './aggregate-view.js'

/** Participants the policy lets this user see; researchers get the aggregate view instead. */
export function ParticipantListPage() {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const projectId = new URLSearchParams(window.location.search).get('projectId') ?? undefined
  const [q, setQ] = useState('')
  const query = {
    ...(projectId ? { projectId } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  }
  const list = useQuery({
    queryKey: ['participants', projectId, q.trim()],
    queryFn: () => callRoute(contract.participants.list, { query }),
    enabled: can(role, 'participants.read'),
  })
  if (!can(role, 'participants.read')) return <AggregateView />
  const rows = list.data?.participants ?? []
  return (
    <>
      <Heading level={1}>{t('participants.title')}</Heading>
      <Paragraph>{t('participants.intro')}</Paragraph>
      <search className="ew-search">
        <TextField
          label={t('participants.search')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </search>
      {list.isError && <Alert type="error">{list.error.message}</Alert>}
      {list.isSuccess && rows.length === 0 ? (
        <Paragraph>{t('participants.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('participants.caption', { count: rows.length })}
          rowKey={(p) => p.id}
          rows={rows}
          columns={[
            {
              header: t('participants.pseudonym'),
              cell: (p) => <Link to={`/participants/${p.id}`}>{p.pseudonym}</Link>,
            },
            { header: t('participants.team'), cell: (p) => p.team },
            { header: t('participants.ageBand'), cell: (p) => p.ageBand ?? '—' },
            {
              header: t('participants.household'),
              cell: (p) => (p.householdType ? t(`household.${p.householdType}`) : '—'),
            },
            { header: t('participants.district'), cell: (p) => p.district ?? '—' },
            { header: t('participants.ladder'), cell: (p) => p.ladderRung ?? '—', numeric: true },
          ]}
        />
      )}
    </>
  )
}
