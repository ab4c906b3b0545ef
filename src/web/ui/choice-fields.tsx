import { type ReactNode, useId } from 'react'

/** One labelled checkbox (NL Design System), the label clickable beside it. */
export function CheckboxField(props: {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean | undefined
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox ew-check">
      <label className="utrecht-form-label utrecht-form-label--checkbox">
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={props.checked}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        {props.label}
      </label>
    </div>
  )
}

/**
 * A fieldset of checkboxes, one per option, under a legend (which partners, which themes):
 * `inline` lays them out in a row, as chips.
 */
export function CheckboxGroup(props: {
  legend: string
  options: readonly { readonly value: string; readonly label: ReactNode }[]
  isChecked: (value: string) => boolean
  onToggle: (value: string, checked: boolean) => void
  inline?: boolean
  disabled?: boolean
}) {
  const boxes = props.options.map((o) => (
    <CheckboxField
      key={o.value}
      label={o.label}
      checked={props.isChecked(o.value)}
      disabled={props.disabled}
      onChange={(checked) => props.onToggle(o.value, checked)}
    />
  ))
  return (
    <fieldset className="utrecht-form-fieldset ew-plain-fieldset">
      <legend className="utrecht-form-fieldset__legend">{props.legend}</legend>
      {props.inline ? <div className="ew-form-row">{boxes}</div> : boxes}
    </fieldset>
  )
}

/** A labelled multi-line text box; extra attributes (rows, maxLength, onBlur) pass through. */
export function TextAreaField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  rows?: number
  maxLength?: number
  disabled?: boolean
  onBlur?: () => void
}) {
  const id = useId()
  return (
    <div className="utrecht-form-field utrecht-form-field--textarea">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {props.label}
        </label>
      </div>
      <textarea
        id={id}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        disabled={props.disabled}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
    </div>
  )
}
