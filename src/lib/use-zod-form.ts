import { useCallback, useMemo, useState, type ChangeEvent, type FocusEvent, type FormEvent } from 'react';
import type { z } from 'zod';

type Values<K extends string> = Record<K, string>;
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** First message per field, from a zod error. */
export function firstFieldErrors<K extends string>(error: z.ZodError): FieldErrors<K> {
  const out: FieldErrors<K> = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && !(key in out)) out[key as K] = issue.message;
  }
  return out;
}

/**
 * Minimal form state for zod-validated forms.
 * - Field errors are shown once the user has moved on from a field with a value, or after the first submit.
 * - On an invalid submit, focus moves to the first invalid field.
 */
export function useZodForm<K extends string, Out>(schema: z.ZodType<Out, z.ZodTypeDef, unknown>, initialValues: Values<K>) {
  const [values, setValues] = useState<Values<K>>(initialValues);
  const [touched, setTouched] = useState<Partial<Record<K, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const allErrors = useMemo<FieldErrors<K>>(() => {
    const result = schema.safeParse(values);
    return result.success ? {} : firstFieldErrors<K>(result.error);
  }, [schema, values]);

  const errors = useMemo<FieldErrors<K>>(() => {
    const visible: FieldErrors<K> = {};
    for (const key of Object.keys(allErrors) as K[]) {
      if (submitted || (touched[key] && values[key] !== '')) visible[key] = allErrors[key];
    }
    return visible;
  }, [allErrors, submitted, touched, values]);

  const setValue = useCallback((name: K, value: string) => {
    setValues((prev) => ({ ...prev, [name]: value }));
  }, []);

  const register = useCallback(
    (name: K) => ({
      name,
      value: values[name],
      error: errors[name],
      onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(name, event.target.value),
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        // Only validate on blur when focus moves to another control. When the blur comes from pressing
        // the submit button (or clicking outside), the submit validates anyway — and showing an error
        // here would shift the button under the pointer between mousedown and mouseup, losing the click.
        const next = event.relatedTarget;
        if (!(next instanceof HTMLElement)) return;
        if (next instanceof HTMLButtonElement && next.type === 'submit') return;
        setTouched((prev) => (prev[name] ? prev : { ...prev, [name]: true }));
      },
    }),
    [errors, setValue, values],
  );

  const handleSubmit = useCallback(
    (onValid: (data: Out) => void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setSubmitted(true);
      const result = schema.safeParse(values);
      if (result.success) {
        onValid(result.data);
        return;
      }
      const invalid = firstFieldErrors<K>(result.error);
      const firstInvalid = (Object.keys(initialValues) as K[]).find((key) => invalid[key]);
      if (firstInvalid) {
        const element = event.currentTarget.elements.namedItem(firstInvalid);
        if (element instanceof HTMLElement) element.focus();
      }
    },
    [initialValues, schema, values],
  );

  const reset = useCallback(() => {
    setValues(initialValues);
    setTouched({});
    setSubmitted(false);
  }, [initialValues]);

  return { values, errors, register, handleSubmit, setValue, reset };
}
