import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  can,
  LADDER_RUNGS,
  type ParticipantDetail,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, DataList, Heading, SelectField, Table, TextField } from '../../ui/index.js'
import { AgeBandAndHouseholdFields, ageBandOf, householdOf } from './minimal-set-fields.js'

export function ParticipantDetailPage(props: { id: string }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const role = useSession().data?.role ?? null
  const participant = useQuery({
    queryKey: ['participant', props.id],
    queryFn: () => callRoute(contract.participants.get, { params: { id: props.id } }),
  })
  const p = participant.data?.participant
  const projectId = p?.projectIds[0]
  const project = useQuery({
    queryKey: ['project', projectId],
    queryFn:
      projectId === undefined
        ? skipToken
        : () => callRoute(contract.projects.get, { params: { id: projectId } }),
  })
  const organisations = project.data?.project.organisations ?? []
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? id
  const refresh = () => client.invalidateQueries({ queryKey: ['participant', props.id] })

  if (participant.isError) return <Alert type="error">{participant.error.message}</Alert>
  if (!p) return <p>{t('common.loading')}</p>
  return (
    <>
      <p>
        <Link to="/participants">{t('participants.back')}</Link>
      </p>
      <Heading level={1}>{t('participants.detailTitle', { pseudonym: p.pseudonym })}</Heading>
      <p>
        <Link to={`/participants/${p.id}/plan`}>{t('plans.toPlan')}</Link>
        {can(role, 'audit.read') && (
          <>
            {' · '}
            <Link to={`/admin/audit?personId=${p.id}`}>{t('audit.whoViewed')}</Link>
          </>
        )}
      </p>
      <DataList
        items={[
          { key: t('participants.team'), value: p.team },
          { key: t('participants.ageBand'), value: p.ageBand ?? '—' },
          {
            key: t('participants.household'),
            value: p.householdType ? t(`household.${p.householdType}`) : '—',
          },
          { key: t('participants.district'), value: p.district ?? '—' },
          {
            key: t('participants.ladder'),
            value: p.ladderRung ? t(`ladder.${p.ladderRung}`) : '—',
          },
        ]}
      />
      <EditForm participant={p} onSaved={refresh} />
      <Heading level={2}>{t('consent.title')}</Heading>
      {p.consents.length === 0 ? (
        <p>{t('consent.none')}</p>
      ) : (
        <Table
          caption={t('consent.caption')}
          rowKey={(c) => c.id}
          rows={p.consents}
          columns={[
            { header: t('consent.purpose'), cell: (c) => c.purpose },
            { header: t('consent.partner'), cell: (c) => orgName(c.partnerOrganisationId) },
            { header: t('consent.status'), cell: (c) => t(`consent.${c.status}`) },
            { header: t('consent.date'), cell: (c) => c.date },
          ]}
        />
      )}
      {organisations.length > 0 && (
        <ConsentForm participantId={p.id} organisations={organisations} onSaved={refresh} />
      )}
    </>
  )
}

function EditForm(props: { participant: ParticipantDetail; onSaved: () => unknown }) {
  const { t } = useTranslation()
  const p = props.participant
  const [ladder, setLadder] = useState(p.ladderRung?.toString() ?? '')
  const [ageBand, setAgeBand] = useState(p.ageBand ?? '')
  const [household, setHousehold] = useState(p.householdType ?? '')
  const save = useMutation({
    mutationFn: () =>
      callRoute(contract.participants.update, {
        params: { id: p.id },
        body: {
          ladderRung: ladder === '' ? null : Number(ladder),
          ageBand: ageBandOf(ageBand) ?? null,
          householdType: householdOf(household) ?? null,
        },
      }),
    onSuccess: props.onSaved,
  })
  const none = { value: '', label: t('common.unknown') }
  return (
    <form
      className="ew-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        save.mutate()
      }}
    >
      <Heading level={2}>{t('participants.edit')}</Heading>
      <p className="ew-muted">{t('participants.editHelp')}</p>
      <div className="ew-form-row">
        <SelectField
          label={t('participants.ladder')}
          value={ladder}
          onChange={(e) => setLadder(e.target.value)}
          options={[
            none,
            ...LADDER_RUNGS.map((r) => ({ value: String(r), label: t(`ladder.${r}`) })),
          ]}
        />
        <AgeBandAndHouseholdFields
          ageBand={{ value: ageBand, onChange: setAgeBand }}
          household={{ value: household, onChange: setHousehold }}
        />
      </div>
      {save.isError && (
        <Alert type="error">
          {save.error instanceof ApiError ? save.error.message : t('common.error')}
        </Alert>
      )}
      {save.isSuccess && <Alert type="ok">{t('common.saved')}</Alert>}
      <Button type="submit" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  )
}

function ConsentForm(props: {
  participantId: string
  organisations: ReadonlyArray<{ id: string; name: string }>
  onSaved: () => unknown
}) {
  const { t } = useTranslation()
  const [purpose, setPurpose] = useState('')
  const [partner, setPartner] = useState(props.organisations[0]?.id ?? '')
  const [status, setStatus] = useState<'given' | 'withdrawn'>('given')
  const [date, setDate] = useState(() => todayInAmsterdam())
  const add = useMutation({
    mutationFn: () =>
      callRoute(contract.participants.addConsent, {
        params: { id: props.participantId },
        body: { purpose, partnerOrganisationId: partner, status, date },
      }),
    onSuccess: () => {
      setPurpose('')
      return props.onSaved()
    },
  })
  const issue = (field: string) =>
    add.error instanceof ApiError
      ? add.error.issues.find((i) => i.field?.endsWith(field))?.message
      : undefined
  return (
    <form
      className="ew-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        add.mutate()
      }}
    >
      <Heading level={3}>{t('consent.add')}</Heading>
      <div className="ew-form-row">
        <TextField
          label={t('consent.purpose')}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          error={issue('purpose')}
        />
        <SelectField
          label={t('consent.partner')}
          value={partner}
          onChange={(e) => setPartner(e.target.value)}
          options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          label={t('consent.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as 'given' | 'withdrawn')}
          options={[
            { value: 'given', label: t('consent.given') },
            { value: 'withdrawn', label: t('consent.withdrawn') },
          ]}
        />
        <TextField
          label={t('consent.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      {add.isError && (
        <Alert type="error">
          {add.error instanceof ApiError ? add.error.message : t('common.error')}
        </Alert>
      )}
      <Button type="submit" disabled={add.isPending}>
        {t('consent.submit')}
      </Button>
    </form>
  )
}
