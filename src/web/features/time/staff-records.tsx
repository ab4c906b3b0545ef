import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { callRoute } from '../../api/call-route.js'
import { Button, Heading, IssueList, NumberField, SelectField, TextField } from '../../ui/index.js'

interface Row {
  team: string | null
  hoursPerWeek: number | undefined
  start: string
  end: string
}

/**
 * The administrator's records the capacity monitor counts from: a user's contracts (hours a
 * week, start, end) and an organisation's open posts per team.
 */
export function StaffRecords(props: {
  users: readonly { id: string; name: string; organisationId: string | null }[]
  organisations: readonly { id: string; name: string }[]
}) {
  const { t } = useTranslation()
  const staff = props.users.filter((u) => u.organisationId !== null)
  const [userId, setUserId] = useState('')
  const [organisationId, setOrganisationId] = useState('')
  const user = userId || staff[0]?.id || ''
  const organisation = organisationId || props.organisations[0]?.id || ''
  return (
    <section className="ew-form" aria-labelledby="staff-records-title">
      <Heading level={2} id="staff-records-title">
        {t('time.staff.title')}
      </Heading>
      <SelectField
        label={t('time.staff.user')}
        value={user}
        onChange={(e) => setUserId(e.target.value)}
        options={staff.map((u) => ({ value: u.id, label: u.name }))}
      />
      {user && <ContractsEditor key={user} userId={user} />}
      <SelectField
        label={t('time.staff.organisation')}
        value={organisation}
        onChange={(e) => setOrganisationId(e.target.value)}
        options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      {organisation && <VacanciesEditor key={organisation} organisationId={organisation} />}
    </section>
  )
}

function ContractsEditor(props: { userId: string }) {
  const stored = useQuery({
    queryKey: ['contracts', props.userId],
    queryFn: () => callRoute(contract.capacity.contracts, { params: { id: props.userId } }),
  })
  if (!stored.data) return null
  return (
    <RowsEditor
      kind="contracts"
      initial={stored.data.contracts.map((c) => ({
        team: null,
        hoursPerWeek: c.hoursPerWeek,
        start: c.startDate,
        end: c.endDate ?? '',
      }))}
      save={async (rows) => {
        await callRoute(contract.capacity.setContracts, {
          params: { id: props.userId },
          body: {
            contracts: rows.map((r) => ({
              hoursPerWeek: r.hoursPerWeek ?? 0,
              startDate: r.start,
              endDate: r.end || null,
            })),
          },
        })
      }}
      queryKey={['contracts', props.userId]}
    />
  )
}

function VacanciesEditor(props: { organisationId: string }) {
  const stored = useQuery({
    queryKey: ['vacancies', props.organisationId],
    queryFn: () => callRoute(contract.capacity.vacancies, { params: { id: props.organisationId } }),
  })
  if (!stored.data) return null
  return (
    <RowsEditor
      kind="vacancies"
      initial={stored.data.vacancies.map((v) => ({
        team: v.team ?? '',
        hoursPerWeek: v.hoursPerWeek,
        start: v.openedOn,
        end: v.filledOn ?? '',
      }))}
      save={async (rows) => {
        await callRoute(contract.capacity.setVacancies, {
          params: { id: props.organisationId },
          body: {
            vacancies: rows.map((r) => ({
              team: r.team || null,
              hoursPerWeek: r.hoursPerWeek ?? 0,
              openedOn: r.start,
              filledOn: r.end || null,
            })),
          },
        })
      }}
      queryKey={['vacancies', props.organisationId]}
    />
  )
}

/** Rows of hours a week with a period; vacancies also name their team. */
function RowsEditor(props: {
  kind: 'contracts' | 'vacancies'
  initial: Row[]
  save: (rows: Row[]) => Promise<void>
  queryKey: unknown[]
}) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [rows, setRows] = useState<Row[]>(props.initial)
  const [problem, setProblem] = useState<Error | undefined>()
  const [saved, setSaved] = useState(false)
  const k = props.kind
  const update = (i: number, change: Partial<Row>) => {
    setSaved(false)
    setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)))
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setProblem(undefined)
    try {
      await props.save(rows)
      await client.invalidateQueries({ queryKey: props.queryKey })
      setSaved(true)
    } catch (error) {
      setProblem(error as Error)
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t(`time.staff.${k}`)}>
      {rows.length === 0 && <p>{t(`time.staff.${k}None`)}</p>}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <fieldset key={i} className="ew-item">
          <legend>{t(`time.staff.${k}Row`, { n: i + 1 })}</legend>
          <div className="ew-form-row">
            {k === 'vacancies' && (
              <TextField
                label={t('time.staff.team')}
                value={row.team ?? ''}
                onChange={(e) => update(i, { team: e.target.value })}
              />
            )}
            <NumberField
              label={t('time.staff.hours')}
              min={1}
              max={60}
              value={row.hoursPerWeek}
              onValue={(v) => update(i, { hoursPerWeek: v })}
            />
            <TextField
              label={t(`time.staff.${k}Start`)}
              type="date"
              required
              value={row.start}
              onChange={(e) => update(i, { start: e.target.value })}
            />
            <TextField
              label={t(`time.staff.${k}End`)}
              type="date"
              value={row.end}
              onChange={(e) => update(i, { end: e.target.value })}
            />
          </div>
          <Button appearance="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('time.staff.remove', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {problem && <IssueList error={problem} />}
      {saved && <p role="status">{t('time.staff.saved')}</p>}
      <div className="ew-actions">
        <Button
          appearance="secondary"
          onClick={() => setRows([...rows, { team: null, hoursPerWeek: 36, start: '', end: '' }])}
        >
          {t(`time.staff.${k}Add`)}
        </Button>
        <Button type="submit">{t(`time.staff.${k}Save`)}</Button>
      </div>
    </form>
  )
}
