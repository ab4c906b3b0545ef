import { useTranslation } from 'react-i18next'
import type { Card } from '../../../domain/index.js'
import { Alert, Button } from '../../ui/index.js'
import type { Conflict } from './conversation-sync.js'

/** What the other editor changed versus what I meant, with the choice left to me. */
function describe(value: unknown, label: (card: Card) => string, none: string): string {
  if (value === null || value === undefined) return none
  const card = (value as { card?: Card }).card
  if (card) return label(card)
  return JSON.stringify(value)
}

export function ConflictList(props: {
  readonly conflicts: readonly Conflict[]
  readonly label: (card: Card) => string
  readonly resolve: (conflict: Conflict, keep: 'mine' | 'theirs') => void
}) {
  const { t } = useTranslation()
  if (props.conflicts.length === 0) return null
  return (
    <Alert type="warning">
      <p>{t('conversation.conflictIntro', { count: props.conflicts.length })}</p>
      <ul className="ew-conflicts">
        {props.conflicts.map((conflict) => {
          const mine =
            conflict.mine.kind === 'delete-card'
              ? t('conversation.deleted')
              : describe(
                  conflict.mine.kind === 'put-card'
                    ? { card: conflict.mine.card }
                    : conflict.mine.value,
                  props.label,
                  t('conversation.deleted'),
                )
          return (
            <li key={conflict.mine.id}>
              <p>
                {t('conversation.conflictMine')}: <strong>{mine}</strong>
                <br />
                {t('conversation.conflictTheirs')}:{' '}
                <strong>{describe(conflict.theirs, props.label, t('conversation.deleted'))}</strong>
              </p>
              <div className="ew-actions">
                <Button onClick={() => props.resolve(conflict, 'mine')}>
                  {t('conversation.keepMine')}
                </Button>
                <Button appearance="secondary" onClick={() => props.resolve(conflict, 'theirs')}>
                  {t('conversation.keepTheirs')}
                </Button>
              </div>
            </li>
          )
        })}
      </ul>
    </Alert>
  )
}
