import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react'

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string
  name: string
  error?: string | undefined
  hint?: ReactNode
  /** id of extra content describing the field (e.g. a password requirements list). */
  describedBy?: string | undefined
  ref?: Ref<HTMLInputElement>
}

export function TextField({ label, name, error, hint, describedBy, type = 'text', required, className, ...rest }: TextFieldProps) {
  const id = useId()
  const inputId = `${id}-input`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedByIds = [errorId, hintId, describedBy].filter(Boolean).join(' ') || undefined

  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        type={type}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds}
        aria-required={required || undefined}
        {...rest}
      />
      {hint ? (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  )
}
