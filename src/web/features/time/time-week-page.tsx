import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  MAX_ENTRY_MINUTES,
  type MinuteTotals,
  TIME_KINDS,
  type TimeEntry,
  type TimeKind,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import {
  Alert,
  Button,
  DataList,
  Heading,
  NumberField,
  Paragraph,
  SelectField,
  Table,
} from '../../ui/index.js'
import { durationText, lastProject, timeQueue, useTimeQueue } from './time-store.js'
import './time.css'

const DAY_MS = 86_400_000
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
/** The Monday of a date's week (ISO 8601 weeks start on Monday). */
const monday = (date: string) =>
  addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7))

/** A professional's week: their own entries to review and correct, and the team's totals. */
export function TimeWeekPage() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const queue = useTimeQueue()
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => callRoute(contract.projects.list),
  })
  const [projectId, setProjectId] = useState<string | null>(lastProject.get())
  const [week, setWeek] = useState(monday(todayInAmsterdam()))
  const project =
    projects.data?.projects.find((p) => p.id === projectId) ?? projects.data?.projects[0]
  const to = addDays(week, 6)
  const entries = useQuery({
    queryKey: ['time-entries', project?.id, week, to, queue.queued],
    queryFn: () =>
      callRoute(contract.time.list, {
        params: { id: project?.id ?? '' },
        query: { from: week, to },
      }),
    enabled: project !== undefined,
  })
  const correct = async (entry: TimeEntry, change: Partial<TimeEntry>) => {
    if (!project) return
    const { pseudonym: _p, ...fields } = { ...entry, ...change }
    await timeQueue().enqueue({ projectId: project.id, entry: fields })
    await client.invalidateQueries({ queryKey: ['time-entries', project.id] })
  }
  const totals = (label: string, m: MinuteTotals | undefined) => ({
    key: label,
    value: m
      ? t('time.week.totals', {
          formal: durationText(m.formal, language),
          informal: durationText(m.informal, language),
          own: durationText(m.ownOrganisation, language),
          n: m.entries,
        })
      : '…',
  })
  return (
    <>
      <Heading level={1}>{t('time.week.title')}</Heading>
      <Paragraph>{t('time.week.intro')}</Paragraph>
      {projects.isError && <Alert type="error">{projects.error.message}</Alert>}
      {(projects.data?.projects.length ?? 0) > 1 && (
        <SelectField
          label={t('time.entry.project')}
          value={project?.id ?? ''}
          onChange={(e) => {
            setProjectId(e.target.value)
            lastProject.set(e.target.value)
          }}
          options={(projects.data?.projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <div className="ew-actions">
        <Button appearance="secondary" onClick={() => setWeek(addDays(week, -7))}>
          {t('time.week.previous')}
        </Button>
        <span>{t('time.week.range', { from: week, to })}</span>
        <Button appearance="secondary" onClick={() => setWeek(addDays(week, 7))}>
          {t('time.week.next')}
        </Button>
      </div>
      {queue.queued > 0 && (
        <Alert type="info">{t('time.week.queued', { count: queue.queued })}</Alert>
      )}
      {entries.isError && <Alert type="error">{entries.error.message}</Alert>}
      <DataList
        items={[
          totals(t('time.week.own'), entries.data?.own),
          totals(t('time.week.team'), entries.data?.team),
        ]}
      />
      {entries.data && entries.data.entries.length === 0 && <p>{t('time.week.empty')}</p>}
      {entries.data && entries.data.entries.length > 0 && (
        <div className="ew-time-week">
          <Table
            caption={t('time.week.caption', { from: week, to })}
            rowKey={(e) => e.id}
            rows={entries.data.entries}
            columns={[
              { header: t('time.week.date'), cell: (e) => e.date },
              { header: t('time.entry.case'), cell: (e) => e.pseudonym },
              {
                header: t('time.week.kind'),
                cell: (e) => (
                  <SelectField
                    label={t('time.week.kindOf', { pseudonym: e.pseudonym, date: e.date })}
                    value={e.kind}
                    onChange={(ev) => void correct(e, { kind: ev.target.value as TimeKind })}
                    options={TIME_KINDS.map((k) => ({ value: k, label: t(`time.kinds.${k}`) }))}
                  />
                ),
              },
              {
                header: t('time.entry.minutes'),
                cell: (e) => (
                  <MinutesCell
                    label={t('time.week.minutesOf', { pseudonym: e.pseudonym, date: e.date })}
                    minutes={e.minutes}
                    onCommit={(minutes) => void correct(e, { minutes })}
                  />
                ),
              },
              {
                header: t('time.week.own'),
                cell: (e) => (
                  <label className="ew-time-choice">
                    <input
                      type="checkbox"
                      checked={e.ownOrganisation}
                      onChange={(ev) => void correct(e, { ownOrganisation: ev.target.checked })}
                    />
                    <span className="ew-time-cell-label">
                      {t('time.week.ownOf', { pseudonym: e.pseudonym, date: e.date })}
                    </span>
                  </label>
                ),
              },
            ]}
          />
        </div>
      )}
    </>
  )
}

/** A duration typed in the user's notation, sent as a correction when the field is left. */
function MinutesCell(props: {
  label: string
  minutes: number
  onCommit: (minutes: number) => void
}) {
  const [draft, setDraft] = useState<number | undefined>(props.minutes)
  return (
    <NumberField
      label={props.label}
      min={1}
      max={MAX_ENTRY_MINUTES}
      inputMode="numeric"
      value={draft}
      onValue={setDraft}
      onBlur={() => {
        if (draft !== undefined && Number.isInteger(draft) && draft !== props.minutes)
          props.onCommit(draft)
      }}
    />
  )
}
