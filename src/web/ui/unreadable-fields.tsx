import { type ReactNode, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from './content.js'

/**
 * The number fields on screen that hold text they cannot read, with their labels. A field keeps
 * its last good number while it shows its problem, so a save at that moment would store a number
 * other than the one on screen: saving waits until every field reads. A module store, not a
 * context: a field reports wherever it sits, and a page asks without wrapping its fields.
 */
const unreadable = new Map<HTMLInputElement, string>()
const listeners = new Set<() => void>()
let snapshot: readonly { readonly element: HTMLInputElement; readonly label: string }[] = []

/** A field says it cannot read its text (`label`), or that it reads again (undefined). */
export function reportUnreadable(element: HTMLInputElement, label: string | undefined): void {
  if (label === undefined ? !unreadable.delete(element) : unreadable.get(element) === label) return
  if (label !== undefined) unreadable.set(element, label)
  snapshot = [...unreadable].map(([el, text]) => ({ element: el, label: text }))
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * A save that waits for readable fields: `attempt(save)` saves, or — while a field cannot read
 * its text — focuses that field and shows `alert`, naming every such field, until they read.
 */
export function useSaveWhenReadable(): {
  readonly attempt: (save: () => void) => void
  readonly alert: ReactNode
} {
  const { t } = useTranslation()
  const fields = useSyncExternalStore(subscribe, () => snapshot)
  const [refused, setRefused] = useState(false)
  const attempt = (save: () => void) => {
    const [first] = fields
    setRefused(first !== undefined)
    if (first) first.element.focus()
    else save()
  }
  const alert =
    refused && fields.length > 0 ? (
      <Alert type="error">
        {t('number.unreadableSave', { fields: fields.map((f) => f.label).join(', ') })}
      </Alert>
    ) : null
  return { attempt, alert }
}
