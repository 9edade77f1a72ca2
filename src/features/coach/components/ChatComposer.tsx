import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { coachMessageSchema } from '../api/send-coach-message';

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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (isSending) return;
    const parsed = coachMessageSchema.shape.message.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
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
        Message the coach
      </label>
      <textarea
        id="coach-message"
        className="field__input field__textarea composer__input"
        rows={2}
        placeholder="Ask for help, e.g. “How do I answer ‘tell me about a conflict’?”"
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
            Enter to send · Shift+Enter for a new line
          </p>
        )}
        <Button type="submit" isLoading={isSending} disabled={disabled}>
          Send
        </Button>
      </div>
    </form>
  );
}
