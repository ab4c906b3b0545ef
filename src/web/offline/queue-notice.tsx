import { useTranslation } from 'react-i18next'
import { Alert, Button } from '../ui/index.js'
import type { WriteQueueSnapshot } from './write-queue.js'

/**
 * What a screen says about its queued writes, in its feature's words: `texts` is the key of
 * `offline`, `saving` (both with a count), `blocked` (with the server's `problem`) and
 * `discard`. A refused write shows its reason and a button to give it up.
 */
export function QueueNotice(props: {
  snapshot: WriteQueueSnapshot
  texts: string
  onDiscard: () => void
}) {
  const { t } = useTranslation()
  const { queued, status, problem } = props.snapshot
  return (
    <>
      <p role="status">
        {queued > 0 &&
          (status === 'offline' || status === 'saving') &&
          t(`${props.texts}.${status}`, { count: queued })}
      </p>
      {queued > 0 && status === 'blocked' && (
        <Alert type="error">
          {t(`${props.texts}.blocked`, { problem })}{' '}
          <Button appearance="secondary" onClick={props.onDiscard}>
            {t(`${props.texts}.discard`)}
          </Button>
        </Alert>
      )}
    </>
  )
}
