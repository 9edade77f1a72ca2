import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextAreaField } from '@/components/TextAreaField';
import { toUserMessage } from '@/lib/errors';
import { practiceAnswerSchema } from '../api/record-practice-attempt';

type Props = {
  bankQuestionId: string;
  isSubmitting: boolean;
  serverError: unknown;
  onSubmit: (input: { bankQuestionId: string; answer: string; timeTakenSeconds: number }) => void;
};

/** Typed answer with zod validation; measures the time from first keystroke to submit. */
export function PracticeAnswerForm({ bankQuestionId, isSubmitting, serverError, onSubmit }: Props) {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | undefined>();
  // When the first keystroke for which question happened: a new question starts a new clock.
  const startedAt = useRef<{ questionId: string; at: number } | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  // A new question starts from an empty answer (reset while rendering, not in an effect).
  const [shownQuestionId, setShownQuestionId] = useState(bankQuestionId);
  if (shownQuestionId !== bankQuestionId) {
    setShownQuestionId(bankQuestionId);
    setAnswer('');
    setError(undefined);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const started = startedAt.current?.questionId === bankQuestionId ? startedAt.current.at : null;
    const timeTakenSeconds = started ? Math.round((Date.now() - started) / 1000) : 0;
    const parsed = practiceAnswerSchema.safeParse({ bankQuestionId, answer, timeTakenSeconds });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      textareaRef.current?.focus();
      return;
    }
    setError(undefined);
    onSubmit({ bankQuestionId, answer: parsed.data.answer, timeTakenSeconds });
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormError message={serverError ? toUserMessage(serverError) : null} />
      <TextAreaField
        ref={textareaRef}
        label="Your answer"
        name="answer"
        rows={10}
        value={answer}
        required
        error={error}
        hint={`${answer.trim().length.toLocaleString()} characters. Answer as you would out loud — structure and specifics count.`}
        onChange={(event) => {
          if (startedAt.current?.questionId !== bankQuestionId) startedAt.current = { questionId: bankQuestionId, at: Date.now() };
          setAnswer(event.target.value);
          if (error) setError(undefined);
        }}
      />
      <div className="form__actions">
        <Button type="submit" isLoading={isSubmitting}>
          {isSubmitting ? 'Scoring your answer…' : 'Submit for feedback'}
        </Button>
      </div>
    </form>
  );
}
