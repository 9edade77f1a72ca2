import { useEffect, useRef, type Dispatch } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { useAnswerFollowUp } from '../api/answer-follow-up';
import { updateCachedInterview, withFollowUp, withResponse, type InterviewData } from '../api/get-interview';
import { useRequestFollowUp } from '../api/request-follow-up';
import { scoreAnswer, useScoreAnswer } from '../api/score-answer';
import { useSubmitResponse } from '../api/submit-response';
import { useT } from '../i18n';
import { clearDraft, clearFollowUpDraft } from './drafts';
import { elapsedMs, type RoomEvent, type RoomState } from './room-machine';
import type { InterviewResponse } from './schemas';
import type { PendingSubmit } from './use-submit-when-stopped';
import { hasAnswer, isCoding } from './room-questions';

type Options = {
  data: InterviewData;
  state: RoomState;
  dispatch: Dispatch<RoomEvent>;
  voiceMode: boolean;
  /** Stops a recording in progress; the submit is called again (not recording) once it has ended. */
  stopThenSubmit: (submit: PendingSubmit) => void;
};

/** An answer's way through the room: submit → the interviewer's follow-up (answer or skip it) → score. */
export function useAnswerPipeline({ data, state, dispatch, voiceMode, stopThenSubmit }: Options) {
  const { t } = useT();
  const sessionId = data.session.id;
  const question = data.questions[state.index];
  const questionStatus = question ? state.status[question.id] : undefined;
  const queryClient = useQueryClient();
  const submit = useSubmitResponse();
  const score = useScoreAnswer();
  const askFollowUp = useRequestFollowUp();
  const answerFollowUp = useAnswerFollowUp();
  const submitting = useRef(false);

  /** Scores a stored answer once per page load (the follow-up may be on screen meanwhile). */
  const scoringIds = useRef(new Set<string>());
  const scoreResponse = (row: InterviewResponse) => {
    if (scoringIds.current.has(row.id)) return;
    scoringIds.current.add(row.id);
    score
      .mutateAsync(row.id)
      .then((evaluation) => {
        updateCachedInterview(queryClient, sessionId, (old) =>
          withResponse(old, { ...row, rubric: evaluation, score: evaluation.score, evaluated_at: new Date().toISOString() }),
        );
        dispatch({ type: 'SCORED', questionId: row.question_id, evaluation });
      })
      .catch((error: unknown) => dispatch({ type: 'SCORING_FAILED', questionId: row.question_id, message: toUserMessage(error) }));
  };

  // Waiting for a score nobody asked for on this page load (reloaded while a follow-up was open): ask now.
  useEffect(() => {
    if (state.phase !== 'scoring' || questionStatus?.status !== 'submitted' || questionStatus.scoring !== 'pending') return;
    const row = data.responses.find((r) => r.id === questionStatus.responseId);
    if (row) scoreResponse(row);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.phase, questionStatus, data.responses]);

  /** Does the interviewer want to dig deeper? Any failure just lets the interview continue. */
  const requestFollowUp = (questionId: string) => {
    askFollowUp
      .mutateAsync({ sessionId, questionId })
      .then((result) => {
        if (!result.follow_up) {
          dispatch({ type: 'FOLLOW_UP_NONE', questionId });
          return;
        }
        const asked = {
          questionId,
          messageId: result.message_id,
          followUpQuestionId: result.follow_up_question_id,
          text: result.follow_up,
          reason: result.reason,
          answered: false,
        };
        updateCachedInterview(queryClient, sessionId, (old) => withFollowUp(old, asked));
        dispatch({ type: 'FOLLOW_UP_RECEIVED', ...asked });
      })
      .catch(() => dispatch({ type: 'FOLLOW_UP_FAILED', questionId }));
  };

  /** `stillRecording`: the recording is stopped first and the answer submitted when it has ended. */
  const submitAnswer = (stillRecording: boolean) => {
    if (!question || state.phase !== 'answering' || submitting.current) return;
    if (stillRecording) {
      stopThenSubmit({ kind: 'answer', questionId: question.id });
      return;
    }
    dispatch({ type: 'SUBMIT' });
    if (!hasAnswer(state)) return;
    submitting.current = true;
    const { draft } = state;
    const spoken = voiceMode && draft.speakingSeconds > 0;
    submit
      .mutateAsync({
        questionId: question.id,
        answerText: draft.text.trim() || null,
        codeAnswer: isCoding(question) && draft.code.trim() ? draft.code : null,
        transcript: spoken ? draft.text.trim() || null : null,
        speakingDurationSeconds: spoken ? draft.speakingSeconds : null,
        timeTakenSeconds: elapsedMs(state, Date.now()) / 1000,
        clientTestResults: draft.testResults,
      })
      .then((row) => {
        clearDraft(sessionId, question.id);
        updateCachedInterview(queryClient, sessionId, (old) => withResponse(old, row));
        dispatch({ type: 'SUBMIT_SUCCEEDED', questionId: question.id, responseId: row.id });
        requestFollowUp(question.id);
        if (state.feedbackMode === 'immediate') scoreResponse(row);
      })
      .catch((error: unknown) => {
        const message = error instanceof UserFacingError && error.code === 'network' ? t('room.answer.offline') : toUserMessage(error);
        dispatch({ type: 'SUBMIT_FAILED', message });
      })
      .finally(() => {
        submitting.current = false;
      });
  };

  const submitFollowUp = (stillRecording: boolean) => {
    const followUp = state.followUp;
    if (state.phase !== 'followup' || !followUp || followUp.status !== 'open') return;
    if (stillRecording) {
      stopThenSubmit({ kind: 'follow-up', questionId: followUp.questionId });
      return;
    }
    dispatch({ type: 'FOLLOW_UP_SUBMIT' });
    if (!followUp.answer.trim()) return;
    // Like a main answer: spoken (with a transcript and speaking time, so its delivery is scored) only if speech was heard.
    const spoken = voiceMode && followUp.speakingSeconds > 0;
    answerFollowUp
      .mutateAsync({
        interviewId: sessionId,
        questionId: followUp.questionId,
        followUpQuestionId: followUp.followUpQuestionId,
        text: followUp.answer,
        speakingDurationSeconds: spoken ? followUp.speakingSeconds : null,
      })
      .then((saved) => {
        clearFollowUpDraft(sessionId, followUp.questionId);
        updateCachedInterview(queryClient, sessionId, (old) =>
          withFollowUp(old, {
            questionId: followUp.questionId,
            messageId: followUp.messageId,
            followUpQuestionId: followUp.followUpQuestionId,
            text: followUp.text,
            reason: followUp.reason,
            answered: true,
          }),
        );
        dispatch({ type: 'FOLLOW_UP_ANSWERED' });
        // Score the follow-up answer now (its feedback is on the report); if this fails, finishing the interview
        // scores it. The room doesn't wait for it.
        if (saved.response && state.feedbackMode === 'immediate') void scoreAnswer(saved.response.id).catch(() => undefined);
      })
      .catch((error: unknown) => {
        const message = error instanceof UserFacingError && error.code === 'network' ? t('room.followUp.offline') : toUserMessage(error);
        dispatch({ type: 'FOLLOW_UP_ANSWER_FAILED', message });
      });
  };

  const skipFollowUp = () => {
    if (state.followUp) clearFollowUpDraft(sessionId, state.followUp.questionId);
    dispatch({ type: 'FOLLOW_UP_SKIP' });
  };

  return { submitAnswer, submitFollowUp, skipFollowUp };
}
