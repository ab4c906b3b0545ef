import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ACTION_STATUSES,
  type ActionStatus,
  CONFERENCE_DOMAINS,
  type ConferenceDomain,
} from '../../../domain/index.js'
import { SelectField } from '../../ui/index.js'

export function DomainSelect(props: {
  value: ConferenceDomain
  onChange: (value: ConferenceDomain) => void
}) {
  const { t } = useTranslation()
  return (
    <SelectField
      label={t('caseConferences.bring.domain')}
      value={props.value}
      onChange={(e) => {
        const chosen = CONFERENCE_DOMAINS.find((d) => d === e.target.value)
        if (chosen) props.onChange(chosen)
      }}
      options={CONFERENCE_DOMAINS.map((d) => ({
        value: d,
        label: t(`caseConferences.domain.${d}`),
      }))}
    />
  )
}

export function isActionStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value)
}

/** An action's status, changed in place; its label names the action for screen readers. */
export function ActionStatusSelect(props: {
  description: string
  value: ActionStatus
  disabled?: boolean
  onChange: (status: ActionStatus) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <>
      <label className="ew-visually-hidden" htmlFor={id}>
        {t('caseConferences.actions.statusOf', { description: props.description })}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => {
          if (isActionStatus(e.target.value)) props.onChange(e.target.value)
        }}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`caseConferences.actions.${s}`)}
          </option>
        ))}
      </select>
    </>
  )
}
