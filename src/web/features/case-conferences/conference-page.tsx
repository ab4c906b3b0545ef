import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type Colleague,
  type ConferenceCase,
  type ConferenceDetail,
  type ConferenceDomain,
  can,
  defaultDomain,
  formatWeekday,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { useQueuedWrite, useWriteQueue } from '../../offline/browser-queue.js'
import { QueueNotice } from '../../offline/queue-notice.js'
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../../ui/index.js'
import { ActionTable } from './action-table.js'
import {
  addActionWrite,
  attendanceWrite,
  attendanceWriteId,
  conferenceQueue,
  queuedWrite,
  recordWrite,
  recordWriteId,
} from './conference-queue.js'
import { DomainSelect } from './fields.js'

type Visible = Extract<ConferenceCase, { visible: true }>

function errorText(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback
}

/** One conference: who is at the table, the agenda, and per case its record and actions. */
export function ConferencePage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const client = useQueryClient()
  const session = useSession().data
  const canWrite = can(session?.role, 'conferences.write')
  const conference = useQuery({
    queryKey: ['case-conference', props.id],
    queryFn: () => callRoute(contract.caseConferences.get, { params: { id: props.id } }),
  })
  const colleagues = useQuery({
    queryKey: ['case-conference-colleagues'],
    queryFn: () => callRoute(contract.caseConferences.colleagues),
    enabled: canWrite,
  })
  const refresh = () => client.invalidateQueries({ queryKey: ['case-conference', props.id] })
  const queue = conferenceQueue()
  const queued = useWriteQueue(queue, refresh)
  if (conference.isError) return <Alert type="error">{conference.error.message}</Alert>
  if (!conference.data) return <Paragraph>{t('common.loading')}</Paragraph>
  const c = conference.data.conference
  const people = colleagues.data?.colleagues ?? []
  return (
    <>
      <p>
        <Link to="/case-conferences">{t('caseConferences.conference.back')}</Link>
      </p>
      <Heading level={1}>
        {t('caseConferences.conference.title', { date: formatWeekday(c.date, language) })}
      </Heading>
      <Paragraph>
        {[c.organisation.name, c.team].filter(Boolean).join(' – ')}
        {c.cadence &&
          ` · ${t('caseConferences.conference.series', { cadence: t(`caseConferences.plan.${c.cadence}`) })}`}
        {' · '}
        {t('caseConferences.chair')}: {c.chair?.name ?? t('caseConferences.noChair')}
      </Paragraph>
      <p className="ew-actions">
        <a href={routeUrl(contract.caseConferences.agenda, { params: { id: c.id } })}>
          {t('caseConferences.conference.printAgenda')}
        </a>
        <Link to={`/case-conferences/${c.id}/minutes`}>
          {t('caseConferences.conference.minutes')}
        </Link>
      </p>
      <QueueNotice
        snapshot={queued}
        texts="caseConferences.queue"
        onDiscard={() => queue.discardFirst()}
      />
      <Attendees conference={c} canWrite={canWrite} />
      <Heading level={2}>{t('caseConferences.agenda.title')}</Heading>
      {c.cases.length === 0 && <Paragraph>{t('caseConferences.agenda.empty')}</Paragraph>}
      {c.cases.map((item, i) =>
        item.visible ? (
          <CaseSection
            key={item.id}
            item={item}
            position={i + 1}
            colleagues={people}
            canWrite={canWrite}
          />
        ) : (
          <section key={item.id} className="ew-card ew-case">
            <Heading level={3}>
              {i + 1}. {t('caseConferences.agenda.withoutBasis')}
            </Heading>
          </section>
        ),
      )}
      {(c.carried.length > 0 || c.carriedWithoutBasis > 0) && (
        <section aria-labelledby="carried-title">
          <Heading level={2} id="carried-title">
            {t('caseConferences.agenda.carried')}
          </Heading>
          {c.carried.map((entry) => (
            <div key={entry.participant.id} className="ew-card ew-case">
              <Heading level={3}>{entry.participant.pseudonym}</Heading>
              <ActionTable actions={entry.actions} canWrite={canWrite} />
            </div>
          ))}
          {c.carriedWithoutBasis > 0 && (
            <Paragraph>
              {t('caseConferences.agenda.carriedWithoutBasis', { count: c.carriedWithoutBasis })}
            </Paragraph>
          )}
        </section>
      )}
      {canWrite && <BringInForm conferenceId={c.id} onSaved={refresh} />}
    </>
  )
}

function Attendees(props: { conference: ConferenceDetail; canWrite: boolean }) {
  const { t } = useTranslation()
  const [present, setPresent] = useState<ReadonlyMap<string, boolean>>(() => {
    // attendance still queued (the page reloaded offline) is what was last ticked
    const queued = queuedWrite(attendanceWriteId(props.conference.id))
    const ticked = queued?.kind === 'attendance' ? queued.body.attendees : undefined
    return new Map<string, boolean>(
      ticked?.map((a) => [a.userId, a.attended ?? false]) ??
        props.conference.attendees.map((a) => [a.user.id, a.attended]),
    )
  })
  const save = useQueuedWrite(conferenceQueue())
  const write = () =>
    save.write(
      attendanceWrite(props.conference.id, {
        attendees: props.conference.attendees.map((a) => ({
          userId: a.user.id,
          domain: a.domain,
          attended: present.get(a.user.id) ?? false,
        })),
      }),
    )
  const attendees = props.conference.attendees
  return (
    <section aria-labelledby="attendees-title">
      <Heading level={2} id="attendees-title">
        {t('caseConferences.attendees.title')}
      </Heading>
      {attendees.length === 0 ? (
        <Paragraph>{t('caseConferences.attendees.none')}</Paragraph>
      ) : (
        <Table
          caption={t('caseConferences.attendees.title')}
          rowKey={(a) => a.user.id}
          rows={attendees}
          columns={[
            { header: t('caseConferences.attendees.name'), cell: (a) => a.user.name },
            {
              header: t('caseConferences.attendees.organisation'),
              cell: (a) => a.user.organisation.name,
            },
            {
              header: t('caseConferences.attendees.domain'),
              cell: (a) => t(`caseConferences.domain.${a.domain}`),
            },
            {
              header: t('caseConferences.attendees.attended'),
              cell: (a) => (
                <input
                  type="checkbox"
                  aria-label={t('caseConferences.attendees.attendedLabel', { name: a.user.name })}
                  checked={present.get(a.user.id) ?? false}
                  disabled={!props.canWrite}
                  onChange={(e) => setPresent(new Map(present).set(a.user.id, e.target.checked))}
                />
              ),
            },
          ]}
        />
      )}
      {props.canWrite && attendees.length > 0 && (
        <div className="ew-actions">
          <Button appearance="secondary" onClick={() => void write()}>
            {t('caseConferences.attendees.save')}
          </Button>
          <SavedStatus saved={save.saved} waiting={save.waiting} />
        </div>
      )}
    </section>
  )
}

function BringInForm(props: { conferenceId: string; onSaved: () => unknown }) {
  const { t } = useTranslation()
  const session = useSession().data
  const participants = useQuery({
    queryKey: ['participants', undefined, ''],
    queryFn: () => callRoute(contract.participants.list, { query: {} }),
  })
  const [participantId, setParticipantId] = useState('')
  const [domain, setDomain] = useState<ConferenceDomain>(() =>
    defaultDomain(session?.organisation?.kind ?? ''),
  )
  const [question, setQuestion] = useState('')
  const bring = useMutation({
    mutationFn: () =>
      callRoute(contract.caseConferences.addCase, {
        params: { id: props.conferenceId },
        body: {
          participantId,
          question,
          domain,
        },
      }),
    onSuccess: () => {
      setParticipantId('')
      setQuestion('')
      return props.onSaved()
    },
  })
  return (
    <form
      className="ew-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        bring.mutate()
      }}
    >
      <Heading level={2}>{t('caseConferences.bring.title')}</Heading>
      <p className="ew-muted">{t('caseConferences.bring.help')}</p>
      <div className="ew-form-row">
        <SelectField
          label={t('caseConferences.bring.participant')}
          value={participantId}
          required
          onChange={(e) => setParticipantId(e.target.value)}
          options={[
            { value: '', label: t('caseConferences.bring.choose') },
            ...(participants.data?.participants ?? []).map((p) => ({
              value: p.id,
              label: `${p.pseudonym} (${p.team})`,
            })),
          ]}
        />
        <DomainSelect value={domain} onChange={setDomain} />
      </div>
      <TextAreaField
        label={t('caseConferences.bring.question')}
        value={question}
        onChange={setQuestion}
      />
      {bring.isError && <Alert type="error">{errorText(bring.error, t('common.error'))}</Alert>}
      <Button
        type="submit"
        disabled={bring.isPending || participantId === '' || question.trim() === ''}
      >
        {t('caseConferences.bring.submit')}
      </Button>
    </form>
  )
}

function CaseSection(props: {
  item: Visible
  position: number
  colleagues: readonly Colleague[]
  canWrite: boolean
}) {
  const { t } = useTranslation()
  const item = props.item
  // a record still queued (the page reloaded offline) is what was last typed
  const [record] = useState(() => {
    const queued = queuedWrite(recordWriteId(item.id))
    return queued?.kind === 'record' ? queued.body : undefined
  })
  const [discussion, setDiscussion] = useState(record?.discussion ?? item.discussion)
  const [decisions, setDecisions] = useState(record?.decisions ?? item.decisions)
  const save = useQueuedWrite(conferenceQueue())
  const titleId = `case-${item.id}`
  return (
    <section className="ew-card ew-case" aria-labelledby={titleId}>
      <Heading level={3} id={titleId}>
        {props.position}. {item.participant.pseudonym}
      </Heading>
      <p className="ew-muted">
        {t('caseConferences.agenda.broughtBy', {
          name: item.broughtBy.name,
          organisation: item.broughtBy.organisation.name,
          domain: t(`caseConferences.domain.${item.domain}`),
        })}
      </p>
      <p>
        <strong>{t('caseConferences.agenda.question')}:</strong> {item.question}
      </p>
      {props.canWrite ? (
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault()
            void save.write(recordWrite(item.id, { discussion, decisions }))
          }}
        >
          <TextAreaField
            label={t('caseConferences.agenda.discussion')}
            value={discussion}
            onChange={setDiscussion}
          />
          <TextAreaField
            label={t('caseConferences.agenda.decisions')}
            value={decisions}
            onChange={setDecisions}
          />
          <div className="ew-actions">
            <Button type="submit" appearance="secondary">
              {t('caseConferences.agenda.saveRecord')}
            </Button>
            <SavedStatus saved={save.saved} waiting={save.waiting} />
          </div>
        </form>
      ) : (
        <>
          <p>
            <strong>{t('caseConferences.agenda.discussion')}:</strong> {item.discussion || '—'}
          </p>
          <p>
            <strong>{t('caseConferences.agenda.decisions')}:</strong> {item.decisions || '—'}
          </p>
        </>
      )}
      <Heading level={3}>{t('caseConferences.actions.title')}</Heading>
      <ActionTable actions={[...item.carriedActions, ...item.actions]} canWrite={props.canWrite} />
      {props.canWrite && <ActionForm caseId={item.id} colleagues={props.colleagues} />}
    </section>
  )
}

function ActionForm(props: { caseId: string; colleagues: readonly Colleague[] }) {
  const { t } = useTranslation()
  const [description, setDescription] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState(() => todayInAmsterdam())
  const queue = conferenceQueue()
  const waiting = queue
    .pending()
    .filter((w) => w.kind === 'add-action' && w.caseId === props.caseId)
  return (
    <form
      className="ew-card-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        void queue.enqueue(
          addActionWrite(props.caseId, { description, ownerUserId: owner, dueDate: due }),
        )
        setDescription('')
      }}
    >
      <fieldset className="ew-plain-fieldset">
        <legend>{t('caseConferences.actions.add')}</legend>
        <div className="ew-form-row">
          <TextField
            label={t('caseConferences.actions.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <SelectField
            label={t('caseConferences.actions.owner')}
            value={owner}
            required
            onChange={(e) => setOwner(e.target.value)}
            options={[
              { value: '', label: '—' },
              ...props.colleagues.map((c) => ({
                value: c.id,
                label: `${c.name} (${c.organisation.name})`,
              })),
            ]}
          />
          <TextField
            label={t('caseConferences.actions.due')}
            type="date"
            required
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
        </div>
        {waiting.length > 0 && (
          <ul aria-label={t('caseConferences.queue.waitingActions')}>
            {waiting.map((w) => (
              <li key={w.id}>{w.kind === 'add-action' && w.body.description}</li>
            ))}
          </ul>
        )}
        <Button
          type="submit"
          appearance="secondary"
          disabled={owner === '' || description.trim() === ''}
        >
          {t('caseConferences.actions.submit')}
        </Button>
      </fieldset>
    </form>
  )
}

/** "Saved." once the server has the form's write; "Waiting to be sent." while it is queued. */
function SavedStatus(props: { saved: boolean; waiting: boolean }) {
  const { t } = useTranslation()
  return (
    <span role="status">
      {props.saved ? t('common.saved') : props.waiting ? t('caseConferences.queue.waiting') : ''}
    </span>
  )
}
