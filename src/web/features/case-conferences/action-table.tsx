import { useTranslation } from 'react-i18next'
import { type ConferenceAction, formatWeekday } from '../../../domain/index.js'
import { Link } from '../../app/router.js'
import { useWriteQueue } from '../../offline/browser-queue.js'
import { Paragraph, Table } from '../../ui/index.js'
import { actionWrite, actionWriteId, conferenceQueue, queuedWrite } from './conference-queue.js'
import { ActionStatusSelect } from './fields.js'

/**
 * Actions with their status, changed in place by those who may write. A change goes through the
 * conference queue and shows at once, also while it waits for the network; `onSaved` runs when
 * it has been sent (the conference page reloads for all its writes itself).
 */
export function ActionTable(props: {
  actions: readonly ConferenceAction[]
  canWrite: boolean
  onSaved?: () => unknown
  withCase?: boolean
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const queue = conferenceQueue()
  useWriteQueue(queue, props.onSaved)
  const queuedStatus = (action: ConferenceAction) => {
    const queued = queuedWrite(actionWriteId(action.id))
    return queued?.kind === 'action' ? queued.body.status : undefined
  }
  if (props.actions.length === 0) return <Paragraph>{t('caseConferences.actions.none')}</Paragraph>
  return (
    <Table
      caption={t('caseConferences.actions.title')}
      rowKey={(a) => a.id}
      rows={props.actions}
      columns={[
        ...(props.withCase
          ? [
              {
                header: t('caseConferences.actions.case'),
                cell: (a: ConferenceAction) => (
                  <span className="ew-pseudonym">{a.participant.pseudonym}</span>
                ),
              },
              {
                header: t('caseConferences.actions.conference'),
                cell: (a: ConferenceAction) => (
                  <Link to={`/case-conferences/${a.conference.id}`}>
                    {formatWeekday(a.conference.date, language)}
                  </Link>
                ),
              },
            ]
          : []),
        { header: t('caseConferences.actions.description'), cell: (a) => a.description },
        {
          header: t('caseConferences.actions.owner'),
          cell: (a) => `${a.owner.name} (${a.owner.organisation.name})`,
        },
        {
          header: t('caseConferences.actions.due'),
          cell: (a) => formatWeekday(a.dueDate, language),
        },
        {
          header: t('caseConferences.actions.status'),
          cell: (a) =>
            props.canWrite ? (
              <ActionStatusSelect
                description={a.description}
                value={queuedStatus(a) ?? a.status}
                onChange={(status) => void queue.enqueue(actionWrite(a.id, { status }))}
              />
            ) : (
              t(`caseConferences.actions.${a.status}`)
            ),
        },
      ]}
    />
  )
}
