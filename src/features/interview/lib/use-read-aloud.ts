import { useEffect } from 'react';
import type { RoomState } from './room-machine';
import type { InterviewQuestion } from './schemas';
import { speak, stopSpeaking } from './speech';

/** Voice mode reads each new question aloud, and the interviewer's follow-up like the questions. */
export function useReadAloud(voiceMode: boolean, state: RoomState, question: InterviewQuestion | undefined) {
  const followUpText = state.phase === 'followup' ? state.followUp?.text : undefined;
  useEffect(() => {
    if (!voiceMode || !followUpText) return;
    speak(followUpText);
    return () => stopSpeaking();
  }, [voiceMode, followUpText]);

  useEffect(() => {
    if (!voiceMode || state.phase !== 'answering' || !question) return;
    speak(question.question_text);
    return () => stopSpeaking();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voiceMode, question?.id]);
}
