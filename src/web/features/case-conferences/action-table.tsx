import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { type ActionStatus, type ConferenceAction, formatWeekday } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link } from '../../app/router.js'
import { Alert, Paragraph, Table } from '../../ui/index.js'
import { ActionStatusSelect } from './fields.js'

/** Actions with their status, changed in place by those who may write. */
export function ActionTable(props: {
  actions: readonly ConferenceAction[]
  canWrite: boolean
  onSaved: () => unknown
  withCase?: boolean
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const change = useMutation({
    mutationFn: (input: { id: string; status: ActionStatus }) =>
      callRoute(contract.caseConferences.updateAction, {
        params: { id: input.id },
        body: { status: input.status },
      }),
    onSuccess: props.onSaved,
  })
  if (props.actions.length === 0) return <Paragraph>{t('caseConferences.actions.none')}</Paragraph>
  return (
    <>
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
                  value={a.status}
                  disabled={change.isPending}
                  onChange={(status) => change.mutate({ id: a.id, status })}
                />
              ) : (
                t(`caseConferences.actions.${a.status}`)
              ),
          },
        ]}
      />
      {change.isError && (
        <Alert type="error">
          {change.error instanceof ApiError ? change.error.message : t('common.error')}
        </Alert>
      )}
    </>
  )
}
