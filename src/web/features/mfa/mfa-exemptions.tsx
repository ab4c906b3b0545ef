import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { formatMoment, type MfaExemption, type Role, TEXT_LIMITS } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  SelectField,
  Table,
  TextAreaField,
} from '../../ui/index.js'

const QUERY_KEY = ['mfa-exemptions']

function problem(error: unknown, fallback: string): string {
  return error instanceof ApiError
    ? [error.message, ...error.issues.map((i) => i.message)].join(' ')
    : fallback
}

/**
 * The municipality's written exemptions from the second factor: who decided which role signs
 * in with a password alone, why and when, and who revoked it. The administrator decides; the
 * privacy officer reads (`editable` off).
 */
export function MfaExemptions({ editable }: { readonly editable: boolean }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const list = useQuery({ queryKey: QUERY_KEY, queryFn: () => callRoute(contract.mfa.exemptions) })
  const [role, setRole] = useState<Role | ''>('')
  const [reason, setReason] = useState('')
  const roles = list.data?.exemptableRoles ?? []
  const chosen = role || roles[0]
  const grant = useMutation({
    mutationFn: (input: { role: Role; reason: string }) =>
      callRoute(contract.mfa.grantExemption, { body: input }),
    onSuccess: (data) => {
      client.setQueryData(QUERY_KEY, data)
      setReason('')
    },
  })
  const revoke = useMutation({
    mutationFn: (revoked: Role) =>
      callRoute(contract.mfa.revokeExemption, { query: { role: revoked } }),
    onSuccess: (data) => client.setQueryData(QUERY_KEY, data),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen) grant.mutate({ role: chosen, reason })
  }
  const status = (e: MfaExemption) =>
    e.revokedAt
      ? t('mfa.revokedOn', {
          moment: formatMoment(e.revokedAt, language),
          name: e.revokedBy ?? '',
        })
      : t('mfa.standing')
  return (
    <section aria-labelledby="mfa-exemptions">
      <Heading level={2} id="mfa-exemptions">
        {t('mfa.title')}
      </Heading>
      <Paragraph>{t('mfa.intro')}</Paragraph>
      {list.isError && <Alert type="error">{problem(list.error, t('common.error'))}</Alert>}
      <Table
        caption={t('mfa.caption')}
        rows={list.data?.exemptions ?? []}
        rowKey={(e) => e.id}
        columns={[
          { header: t('mfa.role'), cell: (e) => t(`roles.${e.role}`) },
          { header: t('mfa.reason'), cell: (e) => e.reason },
          {
            header: t('mfa.decided'),
            cell: (e) => `${formatMoment(e.decidedAt, language)}, ${e.decidedBy}`,
          },
          {
            header: t('mfa.status'),
            cell: (e) =>
              editable && !e.revokedAt ? (
                <Button
                  appearance="secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(e.role)}
                >
                  {t('mfa.revoke', { role: t(`roles.${e.role}`) })}
                </Button>
              ) : (
                status(e)
              ),
          },
        ]}
      />
      {revoke.isError && <Alert type="error">{problem(revoke.error, t('common.error'))}</Alert>}
      {editable && chosen && (
        <form onSubmit={submit} noValidate>
          <SelectField
            label={t('mfa.role')}
            value={chosen}
            onChange={(e) => setRole(e.target.value as Role)}
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <TextAreaField
            label={t('mfa.reasonLabel')}
            value={reason}
            maxLength={TEXT_LIMITS.text}
            onChange={setReason}
          />
          {grant.isError && <Alert type="error">{problem(grant.error, t('common.error'))}</Alert>}
          <Button type="submit" disabled={grant.isPending}>
            {t('mfa.grant')}
          </Button>
        </form>
      )}
    </section>
  )
}
