import type { ReactNode, Ref } from 'react';
import { useT } from '../i18n';
import type { FollowUp, QuestionStatus } from '../lib/room-machine';
import { EvaluationDetails, ModelAnswerReveal } from './FeedbackPanel';

type Props = {
  questionId: string;
  status: Extract<QuestionStatus, { status: 'submitted' }>;
  /** The interviewer's follow-up to this question, once answered or skipped. */
  followUp: FollowUp | null;
  headingRef: Ref<HTMLHeadingElement>;
  /** The practice retry, when open. */
  practice: ReactNode;
  /** Next question, retry. */
  actions: ReactNode;
};

/** After a submitted answer: its score and feedback (or where they will be), the follow-up, the model answer. */
export function AnswerFeedback({ questionId, status, followUp, headingRef, practice, actions }: Props) {
  const { t } = useT();
  return (
    <div className="room__feedback">
      <h3 ref={headingRef} tabIndex={-1}>
        {status.scoring === 'done' ? t('room.feedback.title') : t('room.feedback.saved')}
      </h3>
      <div aria-live="polite">
        {status.scoring === 'done' && status.evaluation ? (
          <EvaluationDetails evaluation={status.evaluation} />
        ) : status.scoring === 'deferred' ? (
          <p className="muted">{t('room.feedback.inReport')}</p>
        ) : status.scoring === 'failed' ? (
          <p className="muted">{t('room.feedback.pending', { reason: status.scoringError ?? t('room.feedback.notScoredYet') })}</p>
        ) : null}
      </div>
      {followUp && followUp.questionId === questionId && followUp.status !== 'open' ? <FollowUpNote followUp={followUp} /> : null}
      {status.scoring !== 'deferred' ? <ModelAnswerReveal questionId={questionId} /> : null}
      {practice}
      {actions}
    </div>
  );
}

function FollowUpNote({ followUp }: { followUp: FollowUp }) {
  const { t } = useT();
  return (
    <p className="room__followup-note">
      <strong>{t('room.feedback.followUpFrom')}</strong> {followUp.text}{' '}
      <span className="muted">
        {followUp.status === 'answered' ? t('room.feedback.followUpAnswered') : t('room.feedback.followUpSkipped')}
      </span>
    </p>
  );
}
