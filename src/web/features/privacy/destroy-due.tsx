import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { RetentionKind } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Alert, Button } from '../../ui/index.js'

/**
 * The privacy officer's approval of what is due today: the list above is what they review, and
 * exactly that list is sent, so the server destroys nothing that fell due since (it answers 409
 * and the list reloads). Destruction cannot be undone: a checkbox first, then the button.
 */
export function DestroyDue(props: {
  today: string
  due: readonly { kind: RetentionKind; files: number }[]
}) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [checked, setChecked] = useState(false)
  const destroy = useMutation({
    mutationFn: () =>
      callRoute(contract.privacy.destroy, {
        body: {
          referenceDate: props.today,
          due: props.due.map(({ kind, files }) => ({ kind, files })),
        },
      }),
    onSettled: () => {
      setChecked(false)
      return client.invalidateQueries({ queryKey: ['privacy', 'retention'] })
    },
  })
  if (destroy.isSuccess)
    return (
      <Alert type="ok">
        {t('privacy.destroyedNow', {
          count: destroy.data.statement.items.reduce((n, i) => n + i.files, 0),
        })}
      </Alert>
    )
  if (props.due.length === 0) return null
  return (
    <form
      className="ew-stack"
      onSubmit={(e) => {
        e.preventDefault()
        destroy.mutate()
      }}
    >
      <label className="ew-checkbox">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        {t('privacy.destroyReviewed', { today: props.today })}
      </label>
      {destroy.isError && (
        <Alert type="error">
          {destroy.error instanceof ApiError ? destroy.error.message : t('common.error')}
        </Alert>
      )}
      <Button type="submit" disabled={!checked || destroy.isPending}>
        {t('privacy.destroyButton')}
      </Button>
    </form>
  )
}
