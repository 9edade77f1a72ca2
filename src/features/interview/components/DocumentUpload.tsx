import { useId, useRef, useState } from 'react';
import { Button } from '@/components/Button';
import { ACCEPTED_TYPES, DocumentError, parseDocument, type ParsedDocument } from '../lib/parse-document';

type DocumentUploadProps = {
  label: string;
  description: string;
  maxChars: number;
  value: ParsedDocument | null;
  onChange: (document: ParsedDocument | null) => void;
  /** Offer a textarea to paste the text instead of uploading. */
  allowPaste?: boolean;
  /** A file kept on the profile, offered instead of choosing one (read like a chosen file). */
  saved?: { label: string; load: () => Promise<File>; loadError: string };
};

/** Upload (PDF/DOCX/TXT, ≤ 5 MB) parsed to text in the browser; only the text and file name are kept. */
export function DocumentUpload({ label, description, maxChars, value, onChange, allowPaste = false, saved }: DocumentUploadProps) {
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
      setError(caught instanceof DocumentError ? caught.message : `We couldn't read "${file.name}". Try another file.`);
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const readSaved = async () => {
    if (!saved) return;
    setError(null);
    setBusy(true);
    let file: File;
    try {
      file = await saved.load();
    } catch {
      setError(saved.loadError);
      setBusy(false);
      return;
    }
    await onFile(file);
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
            <strong>{value.fileName}</strong> · {value.text.length.toLocaleString()} characters read
            {value.truncated ? ` (trimmed to ${maxChars.toLocaleString()})` : ''}
          </p>
          <div className="upload__actions">
            <Button variant="ghost" size="sm" onClick={() => setShowText((v) => !v)} aria-expanded={showText}>
              {showText ? 'Hide text' : 'Preview text'}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
              Remove {label.toLowerCase()}
            </Button>
          </div>
          {showText ? (
            // Focusable so keyboard users can scroll it.
            <pre className="upload__preview" tabIndex={0} role="region" aria-label={`${label} text preview`}>
              {value.text.slice(0, 3000)}
            </pre>
          ) : null}
        </div>
      ) : (
        <div className="upload__drop">
          <label htmlFor={`${id}-file`} className="btn btn--secondary btn--sm upload__pick">
            {busy ? 'Reading…' : `Choose ${label.toLowerCase()} file`}
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
          {saved ? (
            <Button variant="secondary" size="sm" onClick={() => void readSaved()} disabled={busy}>
              {saved.label}
            </Button>
          ) : null}
          {allowPaste ? (
            <Button variant="ghost" size="sm" onClick={() => setPasting((v) => !v)} aria-expanded={pasting}>
              {pasting ? 'Cancel pasting' : 'Paste text instead'}
            </Button>
          ) : null}
        </div>
      )}
      {pasting && (!value || value.fileName === '') ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-paste`}>
            {label} text
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
