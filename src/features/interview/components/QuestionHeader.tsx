import type { Ref } from 'react';
import { InlineText } from '@/components/InlineText';
import { Button } from '@/components/Button';
import { useT } from '../i18n';
import { label, type InterviewQuestion } from '../lib/schemas';
import { Countdown } from './Countdown';

type Props = {
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  question: InterviewQuestion;
  number: number;
  total: number;
  /** Seconds left while the countdown runs, else null. */
  remainingSeconds: number | null;
  /** Voice mode, while answering: read the question aloud again. */
  onReadAloud: (() => void) | undefined;
};

/** Which question this is, its type, difficulty and skill, the countdown and the question itself. */
export function QuestionHeader({ headingId, headingRef, question, number, total, remainingSeconds, onReadAloud }: Props) {
  const { t } = useT();
  return (
    <>
      <div className="room__question-head">
        <div className="room__meta">
          <span className="badge">{t('room.questionOf', { number, total })}</span>
          <span className="badge badge--muted">{label(question.question_type)}</span>
          <span className="badge badge--muted">{label(question.difficulty)}</span>
          {question.skill_category ? <span className="muted">{question.skill_category}</span> : null}
        </div>
        {remainingSeconds !== null && question.time_limit_seconds ? (
          <Countdown remaining={remainingSeconds} total={question.time_limit_seconds} />
        ) : null}
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="room__question-text">
        <InlineText text={question.question_text} />
      </h2>
      {onReadAloud ? (
        <Button variant="ghost" size="sm" onClick={onReadAloud}>
          {t('room.readAloud')}
        </Button>
      ) : null}
    </>
  );
}
