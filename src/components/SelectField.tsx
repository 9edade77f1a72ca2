import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react'

export type SelectOption = { value: string; label: string }

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string
  name: string
  options: readonly SelectOption[]
  error?: string | undefined
  hint?: ReactNode
  ref?: Ref<HTMLSelectElement>
}

/** A labelled <select> with the same error/hint wiring as TextField. */
export function SelectField({ label, name, options, error, hint, className, required, ...rest }: SelectFieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={`${id}-select`}>
        {label}
      </label>
      <select
        id={`${id}-select`}
        name={name}
        className="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        aria-required={required || undefined}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
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
