import type { Ref } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { useT } from '../i18n';
import type { RoomState } from '../lib/room-machine';
import type { InterviewQuestion } from '../lib/schemas';

type Props = {
  idBase: string;
  headingRef: Ref<HTMLHeadingElement>;
  questions: InterviewQuestion[];
  state: RoomState;
  answered: number;
  progress: string;
  onGoTo: (questionId: string) => void;
  onFinish: () => void;
  isFinishing: boolean;
};

/** The end of the questions: what was answered, the skipped ones to go back to, and finish (or cancel). */
export function RoomReview({ idBase, headingRef, questions, state, answered, progress, onGoTo, onFinish, isFinishing }: Props) {
  const { t } = useT();
  const allAnswered = answered === questions.length;
  return (
    <section className="card room__review" aria-labelledby={`${idBase}-review`}>
      <h2 id={`${idBase}-review`} ref={headingRef} tabIndex={-1}>
        {allAnswered ? t('room.review.allAnswered') : t('room.review.reachedEnd')}
      </h2>
      <p>
        {progress}.{' '}
        {state.feedbackMode === 'deferred' || !allAnswered ? t('room.review.finishForScores') : t('room.review.finishForReport')}
      </p>
      {questions.some((q) => state.status[q.id]?.status === 'skipped') ? (
        <div>
          <h3>{t('room.review.skipped')}</h3>
          <ul className="room__skipped">
            {questions.map((q, index) =>
              state.status[q.id]?.status === 'skipped' ? (
                <li key={q.id}>
                  <Button variant="ghost" size="sm" onClick={() => onGoTo(q.id)}>
                    {t('room.review.answerQuestion', { number: index + 1 })}
                  </Button>{' '}
                  <span className="muted">{q.question_text.slice(0, 90)}…</span>
                </li>
              ) : null,
            )}
          </ul>
        </div>
      ) : null}
      <FormError message={state.error} />
      <div className="state__actions">
        <Button size="lg" onClick={onFinish} isLoading={isFinishing}>
          {answered === 0 ? t('room.cancelInterview') : t('room.review.finish')}
        </Button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.phase === 'finishing' ? t('room.review.finishing') : ''}
      </p>
    </section>
  );
}
