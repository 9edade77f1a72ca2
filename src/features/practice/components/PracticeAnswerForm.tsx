import { useEffect, useRef, useState, type FormEvent } from 'react';
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
  const startedAt = useRef<number | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setAnswer('');
    setError(undefined);
    startedAt.current = null;
  }, [bankQuestionId]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const timeTakenSeconds = startedAt.current ? Math.round((Date.now() - startedAt.current) / 1000) : 0;
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
          if (startedAt.current === null) startedAt.current = Date.now();
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
