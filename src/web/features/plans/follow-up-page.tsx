import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import './plans.css'
import { contract } from '../../../contract/index.js'
import {
  CHECK_IN_OUTCOMES,
  type CheckInOutcome,
  can,
  type FollowUp,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { useQueuedWrite, useWriteQueue } from '../../offline/browser-queue.js'
import { QueueNotice } from '../../offline/queue-notice.js'
import { Alert, Button, Heading, Paragraph, SelectField, Table, TextField } from '../../ui/index.js'
import { useFollowUpColumns } from './follow-up-table.js'
import { checkInWrite, planQueue } from './plan-queue.js'

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** "Vinger aan de pols": the check-ins due this week (or another) and every overdue one. */
export function FollowUpPage() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const writes = can(useSession().data?.role ?? null, 'participants.write')
  const [view, setView] = useState<'mine' | 'team'>('mine')
  const [week, setWeek] = useState(() => todayInAmsterdam())
  const due = useQuery({
    queryKey: ['follow-ups', view, week],
    queryFn: () => callRoute(contract.followUps.due, { query: { view, week } }),
  })
  const queue = planQueue()
  const queued = useWriteQueue(queue, () => client.invalidateQueries({ queryKey: ['follow-ups'] }))
  const columns = useFollowUpColumns()
  const rows = due.data?.followUps ?? []
  return (
    <>
      <Heading level={1}>{t('plans.followUpTitle')}</Heading>
      <Paragraph>{t('plans.followUpIntro')}</Paragraph>
      {writes && (
        <QueueNotice snapshot={queued} texts="plans.queue" onDiscard={() => queue.discardFirst()} />
      )}
      <div className="ew-form-row">
        <SelectField
          label={t('plans.view')}
          value={view}
          onChange={(e) => setView(e.target.value === 'team' ? 'team' : 'mine')}
          options={[
            { value: 'mine', label: t('plans.viewMine') },
            { value: 'team', label: t('plans.viewTeam') },
          ]}
        />
        <TextField
          label={t('plans.week')}
          type="date"
          value={week}
          onChange={(e) => e.target.value && setWeek(e.target.value)}
        />
      </div>
      <p>
        <Button appearance="secondary" onClick={() => setWeek(addDays(week, -7))}>
          {t('plans.previousWeek')}
        </Button>{' '}
        <Button appearance="secondary" onClick={() => setWeek(addDays(week, 7))}>
          {t('plans.nextWeek')}
        </Button>{' '}
        <Button appearance="subtle" onClick={() => setWeek(todayInAmsterdam())}>
          {t('plans.thisWeek')}
        </Button>
      </p>
      {due.data && (
        <p aria-live="polite">
          {t('plans.weekRange', { start: due.data.weekStart, end: due.data.weekEnd })}
        </p>
      )}
      {due.isError && <Alert type="error">{due.error.message}</Alert>}
      {rows.length === 0 ? (
        <p>{t('plans.noneDue')}</p>
      ) : (
        <Table
          caption={t('plans.dueCaption', { count: rows.length })}
          rowKey={(f) => f.id}
          rows={rows}
          columns={[
            {
              header: t('plans.participant'),
              cell: (f) => <Link to={`/participants/${f.participantId}/plan`}>{f.pseudonym}</Link>,
            },
            ...columns,
            { header: t('plans.owner'), cell: (f) => f.owner.name },
            ...(writes
              ? [
                  {
                    header: t('plans.outcome'),
                    cell: (f: FollowUp) => <CheckIn followUp={f} />,
                  },
                ]
              : []),
          ]}
        />
      )}
    </>
  )
}

/**
 * One click records how it went (goed / zorgen / hulp heropend), with an optional note; between
 * home visits without a network it waits in the plan queue (a second click replaces it).
 */
function CheckIn(props: { followUp: FollowUp }) {
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  const record = useQueuedWrite(planQueue())
  const checkIn = (outcome: CheckInOutcome) =>
    record.write(checkInWrite(props.followUp.id, { outcome, ...(note.trim() ? { note } : {}) }))
  const pseudonym = props.followUp.pseudonym
  return (
    <div className="ew-check-in">
      <TextField
        label={t('plans.note', { pseudonym })}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {CHECK_IN_OUTCOMES.map((outcome) => (
        <Button
          key={outcome}
          appearance={outcome === 'good' ? 'primary' : 'secondary'}
          aria-label={t('plans.recordAs', {
            outcome: t(`plans.outcomeName.${outcome}`),
            pseudonym,
          })}
          onClick={() => void checkIn(outcome)}
        >
          {t(`plans.outcomeName.${outcome}`)}
        </Button>
      ))}
      <span role="status">{record.waiting ? t('plans.queue.waiting') : ''}</span>
    </div>
  )
}
