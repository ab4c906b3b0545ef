import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type CorrectionRequest,
  can,
  describeAuditAction,
  formatMoment,
  type InspectionPackage,
} from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'

const FIELDS = ['district', 'ageBand', 'householdType', 'ladderRung', 'careFramework'] as const

function problem(error: unknown, fallback: string): string {
  return error instanceof ApiError
    ? [error.message, ...error.issues.map((i) => i.message)].join(' ')
    : fallback
}

function cell(value: unknown, format: string | undefined, language: 'nl' | 'en'): string {
  if (value === null || value === undefined) return '—'
  if (format === 'moment') return formatMoment(String(value), language)
  return typeof value === 'object' ? JSON.stringify(value).slice(0, 120) : String(value)
}

/** One resident for the privacy officer: the inspection package and their rights. */
export function ResidentPrivacyPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const role = useSession().data?.role ?? null
  const client = useQueryClient()
  const params = { id: props.id }
  const pkg = useQuery({
    queryKey: ['privacy', 'inspection', props.id],
    queryFn: () =>
      callRoute(contract.privacy.inspection, {
        params,
        query: { format: 'json' },
      }) as Promise<InspectionPackage>,
  })
  const refresh = () => client.invalidateQueries({ queryKey: ['privacy'] })
  const [reason, setReason] = useState('')
  const [correction, setCorrection] = useState({ field: 'district', value: '', reason: '' })
  const correct = useMutation({
    mutationFn: () =>
      callRoute(contract.privacy.correct, {
        params,
        body: {
          field: correction.field,
          value:
            correction.value === ''
              ? null
              : correction.field === 'ladderRung'
                ? Number(correction.value)
                : correction.value,
          reason: correction.reason,
        } as CorrectionRequest,
      }),
    onSuccess: refresh,
  })
  const restrict = useMutation({
    mutationFn: (kind: 'restriction' | 'objection') =>
      callRoute(contract.privacy.restrict, { params, body: { kind, reason } }),
    onSuccess: refresh,
  })
  const lift = useMutation({
    mutationFn: () => callRoute(contract.privacy.liftRestriction, { params, body: { reason } }),
    onSuccess: refresh,
  })
  const askErasure = useMutation({
    mutationFn: () => callRoute(contract.privacy.requestErasure, { params, body: { reason } }),
    onSuccess: refresh,
  })
  const approveErasure = useMutation({
    mutationFn: () => callRoute(contract.privacy.approveErasure, { params, body: {} }),
    onSuccess: refresh,
  })
  const failed = [correct, restrict, lift, askErasure, approveErasure].find((m) => m.isError)
  const data = pkg.data
  return (
    <>
      <Heading level={1}>
        {t('privacy.residentTitle', { pseudonym: data?.participant.pseudonym ?? '' })}
      </Heading>
      {pkg.isError && <Alert type="error">{pkg.error.message}</Alert>}
      {data?.restricted && <Alert type="warning">{t('privacy.restrictedNow')}</Alert>}
      <p>
        <a
          className="utrecht-link"
          href={routeUrl(contract.privacy.inspection, { params, query: { format: 'pdf' } })}
        >
          {t('privacy.downloadPdf')}
        </a>{' '}
        ·{' '}
        <a
          className="utrecht-link"
          href={routeUrl(contract.privacy.inspection, { params, query: { format: 'json' } })}
          download={`inzage-${data?.participant.pseudonym ?? props.id}.json`}
        >
          {t('privacy.downloadJson')}
        </a>
      </p>

      {can(role, 'privacy.restrict') && (
        <section aria-labelledby="rights">
          <Heading level={2} id="rights">
            {t('privacy.rights')}
          </Heading>
          <TextField
            label={t('privacy.reason')}
            description={t('privacy.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="ew-form-row">
            <Button onClick={() => restrict.mutate('restriction')}>{t('privacy.restrict')}</Button>
            <Button onClick={() => restrict.mutate('objection')}>{t('privacy.object')}</Button>
            <Button appearance="secondary" onClick={() => lift.mutate()}>
              {t('privacy.lift')}
            </Button>
            <Button appearance="secondary" onClick={() => askErasure.mutate()}>
              {t('privacy.askErasure')}
            </Button>
            <Button appearance="secondary" onClick={() => approveErasure.mutate()}>
              {t('privacy.approveErasure')}
            </Button>
          </div>
          <Paragraph>{t('privacy.erasureHelp')}</Paragraph>
        </section>
      )}
      {failed && <Alert type="error">{problem(failed.error, t('common.error'))}</Alert>}

      {can(role, 'privacy.rectify') && (
        <form
          className="ew-form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault()
            correct.mutate()
          }}
        >
          <Heading level={2}>{t('privacy.correct')}</Heading>
          <div className="ew-form-row">
            <SelectField
              label={t('privacy.field')}
              value={correction.field}
              onChange={(e) => setCorrection({ ...correction, field: e.target.value })}
              options={FIELDS.map((f) => ({ value: f, label: t(`privacy.fields.${f}`) }))}
            />
            <TextField
              label={t('privacy.newValue')}
              description={t('privacy.newValueHelp')}
              value={correction.value}
              onChange={(e) => setCorrection({ ...correction, value: e.target.value })}
            />
            <TextField
              label={t('privacy.why')}
              value={correction.reason}
              onChange={(e) => setCorrection({ ...correction, reason: e.target.value })}
            />
          </div>
          <Button type="submit" disabled={correct.isPending}>
            {t('privacy.correctButton')}
          </Button>
        </form>
      )}

      <Heading level={2}>{t('privacy.package')}</Heading>
      {data?.sections.map((section) => (
        <section key={section.table} aria-labelledby={`section-${section.table}`}>
          <Heading level={3} id={`section-${section.table}`}>
            {section.title[language]}
          </Heading>
          <Paragraph>
            {section.purpose[language]} {t('privacy.keptFor', { years: section.retention.years })}
            {section.retention.dueDate
              ? ` ${t('privacy.dueOn', { date: section.retention.dueDate })}`
              : ''}
          </Paragraph>
          <Table
            caption={t('privacy.rowsCaption', { count: section.rows.length })}
            rowKey={(row) => JSON.stringify(row)}
            rows={section.rows}
            columns={section.columns.map((column) => ({
              header: column.label[language],
              cell: (row: Record<string, unknown>) =>
                cell(row[column.name], column.format, language),
            }))}
          />
        </section>
      ))}
      {data && (
        <>
          <Heading level={2}>{t('privacy.accessLog')}</Heading>
          {can(role, 'audit.read') && (
            <p>
              <Link to={`/admin/audit?personId=${props.id}`}>{t('audit.whoViewed')}</Link>
            </p>
          )}
          <Table
            caption={t('privacy.accessCaption', { count: data.accessLog.length })}
            rowKey={(e) => `${e.at}-${e.action}`}
            rows={data.accessLog}
            columns={[
              { header: t('privacy.at'), cell: (e) => formatMoment(e.at, language) },
              {
                header: t('privacy.who'),
                cell: (e) =>
                  e.actorName ?? (e.actorRole ? t(`roles.${e.actorRole}`) : t('audit.anonymous')),
              },
              { header: t('privacy.organisation'), cell: (e) => e.organisation ?? '—' },
              { header: t('privacy.what'), cell: (e) => describeAuditAction(e.action)[language] },
              { header: t('privacy.purpose'), cell: (e) => e.purpose },
            ]}
          />
        </>
      )}
    </>
  )
}
