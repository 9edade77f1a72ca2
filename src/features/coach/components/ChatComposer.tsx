import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { issueText } from '@/lib/use-zod-form';
import { coachMessageSchema } from '../api/send-coach-message';
import { useT } from '../i18n';

/** Message box: Enter sends, Shift+Enter adds a line. */
export function ChatComposer({
  disabled,
  isSending,
  onSend,
}: {
  disabled?: boolean;
  isSending: boolean;
  onSend: (message: string) => void;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (isSending) return;
    const parsed = coachMessageSchema.shape.message.safeParse(text);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue ? issueText(issue) : undefined);
      return;
    }
    setError(undefined);
    onSend(parsed.data);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit} noValidate>
      <label htmlFor="coach-message" className="visually-hidden">
        {t('composer.label')}
      </label>
      <textarea
        id="coach-message"
        className="field__input field__textarea composer__input"
        rows={2}
        placeholder={t('composer.placeholder')}
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'coach-message-error' : 'coach-message-hint'}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="composer__row">
        {error ? (
          <p id="coach-message-error" className="field__error">
            {error}
          </p>
        ) : (
          <p id="coach-message-hint" className="muted small">
            {t('composer.hint')}
          </p>
        )}
        <Button type="submit" isLoading={isSending} disabled={disabled}>
          {t('composer.send')}
        </Button>
      </div>
    </form>
  );
}
