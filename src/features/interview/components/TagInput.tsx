import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';

type TagInputProps = {
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  max?: number;
  hint?: string;
  suggestions?: readonly string[];
  error?: string | undefined;
};

/** Free-text tags: Enter or comma adds, Backspace on an empty box removes the last one. */
export function TagInput({ label, tags, onChange, max = 30, hint, suggestions = [], error }: TagInputProps) {
  const { t } = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const add = (raw: string) => {
    const tag = raw.trim().replace(/,$/, '').slice(0, 40);
    if (!tag || tags.length >= max || tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return;
    onChange([...tags, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(value);
      setValue('');
    } else if (event.key === 'Backspace' && value === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  const remaining = suggestions.filter((s) => !tags.some((existing) => existing.toLowerCase() === s.toLowerCase())).slice(0, 8);

  return (
    <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      {tags.length > 0 ? (
        <ul className="tags" aria-label={t('tags.added', { count: tags.length })}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag__remove"
                onClick={() => onChange(tags.filter((other) => other !== tag))}
                aria-label={t('tags.remove', { tag })}
              >
                <span aria-hidden="true">{'×'}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={`${id}-input`}
        className="field__input"
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (next.endsWith(',')) {
            add(next);
            setValue('');
          } else setValue(next);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (value.trim()) {
            add(value);
            setValue('');
          }
        }}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        disabled={tags.length >= max}
        placeholder={tags.length >= max ? t('tags.upTo', { max }) : t('tags.placeholder')}
      />
      <div id={`${id}-hint`} className="field__hint">
        {hint ?? t('tags.hint')}
      </div>
      {remaining.length > 0 ? (
        <div className="tag-suggestions" role="group" aria-label={t('tags.suggestions')}>
          {remaining.map((suggestion) => (
            <button key={suggestion} type="button" className="tag-suggestion" onClick={() => add(suggestion)}>
              + {suggestion}
            </button>
          ))}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
