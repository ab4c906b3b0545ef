import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { type Consent, todayInAmsterdam } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'

type Organisation = { readonly id: string; readonly name: string }

/** Consents still in force: per partner and purpose, the latest record says `given`. */
function inForce(consents: readonly Consent[]): Consent[] {
  const latest = new Map<string, Consent>()
  for (const c of consents) latest.set(`${c.partnerOrganisationId}|${c.purpose}`, c)
  return [...latest.values()].filter((c) => c.status === 'given')
}

/**
 * Consent per purpose and partner, recorded from the plan: given shares the case with the
 * partner, withdrawn ends that at once (the server's visibility rule reads it).
 */
export function ConsentPanel(props: {
  participantId: string
  consents: readonly Consent[]
  organisations: readonly Organisation[]
  onSaved: () => unknown
}) {
  const { t } = useTranslation()
  const [purpose, setPurpose] = useState('')
  const [partner, setPartner] = useState(props.organisations[0]?.id ?? '')
  const [date, setDate] = useState(() => todayInAmsterdam())
  const record = useMutation({
    mutationFn: (body: {
      purpose: string
      partnerOrganisationId: string
      status: 'given' | 'withdrawn'
    }) =>
      callRoute(contract.plans.recordConsent, {
        params: { id: props.participantId },
        body: { ...body, date },
      }),
    onSuccess: () => {
      setPurpose('')
      return props.onSaved()
    },
  })
  const orgName = (id: string) => props.organisations.find((o) => o.id === id)?.name ?? id
  return (
    <section aria-labelledby="plan-consents">
      <Heading level={2} id="plan-consents">
        {t('plans.consents')}
      </Heading>
      <Paragraph>{t('plans.consentsIntro')}</Paragraph>
      {props.consents.length === 0 ? (
        <p>{t('plans.noConsents')}</p>
      ) : (
        <Table
          caption={t('plans.consentsCaption')}
          rowKey={(c) => c.id}
          rows={[...props.consents].reverse()}
          columns={[
            { header: t('plans.consentPurpose'), cell: (c) => c.purpose },
            { header: t('plans.consentPartner'), cell: (c) => orgName(c.partnerOrganisationId) },
            { header: t('plans.consentStatus'), cell: (c) => t(`plans.${c.status}`) },
            { header: t('plans.consentDate'), cell: (c) => c.date },
          ]}
        />
      )}
      <ul className="ew-plain-list">
        {inForce(props.consents).map((c) => (
          <li key={c.id}>
            <Button
              appearance="secondary"
              disabled={record.isPending}
              onClick={() =>
                record.mutate({
                  purpose: c.purpose,
                  partnerOrganisationId: c.partnerOrganisationId,
                  status: 'withdrawn',
                })
              }
            >
              {t('plans.withdraw', {
                partner: orgName(c.partnerOrganisationId),
                purpose: c.purpose,
              })}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="ew-form"
        aria-label={t('plans.give')}
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          record.mutate({ purpose, partnerOrganisationId: partner, status: 'given' })
        }}
      >
        <div className="ew-form-row">
          <TextField
            label={t('plans.consentPurpose')}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            error={
              record.error instanceof ApiError
                ? record.error.issues.find((i) => i.field === 'body.purpose')?.message
                : undefined
            }
          />
          <SelectField
            label={t('plans.consentPartner')}
            value={partner}
            onChange={(e) => setPartner(e.target.value)}
            options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <TextField
            label={t('plans.consentDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        {record.isError && (
          <Alert type="error">
            {record.error instanceof ApiError ? record.error.message : t('common.error')}
          </Alert>
        )}
        <Button type="submit" disabled={record.isPending}>
          {t('plans.give')}
        </Button>
      </form>
    </section>
  )
}
