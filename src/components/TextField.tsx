import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** id of extra content describing the field (e.g. a password requirements list). */
  describedBy?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ label, name, error, hint, describedBy, type = 'text', required, className, ...rest }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} describedBy={describedBy} className={className} control="input">
      {(control) => <input {...control} name={name} type={type} className="field__input" aria-required={required || undefined} {...rest} />}
    </Field>
  );
}
