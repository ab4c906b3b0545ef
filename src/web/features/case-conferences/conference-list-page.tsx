import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can, formatWeekday, todayInAmsterdam } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'
import { AttendanceView } from './attendance-view.js'

type Period = 'upcoming' | 'past'

/** The municipality's case conferences, planning new ones, and who was at the table. */
export function ConferenceListPage() {
  const { t, i18n } = useTranslation()
  const role = useSession().data?.role
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [period, setPeriod] = useState<Period>('upcoming')
  const today = todayInAmsterdam()
  const list = useQuery({
    queryKey: ['case-conferences', period, today],
    queryFn: () =>
      callRoute(contract.caseConferences.list, {
        query: period === 'upcoming' ? { from: today } : { to: today },
      }),
    enabled: can(role, 'conferences.read'),
  })
  const rows =
    period === 'past'
      ? [...(list.data?.conferences ?? [])].reverse()
      : (list.data?.conferences ?? [])
  return (
    <>
      <Heading level={1}>{t('caseConferences.title')}</Heading>
      {can(role, 'conferences.read') && (
        <>
          <Paragraph>{t('caseConferences.intro')}</Paragraph>
          <SelectField
            label={t('caseConferences.show')}
            value={period}
            onChange={(e) => setPeriod(e.target.value === 'past' ? 'past' : 'upcoming')}
            options={[
              { value: 'upcoming', label: t('caseConferences.upcoming') },
              { value: 'past', label: t('caseConferences.past') },
            ]}
          />
          {list.isError && <Alert type="error">{list.error.message}</Alert>}
          {list.isSuccess && rows.length === 0 ? (
            <Paragraph>{t('caseConferences.empty')}</Paragraph>
          ) : (
            <Table
              caption={t('caseConferences.caption', { count: rows.length })}
              rowKey={(c) => c.id}
              rows={rows}
              columns={[
                {
                  header: t('caseConferences.date'),
                  cell: (c) => (
                    <Link to={`/case-conferences/${c.id}`}>{formatWeekday(c.date, language)}</Link>
                  ),
                },
                {
                  header: t('caseConferences.team'),
                  cell: (c) => [c.organisation.name, c.team].filter(Boolean).join(' – '),
                },
                {
                  header: t('caseConferences.chair'),
                  cell: (c) => c.chair?.name ?? t('caseConferences.noChair'),
                },
                {
                  header: t('caseConferences.attendeeCount'),
                  cell: (c) => c.attendeeCount,
                  numeric: true,
                },
                { header: t('caseConferences.cases'), cell: (c) => c.caseCount, numeric: true },
              ]}
            />
          )}
        </>
      )}
      {can(role, 'conferences.write') && <PlanForm />}
      {can(role, 'conferences.attendance') && <AttendanceView />}
    </>
  )
}

function PlanForm() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => callRoute(contract.projects.list),
  })
  const colleagues = useQuery({
    queryKey: ['case-conference-colleagues'],
    queryFn: () => callRoute(contract.caseConferences.colleagues),
  })
  const [projectId, setProjectId] = useState('')
  const [date, setDate] = useState(() => todayInAmsterdam())
  const [repeat, setRepeat] = useState<'once' | 'weekly' | 'fortnightly'>('once')
  const [count, setCount] = useState('10')
  const [attendees, setAttendees] = useState<ReadonlySet<string>>(new Set())
  const [chair, setChair] = useState('')
  const project = projectId || projects.data?.projects[0]?.id || ''
  const plan = useMutation({
    mutationFn: () =>
      callRoute(contract.caseConferences.create, {
        body: {
          projectId: project,
          date,
          ...(chair ? { chairUserId: chair } : {}),
          attendees: [...attendees].map((userId) => ({ userId })),
          ...(repeat === 'once' ? {} : { repeat: { cadence: repeat, count: Number(count) } }),
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case-conferences'] }),
  })
  return (
    <form
      className="ew-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        plan.mutate()
      }}
    >
      <Heading level={2}>{t('caseConferences.plan.title')}</Heading>
      <div className="ew-form-row">
        <SelectField
          label={t('caseConferences.plan.project')}
          value={project}
          onChange={(e) => setProjectId(e.target.value)}
          options={(projects.data?.projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField
          label={t('caseConferences.plan.date')}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <SelectField
          label={t('caseConferences.chair')}
          value={chair}
          onChange={(e) => setChair(e.target.value)}
          options={[
            { value: '', label: t('caseConferences.noChair') },
            ...(colleagues.data?.colleagues ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.organisation.name})`,
            })),
          ]}
        />
        <SelectField
          label={t('caseConferences.plan.repeat')}
          value={repeat}
          onChange={(e) =>
            setRepeat(
              e.target.value === 'weekly' || e.target.value === 'fortnightly'
                ? e.target.value
                : 'once',
            )
          }
          options={(['once', 'weekly', 'fortnightly'] as const).map((r) => ({
            value: r,
            label: t(`caseConferences.plan.${r}`),
          }))}
        />
        {repeat !== 'once' && (
          <TextField
            label={t('caseConferences.plan.count')}
            type="number"
            min={2}
            max={104}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        )}
      </div>
      <fieldset className="ew-plain-fieldset">
        <legend>{t('caseConferences.plan.attendees')}</legend>
        {(colleagues.data?.colleagues ?? []).map((c) => (
          <label key={c.id} className="ew-checkbox">
            <input
              type="checkbox"
              checked={attendees.has(c.id)}
              onChange={(e) => {
                const next = new Set(attendees)
                if (e.target.checked) next.add(c.id)
                else next.delete(c.id)
                setAttendees(next)
              }}
            />{' '}
            {c.name} ({c.organisation.name}
            {c.team ? `, ${c.team}` : ''})
          </label>
        ))}
      </fieldset>
      {plan.isError && (
        <Alert type="error">
          {plan.error instanceof ApiError ? plan.error.message : t('common.error')}
        </Alert>
      )}
      {plan.isSuccess && (
        <Alert type="ok">
          {t('caseConferences.plan.planned', { count: plan.data.conferences.length })}
        </Alert>
      )}
      <Button type="submit" disabled={plan.isPending || project === ''}>
        {t('caseConferences.plan.submit')}
      </Button>
    </form>
  )
}
