import { useT } from '../i18n';
import type { InterviewQuestion } from '../lib/schemas';
import type { RoomState } from '../lib/room-machine';

/**
 * One button per question: an answered one opens its feedback (read-only), any other one opens it to answer.
 * Disabled while the room is busy with the current answer (sending, follow-up, scoring, finishing).
 */
export function QuestionSteps({
  questions,
  state,
  onGoTo,
}: {
  questions: InterviewQuestion[];
  state: RoomState;
  onGoTo: (questionId: string) => void;
}) {
  const { t } = useT();
  const navigable = state.phase === 'answering' || state.phase === 'feedback' || state.phase === 'review';
  return (
    <ol className="room__steps" aria-label={t('steps.label')}>
      {questions.map((q, index) => {
        const status = state.status[q.id]?.status ?? 'unanswered';
        const current = index === state.index && state.phase !== 'review';
        return (
          <li key={q.id} className={`room__step room__step--${status} ${current ? 'is-current' : ''}`}>
            <button
              type="button"
              className="room__step-button"
              aria-current={current ? 'step' : undefined}
              aria-label={t(`steps.${status}`, { number: index + 1 })}
              disabled={!navigable || (current && state.phase !== 'review')}
              onClick={() => onGoTo(q.id)}
            >
              {index + 1}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
