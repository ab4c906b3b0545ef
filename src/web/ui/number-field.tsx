import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  formatPlainNumber,
  type Language,
  numberProblemText,
  parseNumber,
} from '../../domain/index.js'
import { TextField } from './text-field.js'
import { reportUnreadable } from './unreadable-fields.js'

/**
 * A number typed as people write it in the user's language (`4,5`, `1.250,75`), read by the
 * app's one number rule (domain parseNumber). What it cannot read it says so under the field and
 * keeps the last good number: a typo never becomes another number — and a save waits until it
 * reads (its form's native validation, or useSaveWhenReadable). `scale` shows a share as a
 * percentage (0.0225 as 2,25). Empty means undefined when `optional`, else it is refused.
 */
export function NumberField({
  label,
  description,
  value,
  onValue,
  scale = 1,
  optional = false,
  min,
  max,
  ...input
}: {
  readonly label: string
  readonly description?: string
  readonly value: number | undefined
  readonly onValue: (value: number | undefined) => void
  readonly scale?: number
  readonly optional?: boolean
  readonly min?: number
  readonly max?: number
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'>) {
  const { t, i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'nl'
  const shown = (v: number | undefined) =>
    formatPlainNumber(v === undefined ? undefined : Math.round(v * scale * 1e10) / 1e10, language)
  const [text, setText] = useState(() => shown(value))
  const [error, setError] = useState<string | undefined>()
  // The value this field last reported: a different value from outside (undo, import, another
  // field) replaces the text; our own echo does not, so the user's "4," stays while typing.
  const reported = useRef(value)
  useEffect(() => {
    if (!Object.is(value, reported.current)) {
      reported.current = value
      setText(shown(value))
      setError(undefined)
    }
  })
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const element = field.current
    if (!element) return
    element.setCustomValidity(error ?? '')
    reportUnreadable(element, error === undefined ? undefined : label)
    return () => reportUnreadable(element, undefined)
  }, [error, label])
  const change = (next: string) => {
    setText(next)
    const parsed = parseNumber(next, language)
    if (!parsed.ok && parsed.reason === 'empty' && optional) {
      setError(undefined)
      reported.current = undefined
      onValue(undefined)
      return
    }
    if (!parsed.ok) {
      setError(numberProblemText(parsed.reason)[language])
      return
    }
    const v = parsed.value / scale
    if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
      setError(t('number.range', { min: shown(min) || '−∞', max: shown(max) || '∞' }))
      return
    }
    setError(undefined)
    reported.current = v
    onValue(v)
  }
  return (
    <TextField
      {...input}
      label={label}
      {...(description === undefined ? {} : { description })}
      {...(error === undefined ? {} : { error })}
      ref={field}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(e) => change(e.target.value)}
      onBlur={(e) => {
        if (error === undefined) setText(shown(reported.current))
        input.onBlur?.(e)
      }}
    />
  )
}
