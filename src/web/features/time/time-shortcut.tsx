import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../ui/index.js'
import type { SavedContact } from './quick-entry-dialog.js'
import { durationText, useTimeQueue } from './time-store.js'

const QuickEntryDialog = lazy(() =>
  import('./quick-entry-dialog.js').then((m) => ({ default: m.QuickEntryDialog })),
)

/**
 * Records a contact from any page: Alt+T (or the header button, on a phone) opens the
 * quick-entry dialog; a status line says what was saved and what still waits for the network.
 */
export function TimeShortcut() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<SavedContact | undefined>()
  const queue = useTimeQueue()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyT') {
        event.preventDefault()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const close = (contact?: SavedContact) => {
    setOpen(false)
    if (contact) setSaved(contact)
  }
  const pending =
    queue.queued > 0
      ? queue.status === 'blocked'
        ? t('time.status.blocked', { problem: queue.problem ?? '' })
        : t(queue.status === 'offline' ? 'time.status.offline' : 'time.status.saving', {
            count: queue.queued,
          })
      : ''
  return (
    <>
      <Button appearance="secondary" aria-keyshortcuts="Alt+T" onClick={() => setOpen(true)}>
        {t('time.shortcut')}
      </Button>
      <p className="ew-time-status" role="status">
        {saved && queue.queued === 0
          ? t('time.status.saved', {
              pseudonym: saved.pseudonym,
              kind: t(`time.kinds.${saved.kind}`),
              duration: durationText(saved.minutes, language),
            })
          : pending}
      </p>
      {open && (
        <Suspense fallback={null}>
          <QuickEntryDialog onClose={close} />
        </Suspense>
      )}
    </>
  )
}
