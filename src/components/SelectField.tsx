import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  name: string;
  options: readonly SelectOption[];
  error?: string | undefined;
  hint?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled <select> with the same error/hint wiring as TextField. */
export function SelectField({ label, name, options, error, hint, className, required, ...rest }: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className} control="select">
      {(control) => (
        <select {...control} name={name} className="field__input field__select" aria-required={required || undefined} {...rest}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
