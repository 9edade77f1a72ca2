import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled <textarea> with the same error/hint wiring as TextField. */
export function TextAreaField({ label, name, error, hint, className, required, rows = 4, ...rest }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className} control="textarea">
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={rows}
          className="field__input field__textarea"
          aria-required={required || undefined}
          {...rest}
        />
      )}
    </Field>
  );
}
