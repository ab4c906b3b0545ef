import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { useSession } from '../../app/session.js'
import { Alert, Heading, Paragraph, SelectField } from '../../ui/index.js'
import { ActionTable } from './action-table.js'
import { isActionStatus } from './fields.js'

type Shown = 'open' | 'done' | 'cancelled' | 'all'

/** The signed-in professional's actions across every conference. */
export function MyActionsPage() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const role = useSession().data?.role
  const [status, setStatus] = useState<Shown>('open')
  const actions = useQuery({
    queryKey: ['my-actions', status],
    queryFn: () => callRoute(contract.caseConferences.myActions, { query: { status } }),
  })
  return (
    <>
      <Heading level={1}>{t('caseConferences.mine.title')}</Heading>
      <Paragraph>{t('caseConferences.mine.intro')}</Paragraph>
      <SelectField
        label={t('caseConferences.mine.show')}
        value={status}
        onChange={(e) => setStatus(isActionStatus(e.target.value) ? e.target.value : 'all')}
        options={[
          ...(['open', 'done', 'cancelled'] as const).map((s) => ({
            value: s,
            label: t(`caseConferences.actions.${s}`),
          })),
          { value: 'all', label: t('caseConferences.mine.all') },
        ]}
      />
      {actions.isError && <Alert type="error">{actions.error.message}</Alert>}
      {actions.data && (
        <>
          <p role="status">
            {t('caseConferences.mine.caption', { count: actions.data.actions.length })}
          </p>
          <ActionTable
            actions={actions.data.actions}
            canWrite={can(role, 'conferences.write')}
            withCase
            onSaved={() => client.invalidateQueries({ queryKey: ['my-actions'] })}
          />
          {actions.data.withoutBasis > 0 && (
            <Paragraph>
              {t('caseConferences.mine.withoutBasis', { count: actions.data.withoutBasis })}
            </Paragraph>
          )}
        </>
      )}
    </>
  )
}
