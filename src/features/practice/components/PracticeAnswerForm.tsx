import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextAreaField } from '@/components/TextAreaField';
import { toUserMessage } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { issueText } from '@/lib/use-zod-form';
import { practiceAnswerSchema } from '../api/record-practice-attempt';
import { useT } from '../i18n';
import { PracticeCodeAnswer, type PracticeCoding } from './PracticeCodeAnswer';

type Props = {
  bankQuestionId: string;
  /** A coding question with tests: answered in the code editor, the text explains the approach. */
  coding?: PracticeCoding | null;
  isSubmitting: boolean;
  serverError: unknown;
  onSubmit: (input: { bankQuestionId: string; answer: string; code?: string; timeTakenSeconds: number }) => void;
};

/** Typed answer with zod validation; measures the time from first keystroke to submit. */
export function PracticeAnswerForm({ bankQuestionId, coding, isSubmitting, serverError, onSubmit }: Props) {
  const { t } = useT();
  const [answer, setAnswer] = useState('');
  const [code, setCode] = useState(coding?.starterCode ?? '');
  const [error, setError] = useState<string | undefined>();
  const [codeError, setCodeError] = useState<string | undefined>();
  // When the first keystroke for which question happened: a new question starts a new clock.
  const startedAt = useRef<{ questionId: string; at: number } | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  // A new question starts from an empty answer (reset while rendering, not in an effect).
  const [shownQuestionId, setShownQuestionId] = useState(bankQuestionId);
  if (shownQuestionId !== bankQuestionId) {
    setShownQuestionId(bankQuestionId);
    setAnswer('');
    setCode(coding?.starterCode ?? '');
    setError(undefined);
    setCodeError(undefined);
  }

  const started = () => {
    if (startedAt.current?.questionId !== bankQuestionId) startedAt.current = { questionId: bankQuestionId, at: Date.now() };
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const began = startedAt.current?.questionId === bankQuestionId ? startedAt.current.at : null;
    const timeTakenSeconds = began ? Math.round((Date.now() - began) / 1000) : 0;
    const written = coding && code.trim() !== (coding.starterCode ?? '').trim() ? code : undefined;
    if (coding && !written) {
      setCodeError(t('coding.codeRequired'));
      return;
    }
    const parsed = practiceAnswerSchema.safeParse({ bankQuestionId, answer, code: written, timeTakenSeconds });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue ? issueText(issue) : undefined);
      textareaRef.current?.focus();
      return;
    }
    setError(undefined);
    setCodeError(undefined);
    onSubmit({ bankQuestionId, answer: parsed.data.answer, code: parsed.data.code, timeTakenSeconds });
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormError message={serverError ? toUserMessage(serverError) : null} />
      {coding ? (
        <>
          <PracticeCodeAnswer
            coding={coding}
            code={code}
            disabled={isSubmitting}
            error={codeError}
            onCodeChange={(next) => {
              started();
              setCode(next);
              if (codeError) setCodeError(undefined);
            }}
          />
          <TextAreaField
            ref={textareaRef}
            label={t('coding.explainLabel')}
            name="answer"
            rows={4}
            value={answer}
            error={error}
            hint={t('coding.explainHint')}
            onChange={(event) => {
              started();
              setAnswer(event.target.value);
              if (error) setError(undefined);
            }}
          />
          <p className="muted small">{t('coding.scoredByTests')}</p>
        </>
      ) : (
        <TextAreaField
          ref={textareaRef}
          label={t('answer.label')}
          name="answer"
          rows={10}
          value={answer}
          required
          error={error}
          hint={t('answer.hint', { count: answer.trim().length, formatted: formatNumber(answer.trim().length) })}
          onChange={(event) => {
            started();
            setAnswer(event.target.value);
            if (error) setError(undefined);
          }}
        />
      )}
      <div className="form__actions">
        <Button type="submit" isLoading={isSubmitting}>
          {isSubmitting ? t('answer.scoring') : t('answer.submit')}
        </Button>
      </div>
    </form>
  );
}
