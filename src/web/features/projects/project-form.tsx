import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { MINKMAN_PHASES, type MinkmanPhase, type ProjectDetail } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Button, CheckboxGroup, IssueList, SelectField, TextField } from '../../ui/index.js'

/**
 * Creates a project (no `project`) or edits one. Choosing another phase asks the date it took
 * effect and the reason, which the project's phase history keeps.
 */
export function ProjectForm(props: {
  project?: ProjectDetail
  onDone: (project: ProjectDetail) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const current = props.project
  const partners = useQuery({
    queryKey: ['project-partners'],
    queryFn: () => callRoute(contract.projects.partners, { query: {} }),
  })
  const [name, setName] = useState(current?.name ?? '')
  const [periodStart, setPeriodStart] = useState(current?.periodStart ?? '')
  const [periodEnd, setPeriodEnd] = useState(current?.periodEnd ?? '')
  const [targetGroup, setTargetGroup] = useState(current?.targetGroup ?? '')
  const [theoryOfChange, setTheoryOfChange] = useState(current?.theoryOfChange ?? '')
  const [organisationIds, setOrganisationIds] = useState<readonly string[]>(
    current?.organisations.map((o) => o.id) ?? [],
  )
  const [phase, setPhase] = useState<MinkmanPhase>(current?.phase ?? 'design')
  const [phaseDate, setPhaseDate] = useState('')
  const [phaseReason, setPhaseReason] = useState('')
  const phaseChanges = current !== undefined && phase !== current.phase
  const save = useMutation({
    mutationFn: () => {
      const fields = {
        name,
        periodStart,
        periodEnd: periodEnd === '' ? null : periodEnd,
        targetGroup,
        theoryOfChange,
        organisationIds: [...organisationIds],
      }
      return current === undefined
        ? callRoute(contract.projects.create, { body: { ...fields, phase } })
        : callRoute(contract.projects.update, {
            params: { id: current.id },
            body: { ...fields, ...(phaseChanges ? { phase, phaseDate, phaseReason } : {}) },
          })
    },
    onSuccess: async (data) => {
      client.setQueryData(['project', data.project.id], data)
      await client.invalidateQueries({ queryKey: ['projects'] })
      props.onDone(data.project)
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  const toggle = (id: string, on: boolean) =>
    setOrganisationIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))
  const title = current === undefined ? t('projects.newTitle') : t('projects.editTitle')
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="project-form-title">
      <h2 className="utrecht-heading-2" id="project-form-title">
        {title}
      </h2>
      <div className="ew-form-row">
        <TextField
          label={t('projects.name')}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('projects.periodStart')}
          type="date"
          value={periodStart}
          required
          onChange={(e) => setPeriodStart(e.target.value)}
        />
        <TextField
          label={t('projects.periodEnd')}
          description={t('projects.periodEndHelp')}
          type="date"
          value={periodEnd}
          onChange={(e) => setPeriodEnd(e.target.value)}
        />
        <SelectField
          label={current === undefined ? t('projects.startPhase') : t('projects.phase')}
          value={phase}
          onChange={(e) => setPhase(e.target.value as MinkmanPhase)}
          options={MINKMAN_PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
        />
      </div>
      {phaseChanges && (
        <div className="ew-form-row">
          <TextField
            label={t('projects.phaseDate')}
            description={t('projects.phaseChangeHelp')}
            type="date"
            value={phaseDate}
            required
            onChange={(e) => setPhaseDate(e.target.value)}
          />
          <TextField
            label={t('projects.phaseReason')}
            value={phaseReason}
            required
            onChange={(e) => setPhaseReason(e.target.value)}
          />
        </div>
      )}
      <TextField
        label={t('projects.targetGroup')}
        value={targetGroup}
        required
        onChange={(e) => setTargetGroup(e.target.value)}
      />
      <TextField
        label={t('projects.theoryOfChange')}
        value={theoryOfChange}
        required
        onChange={(e) => setTheoryOfChange(e.target.value)}
      />
      <CheckboxGroup
        legend={t('projects.organisationsLegend')}
        options={(partners.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        isChecked={(id) => organisationIds.includes(id)}
        onToggle={toggle}
      />
      <div className="ew-actions">
        <Button type="submit" disabled={save.isPending}>
          {current === undefined ? t('projects.create') : t('common.save')}
        </Button>
        <Button appearance="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {save.error && <IssueList error={save.error} />}
    </form>
  )
}
