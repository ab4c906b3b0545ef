import { type InputHTMLAttributes, type Ref, type SelectHTMLAttributes, useId } from 'react'

interface FieldProps {
  label: string
  description?: string | undefined
  error?: string | undefined
}

/** A labelled text box with an optional description and error, wired for screen readers. */
export function TextField({
  label,
  description,
  error,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const id = useId()
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input ${error ? 'utrecht-textbox--invalid' : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [description && `${id}-description`, error && `${id}-error`]
              .filter(Boolean)
              .join(' ') || undefined
          }
          {...input}
        />
      </div>
    </div>
  )
}

/** A labelled select box. */
export function SelectField({
  label,
  options,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: ReadonlyArray<{ value: string; label: string }>
    ref?: Ref<HTMLSelectElement>
  }) {
  const id = useId()
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select id={id} className="utrecht-select utrecht-select--html-select" {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
