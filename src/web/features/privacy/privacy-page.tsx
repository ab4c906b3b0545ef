import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  formatMoment,
  PRIVACY_REQUEST_KINDS,
  type PrivacyRequestKind,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'
import { MfaExemptions } from '../mfa/mfa-exemptions.js'
import { DestroyDue } from './destroy-due.js'

function problem(error: unknown, fallback: string): string {
  return error instanceof ApiError
    ? [error.message, ...error.issues.map((i) => i.message)].join(' ')
    : fallback
}

/** The privacy officer's desk: open requests with their deadlines, and the retention table. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const requests = useQuery({
    queryKey: ['privacy', 'requests'],
    queryFn: () => callRoute(contract.privacy.listRequests, { query: { status: 'all' } }),
  })
  const retention = useQuery({
    queryKey: ['privacy', 'retention'],
    queryFn: () => callRoute(contract.privacy.retention),
  })
  const [form, setForm] = useState({
    participantId: '',
    kind: 'inspection' as PrivacyRequestKind,
    receivedOn: '',
  })
  const register = useMutation({
    mutationFn: () =>
      callRoute(contract.privacy.createRequest, {
        params: { id: form.participantId.trim() },
        body: { kind: form.kind, receivedOn: form.receivedOn },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['privacy', 'requests'] }),
  })
  const rows = requests.data?.requests ?? []
  return (
    <>
      <Heading level={1}>{t('privacy.title')}</Heading>
      <Paragraph>{t('privacy.intro')}</Paragraph>
      {requests.isError && <Alert type="error">{requests.error.message}</Alert>}
      <Table
        caption={t('privacy.requestsCaption', {
          count: rows.filter((r) => r.status === 'open').length,
        })}
        rowKey={(r) => r.id}
        rows={rows}
        columns={[
          {
            header: t('privacy.resident'),
            cell: (r) => (
              <a className="utrecht-link" href={`/privacy/residents/${r.participantId}`}>
                {r.pseudonym}
              </a>
            ),
          },
          { header: t('privacy.kind'), cell: (r) => t(`privacy.kinds.${r.kind}`) },
          { header: t('privacy.receivedOn'), cell: (r) => r.receivedOn },
          {
            header: t('privacy.deadline'),
            cell: (r) => `${r.deadline}${r.extensionReason ? ` (${t('privacy.extended')})` : ''}`,
          },
          {
            header: t('privacy.daysLeft'),
            cell: (r) =>
              r.daysLeft === null
                ? t(`privacy.statuses.${r.status}`)
                : r.daysLeft < 0
                  ? t('privacy.overdue', { count: -r.daysLeft })
                  : t('privacy.left', { count: r.daysLeft }),
          },
        ]}
      />
      <form
        className="ew-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          register.mutate()
        }}
      >
        <Heading level={2}>{t('privacy.register')}</Heading>
        <div className="ew-form-row">
          <TextField
            label={t('privacy.residentId')}
            description={t('privacy.residentIdHelp')}
            value={form.participantId}
            onChange={(e) => setForm({ ...form, participantId: e.target.value })}
          />
          <SelectField
            label={t('privacy.kind')}
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as PrivacyRequestKind })}
            options={PRIVACY_REQUEST_KINDS.map((k) => ({
              value: k,
              label: t(`privacy.kinds.${k}`),
            }))}
          />
          <TextField
            label={t('privacy.receivedOn')}
            type="date"
            value={form.receivedOn}
            onChange={(e) => setForm({ ...form, receivedOn: e.target.value })}
          />
        </div>
        {register.isError && (
          <Alert type="error">{problem(register.error, t('common.error'))}</Alert>
        )}
        <Button type="submit" disabled={register.isPending}>
          {t('privacy.registerButton')}
        </Button>
      </form>

      <Heading level={2}>{t('privacy.retention')}</Heading>
      <Paragraph>{t('privacy.retentionIntro')}</Paragraph>
      {retention.isError && <Alert type="error">{retention.error.message}</Alert>}
      <Table
        caption={t('privacy.rulesCaption')}
        rowKey={(r) => r.kind}
        rows={retention.data?.rules ?? []}
        columns={[
          { header: t('privacy.recordKind'), cell: (r) => t(`privacy.retentionKinds.${r.kind}`) },
          { header: t('privacy.years'), cell: (r) => String(r.years) },
          {
            header: t('privacy.startEvent'),
            cell: (r) => t(`privacy.startEvents.${r.startEvent}`),
          },
          { header: t('privacy.source'), cell: (r) => r.source[language] },
        ]}
      />
      <Paragraph>
        {retention.data?.lastCheck
          ? t('privacy.lastCheck', {
              at: formatMoment(retention.data.lastCheck.at, language),
              count: retention.data.lastCheck.dueFiles,
            })
          : t('privacy.noCheck')}
      </Paragraph>
      <Table
        caption={t('privacy.dueCaption', { today: retention.data?.today ?? '' })}
        rowKey={(d) => d.kind}
        rows={retention.data?.due ?? []}
        columns={[
          { header: t('privacy.recordKind'), cell: (d) => t(`privacy.retentionKinds.${d.kind}`) },
          { header: t('privacy.files'), cell: (d) => String(d.files) },
        ]}
      />
      <Paragraph>{t('privacy.destroyHow')}</Paragraph>
      {retention.data && <DestroyDue today={retention.data.today} due={retention.data.due} />}
      <Table
        caption={t('privacy.statementsCaption')}
        rowKey={(s) => s.id}
        rows={retention.data?.statements ?? []}
        columns={[
          { header: t('privacy.referenceDate'), cell: (s) => s.referenceDate },
          {
            header: t('privacy.destroyed'),
            cell: (s) =>
              s.items
                .map(
                  (i) =>
                    `${t(`privacy.retentionKinds.${i.kind}`, { defaultValue: i.kind })}: ${i.files}`,
                )
                .join('; '),
          },
          { header: t('privacy.approvedBy'), cell: (s) => s.approvedBy },
          { header: t('privacy.rule'), cell: (s) => s.rule },
        ]}
      />
      <MfaExemptions editable={false} />
    </>
  )
}
