import { useEffect } from 'react';
import { saveDraft, saveFollowUpDraft, saveRoomMeta } from './drafts';
import type { RoomState } from './room-machine';

/**
 * Keeps what the room must survive a reload with on this device: the open answer's draft (with its on-screen
 * time), where the user is (also during feedback), what they skipped and how they want feedback, and the
 * unsent follow-up answer.
 */
export function useRoomPersistence(sessionId: string, state: RoomState, questionId: string | undefined) {
  useEffect(() => {
    if ((state.phase === 'answering' || state.phase === 'submitting') && questionId) saveDraft(sessionId, questionId, state.draft);
  }, [state.phase, state.draft, questionId, sessionId]);

  useEffect(() => {
    const skipped = Object.entries(state.status)
      .filter(([, s]) => s.status === 'skipped')
      .map(([id]) => id);
    saveRoomMeta(sessionId, {
      currentId: state.phase === 'review' ? null : (questionId ?? null),
      skipped,
      feedbackMode: state.feedbackMode,
      skippedFollowUps: state.skippedFollowUps,
    });
  }, [state.status, state.phase, state.feedbackMode, state.skippedFollowUps, questionId, sessionId]);

  const openFollowUp = state.phase === 'followup' && state.followUp?.status === 'open' ? state.followUp : null;
  useEffect(() => {
    if (openFollowUp) {
      saveFollowUpDraft(sessionId, openFollowUp.questionId, { text: openFollowUp.answer, speakingSeconds: openFollowUp.speakingSeconds });
    }
  }, [openFollowUp, sessionId]);
}
