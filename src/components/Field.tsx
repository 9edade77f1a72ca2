import { useId, type ReactNode } from 'react';

/** The attributes Field hands to its control (input, textarea, select). */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

export type FieldProps = {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** id of extra content describing the field (e.g. a password requirements list). */
  describedBy?: string | undefined;
  className?: string | undefined;
  /** Suffix of the control's generated id ("input", "textarea", "select"). */
  control: string;
  children: (props: FieldControlProps) => ReactNode;
};

/** The label / hint / error wrapper shared by TextField, TextAreaField and SelectField. */
export function Field({ label, error, hint, describedBy, className, control, children }: FieldProps) {
  const id = useId();
  const controlId = `${id}-${control}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedByIds = [errorId, hintId, describedBy].filter(Boolean).join(' ') || undefined;

  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {children({ id: controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedByIds })}
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
  );
}
