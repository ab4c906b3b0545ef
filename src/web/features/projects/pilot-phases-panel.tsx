import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  formatDay,
  MINKMAN_PHASES,
  type MinkmanPhase,
  type PilotPhasesResponse,
  timelineSpan,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Alert, Button, Heading, IssueList, SelectField, TextField } from '../../ui/index.js'
import { PhaseTimeline } from './phase-timeline.js'

/**
 * The pilot's phases on the project page: the timeline (the whole project and each
 * organisation), for the pilot manager a form to record an organisation's phase change, and the
 * checklist per phase of what the literature expects there.
 */
export function PilotPhasesPanel(props: { projectId: string; canWrite: boolean }) {
  const { t } = useTranslation()
  const key = ['pilot-phases', props.projectId]
  const phases = useQuery({
    queryKey: key,
    queryFn: () => callRoute(contract.pilotPhases.get, { params: { id: props.projectId } }),
  })
  if (phases.isError) return <Alert type="error">{phases.error.message}</Alert>
  const data = phases.data
  if (!data) return <p>{t('common.loading')}</p>
  return (
    <section aria-labelledby="pilot-phases-title">
      <Heading level={2} id="pilot-phases-title">
        {t('pilotPhases.title')}
      </Heading>
      <PhaseTimeline
        rows={data.rows}
        span={timelineSpan(data.periodStart, data.periodEnd, todayInAmsterdam())}
      />
      {props.canWrite && <OrganisationPhaseForm data={data} queryKey={key} />}
      <Checklist data={data} canWrite={props.canWrite} queryKey={key} />
    </section>
  )
}

function OrganisationPhaseForm(props: { data: PilotPhasesResponse; queryKey: readonly unknown[] }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const organisations = props.data.rows.flatMap((r) => (r.organisation ? [r.organisation] : []))
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '')
  const [phase, setPhase] = useState<MinkmanPhase>('experiment')
  const [date, setDate] = useState('')
  const [reason, setReason] = useState('')
  const save = useMutation({
    mutationFn: () =>
      callRoute(contract.pilotPhases.changeOrganisation, {
        params: { id: props.data.projectId },
        body: { organisationId, phase, date, reason },
      }),
    onSuccess: (data) => {
      client.setQueryData(props.queryKey, data)
      setReason('')
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  if (organisations.length === 0) return null
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="organisation-phase-title">
      <Heading level={3} id="organisation-phase-title">
        {t('pilotPhases.changeTitle')}
      </Heading>
      <div className="ew-form-row">
        <SelectField
          label={t('pilotPhases.organisation')}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          label={t('pilotPhases.newPhase')}
          value={phase}
          onChange={(e) => setPhase(e.target.value as MinkmanPhase)}
          options={MINKMAN_PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
        />
        <TextField
          label={t('pilotPhases.date')}
          description={t('pilotPhases.dateHelp')}
          type="date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <TextField
        label={t('pilotPhases.reason')}
        value={reason}
        required
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="ew-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('pilotPhases.record')}
        </Button>
      </div>
      {save.isSuccess && <p role="status">{t('pilotPhases.recorded')}</p>}
      {save.error && <IssueList error={save.error} />}
    </form>
  )
}

function Checklist(props: {
  data: PilotPhasesResponse
  canWrite: boolean
  queryKey: readonly unknown[]
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const [date, setDate] = useState(() => todayInAmsterdam())
  const tick = useMutation({
    mutationFn: (change: { item: string; done: boolean }) =>
      callRoute(contract.pilotPhases.tick, {
        params: { id: props.data.projectId },
        body: change.done
          ? { item: change.item, done: true, date }
          : { item: change.item, done: false },
      }),
    // the box follows the click at once; the server's answer (with who) or a refetch settles it
    onMutate: (change) =>
      client.setQueryData<PilotPhasesResponse>(props.queryKey, (old) =>
        old
          ? {
              ...old,
              checklist: old.checklist.map((i) =>
                i.id === change.item ? { ...i, done: change.done ? { date, by: null } : null } : i,
              ),
            }
          : old,
      ),
    onSuccess: (data) => client.setQueryData(props.queryKey, data),
    onError: () => client.invalidateQueries({ queryKey: props.queryKey }),
  })
  return (
    <>
      <Heading level={3}>{t('pilotPhases.checklistTitle')}</Heading>
      <p className="ew-muted">{t('pilotPhases.checklistIntro')}</p>
      {props.canWrite && (
        <TextField
          label={t('pilotPhases.tickDate')}
          type="date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
      )}
      {MINKMAN_PHASES.map((phase) => (
        <fieldset key={phase} className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t(`phases.${phase}`)}</legend>
          {props.data.checklist
            .filter((i) => i.phase === phase)
            .map((item) => (
              <div key={item.id} className="utrecht-form-field utrecht-form-field--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={item.done !== null}
                    disabled={!props.canWrite || tick.isPending}
                    onChange={(e) => tick.mutate({ item: item.id, done: e.target.checked })}
                  />{' '}
                  {item.text[language]}
                  {item.done?.by &&
                    ` — ${t('pilotPhases.doneOn', { date: formatDay(item.done.date, language), by: item.done.by })}`}
                </label>
                <div className="utrecht-form-field-description ew-muted">
                  {t('pilotPhases.source', { source: item.source })}
                </div>
              </div>
            ))}
        </fieldset>
      ))}
      {tick.error && <IssueList error={tick.error} />}
    </>
  )
}
