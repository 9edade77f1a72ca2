import { useCallback, useMemo, useState, type ChangeEvent, type FocusEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { i18next } from '@/lib/i18n';

type Values<K extends string> = Record<K, string>;
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * The text of a validation issue in the UI language. Schemas carry a translation key as the message
 * (e.g. `auth:validation.emailRequired`), so the text is chosen when it is shown, not when the schema is
 * built; the issue's own fields (`maximum`, `minimum`) and a custom issue's `params` fill placeholders.
 * A message that is not a key is shown as it is.
 */
export function issueText(issue: z.ZodIssue): string {
  if (!i18next.exists(issue.message)) return issue.message;
  const params = 'params' in issue && issue.params ? issue.params : {};
  return i18next.t(issue.message, { ...issue, ...params, path: undefined });
}

/** First issue per field, from a zod error. */
function firstFieldIssues<K extends string>(error: z.ZodError): Partial<Record<K, z.ZodIssue>> {
  const out: Partial<Record<K, z.ZodIssue>> = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && !(key in out)) out[key as K] = issue;
  }
  return out;
}

/**
 * Minimal form state for zod-validated forms.
 * - Field errors are shown once the user has moved on from a field with a value, or after the first submit.
 * - On an invalid submit, focus moves to the first invalid field.
 */
export function useZodForm<K extends string, Out>(schema: z.ZodType<Out, z.ZodTypeDef, unknown>, initialValues: Values<K>) {
  const { i18n } = useTranslation();
  const [values, setValues] = useState<Values<K>>(initialValues);
  const [touched, setTouched] = useState<Partial<Record<K, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const allIssues = useMemo<Partial<Record<K, z.ZodIssue>>>(() => {
    const result = schema.safeParse(values);
    return result.success ? {} : firstFieldIssues<K>(result.error);
  }, [schema, values]);

  const language = i18n.language;
  const errors = useMemo<FieldErrors<K>>(() => {
    const visible: FieldErrors<K> = {};
    for (const key of Object.keys(allIssues) as K[]) {
      const issue = allIssues[key];
      if (issue && (submitted || (touched[key] && values[key] !== ''))) visible[key] = issueText(issue);
    }
    return visible;
    // The language is a dependency so that visible messages switch with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allIssues, submitted, touched, values, language]);

  const setValue = useCallback((name: K, value: string) => {
    setValues((prev) => ({ ...prev, [name]: value }));
  }, []);

  // A field of a server-rendered page can be typed into (or filled by the browser's autofill) before the app
  // has hydrated it: the text is in the element but not in the state, and React keeps it on screen until the
  // form renders again. Each field's element is looked at once, when it is attached; a client-rendered one
  // already holds the state's value. One stable callback per field, so React does not call it every render.
  const adoptTyped = useMemo(() => {
    const callbacks: Partial<Record<K, (element: HTMLInputElement | null) => void>> = {};
    return (name: K) =>
      (callbacks[name] ??= (element: HTMLInputElement | null) => {
        if (!element) return;
        const typed = element.value;
        setValues((prev) => (typed === prev[name] ? prev : { ...prev, [name]: typed }));
      });
  }, []);

  const register = useCallback(
    (name: K) => ({
      name,
      ref: adoptTyped(name),
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
    [adoptTyped, errors, setValue, values],
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
      const invalid = firstFieldIssues<K>(result.error);
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
