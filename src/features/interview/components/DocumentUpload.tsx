import { useId, useRef, useState } from 'react';
import { Button } from '@/components/Button';
import { formatNumber } from '@/lib/i18n/format';
import { useT } from '../i18n';
import { ACCEPTED_TYPES, DocumentError, parseDocument, type ParsedDocument } from '../lib/parse-document';

type DocumentUploadProps = {
  /** Which document this is; names it in the buttons ("Choose resume file"). */
  kind: 'resume' | 'jobDescription';
  label: string;
  description: string;
  maxChars: number;
  value: ParsedDocument | null;
  onChange: (document: ParsedDocument | null) => void;
  /** Offer a textarea to paste the text instead of uploading. */
  allowPaste?: boolean;
};

/** Upload (PDF/DOCX/TXT, ≤ 5 MB) parsed to text in the browser; only the text and file name are kept. */
export function DocumentUpload({ kind, label, description, maxChars, value, onChange, allowPaste = false }: DocumentUploadProps) {
  const { t } = useT();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [showText, setShowText] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setShowText(false);
    setBusy(true);
    try {
      onChange(await parseDocument(file, maxChars));
      setPasting(false);
    } catch (caught) {
      onChange(null);
      setError(caught instanceof DocumentError ? caught.message : t('upload.readFailed', { name: file.name }));
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <fieldset className="upload">
      <legend className="field__label">{label}</legend>
      <p id={`${id}-desc`} className="field__hint">
        {description}
      </p>
      {value && value.fileName !== '' ? (
        <div className="upload__file" aria-live="polite">
          <p>
            <strong>{value.fileName}</strong> ·{' '}
            {t('upload.charactersRead', { count: value.text.length, formatted: formatNumber(value.text.length) })}
            {value.truncated ? t('upload.trimmed', { max: formatNumber(maxChars) }) : ''}
          </p>
          <div className="upload__actions">
            <Button variant="ghost" size="sm" onClick={() => setShowText((v) => !v)} aria-expanded={showText}>
              {showText ? t('upload.hideText') : t('upload.previewText')}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
              {t(`upload.${kind}.remove`)}
            </Button>
          </div>
          {showText ? (
            // Focusable so keyboard users can scroll it.
            <pre className="upload__preview" tabIndex={0} role="region" aria-label={t(`upload.${kind}.preview`)}>
              {value.text.slice(0, 3000)}
            </pre>
          ) : null}
        </div>
      ) : (
        <div className="upload__drop">
          <label htmlFor={`${id}-file`} className="btn btn--secondary btn--sm upload__pick">
            {busy ? t('upload.reading') : t(`upload.${kind}.choose`)}
          </label>
          <input
            ref={inputRef}
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept={ACCEPTED_TYPES}
            aria-describedby={`${id}-desc${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => void onFile(event.target.files?.[0])}
            disabled={busy}
          />
          {allowPaste ? (
            <Button variant="ghost" size="sm" onClick={() => setPasting((v) => !v)} aria-expanded={pasting}>
              {pasting ? t('upload.cancelPaste') : t('upload.pasteInstead')}
            </Button>
          ) : null}
        </div>
      )}
      {pasting && (!value || value.fileName === '') ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-paste`}>
            {t(`upload.${kind}.pasteLabel`)}
          </label>
          <textarea
            id={`${id}-paste`}
            className="field__input textarea"
            rows={6}
            maxLength={maxChars}
            value={value?.text ?? ''}
            onChange={(event) => onChange(event.target.value ? { fileName: '', text: event.target.value, truncated: false } : null)}
          />
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
