import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  LADDER_RUNGS,
  type OutcomePoint,
  todayInAmsterdam,
  ZRM_DOMAINS,
  type ZrmDomain,
  zrmDomainName,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'

/** The resident's one outcome series (measurements and table conversations) and a form to add a measurement. */
export function OutcomeSeries(props: { participantId: string; projectId: string | undefined }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const key = ['outcome-series', props.participantId]
  const series = useQuery({
    queryKey: key,
    queryFn: () =>
      callRoute(contract.outcomeMeasurements.series, {
        query: { participantId: props.participantId },
      }),
  })
  const points = series.data?.points ?? []
  const zrmText = (p: OutcomePoint) =>
    Object.entries(p.zrm)
      .map(([d, s]) => `${zrmDomainName(d as ZrmDomain, language)} ${s}`)
      .join(', ') || '—'
  return (
    <section aria-labelledby="plan-outcomes">
      <Heading level={2} id="plan-outcomes">
        {t('plans.outcomes')}
      </Heading>
      <Paragraph>{t('plans.outcomesIntro')}</Paragraph>
      {points.length === 0 ? (
        <p>{t('plans.noSeries')}</p>
      ) : (
        <Table
          caption={t('plans.seriesCaption')}
          rowKey={(p) => p.id}
          rows={points}
          columns={[
            { header: t('plans.measurementDate'), cell: (p) => p.date },
            { header: t('plans.moment'), cell: (p) => p.moment ?? '—' },
            {
              header: t('plans.source'),
              cell: (p) =>
                p.source === 'conversation'
                  ? t('plans.fromConversation')
                  : t('plans.fromMeasurement'),
            },
            { header: t('plans.ladder'), cell: (p) => p.ladderRung ?? '—', numeric: true },
            { header: t('plans.zrm'), cell: zrmText },
            {
              header: t('plans.trust'),
              cell: (p) =>
                [p.trust.self, p.trust.professionals, p.trust.municipality]
                  .map((v) => v ?? '—')
                  .join(' / '),
            },
          ]}
        />
      )}
      <MeasurementForm
        participantId={props.participantId}
        projectId={props.projectId}
        onSaved={() => client.invalidateQueries({ queryKey: key })}
      />
    </section>
  )
}

function MeasurementForm(props: {
  participantId: string
  projectId: string | undefined
  onSaved: () => unknown
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [date, setDate] = useState(() => todayInAmsterdam())
  const [moment, setMoment] = useState('')
  const [ladder, setLadder] = useState('')
  const [zrm, setZrm] = useState<Partial<Record<ZrmDomain, number>>>({})
  const [trust, setTrust] = useState<{
    self?: number
    professionals?: number
    municipality?: number
  }>({})
  const record = useMutation({
    mutationFn: () =>
      callRoute(contract.outcomeMeasurements.record, {
        body: {
          participantId: props.participantId,
          ...(props.projectId ? { projectId: props.projectId } : {}),
          date,
          ...(moment.trim() ? { moment } : {}),
          ...(ladder ? { ladderRung: Number(ladder) } : {}),
          zrm,
          trust,
        },
      }),
    onSuccess: props.onSaved,
  })
  const scoreField = (
    label: string,
    value: number | undefined,
    top: number,
    onChange: (value: number | undefined) => void,
  ) => (
    <SelectField
      key={label}
      label={label}
      value={value?.toString() ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      options={[
        { value: '', label: t('plans.notMeasured') },
        ...Array.from({ length: top }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
      ]}
    />
  )
  const setTrustOf =
    (name: 'self' | 'professionals' | 'municipality') => (value: number | undefined) =>
      setTrust(({ [name]: _old, ...rest }) =>
        value === undefined ? rest : { ...rest, [name]: value },
      )
  return (
    <form
      className="ew-form"
      aria-label={t('plans.record')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        record.mutate()
      }}
    >
      <Heading level={3}>{t('plans.record')}</Heading>
      <div className="ew-form-row">
        <TextField
          label={t('plans.measurementDate')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label={t('plans.measurementMoment')}
          value={moment}
          onChange={(e) => setMoment(e.target.value)}
        />
        <SelectField
          label={t('plans.ladderRung')}
          value={ladder}
          onChange={(e) => setLadder(e.target.value)}
          options={[
            { value: '', label: t('plans.notMeasured') },
            ...LADDER_RUNGS.map((r) => ({ value: String(r), label: t(`ladder.${r}`) })),
          ]}
        />
      </div>
      <div className="ew-form-row">
        {ZRM_DOMAINS.map((domain) =>
          scoreField(
            t('plans.zrmScore', { domain: zrmDomainName(domain, language) }),
            zrm[domain],
            5,
            (value) =>
              setZrm(({ [domain]: _old, ...rest }) =>
                value === undefined ? rest : { ...rest, [domain]: value },
              ),
          ),
        )}
      </div>
      <div className="ew-form-row">
        {scoreField(t('plans.trustSelf'), trust.self, 10, setTrustOf('self'))}
        {scoreField(
          t('plans.trustProfessionals'),
          trust.professionals,
          10,
          setTrustOf('professionals'),
        )}
        {scoreField(
          t('plans.trustMunicipality'),
          trust.municipality,
          10,
          setTrustOf('municipality'),
        )}
      </div>
      {record.isError && (
        <Alert type="error">
          {record.error instanceof ApiError ? record.error.message : t('common.error')}
        </Alert>
      )}
      {record.isSuccess && <Alert type="ok">{t('plans.recorded')}</Alert>}
      <Button type="submit" disabled={record.isPending}>
        {t('plans.record')}
      </Button>
    </form>
  )
}
